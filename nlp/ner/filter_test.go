package ner

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

func TestPlausible(t *testing.T) {
	tests := []struct {
		words string
		want  bool
	}{
		{"Maria Lopez", true},
		{"U.S.", true},
		{"Mark.Taylor@ENRON", true}, // Lotus Notes names, as UNER marks them
		{"Warner@ENRON", true},
		{"paulhastings.com", true},
		{"-", false},
		{", &", false},
		{"1999", false},
		{"kim@example.com", false},
		{"http://example.com/a", false},
		{"www.adobe.com", false},
		{"UnleadedStocks.pdf", false},
		{"Report.DOC", false},
		{"see report.pdf", true}, // only a single word is an address
	}
	for _, tt := range tests {
		if got := plausible(strings.Fields(tt.words)); got != tt.want {
			t.Errorf("plausible(%q) = %v, want %v", tt.words, got, tt.want)
		}
	}
}

func TestEnsembleRoundTrip(t *testing.T) {
	sents := readTiny(t)
	one := Train(sents, nil, Options{Iterations: 3, Seed: 5})
	m := Train(sents, nil, Options{Iterations: 3, Seed: 5, Members: 3})
	if len(m.weights) != 3 || len(one.weights) != 1 {
		t.Fatalf("%d and %d members, want 3 and 1", len(m.weights), len(one.weights))
	}
	if _, _, f1 := m.Score(sents); f1 < 0.95 {
		t.Errorf("F1 on the training data %.3f, want at least 0.95", f1)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	if !bytes.Contains(data[:bytes.IndexByte(data, '\n')], []byte(`"members":3`)) {
		t.Error("header does not give the members")
	}
	m2, err := Read(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(m2.weights) != 3 {
		t.Fatalf("read back %d members", len(m2.weights))
	}
	for _, s := range sents {
		if a, b := m.Recognize(s.Forms, s.UPOS), m2.Recognize(s.Forms, s.UPOS); !reflect.DeepEqual(a, b) {
			t.Fatalf("%q: %v before writing, %v after", s.Forms, a, b)
		}
	}
	if _, err := Read(bytes.NewReader(data[:len(data)*2/3])); err == nil {
		t.Error("a cut ensemble reads without error")
	}
	// A single model writes no members field, as before ensembles.
	buf.Reset()
	if _, err := one.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(buf.Bytes()[:bytes.IndexByte(buf.Bytes(), '\n')], []byte("members")) {
		t.Error("a single model writes a members field")
	}
}

func TestRecognizeFilter(t *testing.T) {
	// Train on a file name as a person, which the filter then drops.
	var sents []Sentence
	for range 30 {
		sents = append(sents,
			Sentence{Forms: strings.Fields("See report.pdf now"), Labels: strings.Fields("O B-PER O")},
			Sentence{Forms: strings.Fields("See Maria now"), Labels: strings.Fields("O B-PER O")})
	}
	m := Train(sents, nil, Options{Iterations: 3, Folds: 1, WordDropout: -1})
	forms := strings.Fields("See report.pdf now")
	if got := m.Recognize(forms, nil); len(got) != 0 {
		t.Errorf("filtered: %v", got)
	}
	m.NoFilter = true
	if got, want := m.Recognize(forms, nil), []dyad.Entity{ent(1, 2, dyad.PER)}; !reflect.DeepEqual(got, want) {
		t.Errorf("unfiltered: %v, want %v", got, want)
	}
}

func TestTrim(t *testing.T) {
	tests := []struct {
		words      string
		typ, want  dyad.EntityType
		start, end int // of the trimmed span, in words
	}{
		{"Mr Dar", dyad.LOC, dyad.PER, 1, 2},
		{"Dr. Ruth Penycate", dyad.ORG, dyad.PER, 1, 3},
		{"Ruth Penycate www.bbc.co.uk/actionnetwork", dyad.PER, dyad.PER, 0, 2},
		{"Hank Green I", dyad.PER, dyad.PER, 0, 2},
		{"Hank Green I", dyad.ORG, dyad.ORG, 0, 3}, // "I" ends only a person's name
		{"Madonna !", dyad.PER, dyad.PER, 0, 1},
		{"Mr", dyad.PER, dyad.PER, 0, 1}, // a title alone stays for the filter
	}
	for _, tt := range tests {
		forms := strings.Fields(tt.words)
		got := trim(forms, dyad.Entity{Span: dyad.Span{Start: 0, End: len(forms)}, Type: tt.typ})
		if got.Start != tt.start || got.End != tt.end || got.Type != tt.want {
			t.Errorf("trim(%q %v) = %d-%d %v, want %d-%d %v", tt.words, tt.typ, got.Start, got.End, got.Type,
				tt.start, tt.end, tt.want)
		}
	}
}
