package ner

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestReadGUMFile(t *testing.T) {
	f, err := os.Open("testdata/tiny-gum.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadGUMFile(f, "testdata/tiny-gum.conllu")
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		id, text string
		labels   string
	}{
		{"GUM_news_tiny-1", "NASA Administrator Charles Bolden visits the United States .",
			// the title is left out, and the determiner
			"B-ORG O B-PER I-PER O O B-LOC I-LOC O"},
		{"GUM_news_tiny-2", "Biologist Nick Bos joined Bank of America and he left the Court for the Space Program .",
			// a name attached as flat to a common noun; the outer name
			// wins over the place inside it; no pronouns, no "Court"
			// (the document writes "court" as a common noun), no
			// abstract entities
			"O B-PER I-PER O B-ORG I-ORG I-ORG O O O O O O O O O O"},
		{"GUM_news_tiny-3", "court 's ruled", "O O O"},
	}
	if len(sents) != len(want) {
		t.Fatalf("%d sentences, want %d", len(sents), len(want))
	}
	for i, w := range want {
		s := sents[i]
		if s.ID != w.id || s.Doc != "GUM_news_tiny" {
			t.Errorf("sentence %d: id %q doc %q", i, s.ID, s.Doc)
		}
		if got := strings.Join(s.Forms, " "); got != w.text {
			t.Errorf("%s: forms %q, want %q", w.id, got, w.text)
		}
		if got := strings.Join(s.Labels, " "); got != w.labels {
			t.Errorf("%s: labels\n got %s\nwant %s", w.id, got, w.labels)
		}
	}
}

func TestGUMEntity(t *testing.T) {
	tests := []struct {
		v     string
		open  []string // ids still open after the word
		ments []gumMention
		err   bool
	}{
		{v: "(1-person-new-sssss-cf1-1-coref", open: []string{"1"}},
		{v: "(1-person-new-sssss-cf1-1-coref)", ments: []gumMention{{0, 1, 1}}},
		{v: "(1-place-new-sssss-cf1-1-coref-A-B(2-organization-new-s-cf1-1-coref)", open: []string{"1"},
			ments: []gumMention{{0, 1, 2}}},
		{v: "7)", ments: nil}, // opened in an earlier sentence
		{v: "(-x", err: true},
	}
	for _, tt := range tests {
		open, ments, err := gumEntity(tt.v, 0, nil, nil)
		if (err != nil) != tt.err {
			t.Errorf("%q: error %v", tt.v, err)
			continue
		}
		var ids []string
		for _, o := range open {
			ids = append(ids, o.id)
		}
		if !reflect.DeepEqual(ids, tt.open) || !reflect.DeepEqual(ments, tt.ments) {
			t.Errorf("%q: open %v mentions %v, want %v %v", tt.v, ids, ments, tt.open, tt.ments)
		}
	}
}

func TestReadGUMDir(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile("testdata/tiny-gum.conllu")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dir+"/a.conllu", data, 0o644); err != nil {
		t.Fatal(err)
	}
	sents, err := ReadGUM(dir)
	if err != nil || len(sents) != 3 {
		t.Fatalf("ReadGUM: %d sentences, %v", len(sents), err)
	}
	if _, err := ReadGUM(t.TempDir()); err == nil {
		t.Error("ReadGUM of an empty directory: no error")
	}
	if err := os.WriteFile(dir+"/b.conllu", []byte("1\tx\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadGUM(dir); err == nil || !strings.Contains(err.Error(), "b.conllu:1") {
		t.Errorf("bad file: error %v", err)
	}
}
