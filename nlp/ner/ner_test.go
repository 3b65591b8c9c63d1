package ner

import (
	"bytes"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

func TestBILOU(t *testing.T) {
	m := &Model{labels: bilou()}
	for _, labels := range [][]string{
		{"O"},
		{"B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG"},
		{"B-LOC"},
		{"B-PER", "B-PER", "I-PER"},
	} {
		cs := m.encode(labels)
		var names []string
		for i, c := range cs {
			names = append(names, m.labels[c].String())
			prev := -1
			if i > 0 {
				prev = cs[i-1]
			}
			if !m.allowed(prev, c) {
				t.Errorf("%q: %s may not follow %d", labels, m.labels[c], prev)
			}
		}
		if got := m.decode(cs); !reflect.DeepEqual(got, Entities(labels)) {
			t.Errorf("%q: encoded %q, decoded %v", labels, names, got)
		}
	}
	// An entity the greedy decoder leaves open ends with the sentence.
	b := m.encode([]string{"B-ORG", "I-ORG"})[0]
	if got, want := m.decode([]int{0, b, b + 1}), []dyad.Entity{ent(1, 3, dyad.ORG)}; !reflect.DeepEqual(got, want) {
		t.Errorf("open entity: got %v, want %v", got, want)
	}
}

func TestShape(t *testing.T) {
	for in, want := range map[string]string{"Kim": "Xx", "1,000": "d,d", "U.S.": "X.X.", "McCain": "XxXx",
		"e-mail": "x-x", "Żółw": "Xx", "": ""} {
		if got := shape(in); got != want {
			t.Errorf("shape(%q) = %q, want %q", in, got, want)
		}
	}
	for _, tc := range []struct {
		forms []string
		want  int
	}{
		{strings.Fields("Kim met the press ."), 1},
		{strings.Fields("kim met the press"), 2},
		{strings.Fields("KIM MET THE PRESS"), 3},
		{strings.Fields("Kim Meets The Press"), 4},
	} {
		if got := sentenceCase(tc.forms); got != tc.want {
			t.Errorf("sentenceCase(%q) = %d, want %d", tc.forms, got, tc.want)
		}
	}
}

func readTiny(t testing.TB) []Sentence {
	t.Helper()
	f, err := os.Open("testdata/tiny.iob2")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := ReadIOB2(f, "testdata/tiny.iob2")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestTrainRoundTrip trains on a small fixture, checks that the model
// learned it, and that it reads back unchanged.
func TestTrainRoundTrip(t *testing.T) {
	sents := readTiny(t)
	for i := range sents { // a stand-in for the tagger
		for _, f := range sents[i].Forms {
			u := dyad.NOUN
			if f[0] >= 'A' && f[0] <= 'Z' {
				u = dyad.PROPN
			}
			sents[i].UPOS = append(sents[i].UPOS, u)
		}
	}
	var log bytes.Buffer
	m := Train(sents, sents[:10], Options{Iterations: 8, Log: &log})
	if !strings.Contains(log.String(), "ner: pass 8: train accuracy") || !strings.Contains(log.String(), "dev P") {
		t.Errorf("log:\n%s", log.String())
	}
	if !m.UPOS || m.ClusterWords != 0 {
		t.Errorf("UPOS %v, ClusterWords %d", m.UPOS, m.ClusterWords)
	}
	_, _, f1 := m.Score(sents)
	if f1 < 0.95 {
		t.Errorf("F1 on the training data %.3f, want at least 0.95", f1)
	}
	got := m.Recognize(strings.Fields("Maria Lopez said talks in Cairo had failed ."),
		[]dyad.UPOS{dyad.PROPN, dyad.PROPN, dyad.VERB, dyad.NOUN, dyad.ADP, dyad.PROPN, dyad.AUX, dyad.VERB, dyad.PUNCT})
	if want := []dyad.Entity{ent(0, 2, dyad.PER), ent(5, 6, dyad.LOC)}; !reflect.DeepEqual(got, want) {
		t.Errorf("Recognize: got %v, want %v", got, want)
	}
	if got := m.Recognize(nil, nil); got != nil {
		t.Errorf("no words: %v", got)
	}

	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	m2, err := Read(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if m2.UPOS != m.UPOS || m2.ClusterWords != m.ClusterWords {
		t.Errorf("read back UPOS %v ClusterWords %d", m2.UPOS, m2.ClusterWords)
	}
	for _, s := range sents {
		if a, b := m.Recognize(s.Forms, s.UPOS), m2.Recognize(s.Forms, s.UPOS); !reflect.DeepEqual(a, b) {
			t.Fatalf("%q: %v before writing, %v after", s.Forms, a, b)
		}
	}
	var again bytes.Buffer
	if _, err := m2.WriteTo(&again); err != nil || !bytes.Equal(again.Bytes(), data) {
		t.Errorf("writing a read model changes it (err %v)", err)
	}

	nl := bytes.IndexByte(data, '\n')
	for name, bad := range map[string][]byte{
		"empty":        nil,
		"not JSON":     []byte("dyadAP02\n"),
		"version":      append([]byte(`{"version":9}`+"\n"), data[nl+1:]...),
		"labels":       append([]byte(`{"version":1,"labels":["O"]}`+"\n"), data[nl+1:]...),
		"no weights":   data[:nl+1],
		"cut weights":  data[:len(data)-3],
		"bad gazeteer": append([]byte(`{"version":1,"gazetteer":{"words":7}}`+"\n"), data[nl+1:]...),
	} {
		if _, err := Read(bytes.NewReader(bad)); err == nil || !strings.HasPrefix(err.Error(), "ner: ") {
			t.Errorf("%s: error %v", name, err)
		}
	}
}

func TestJackknifeFolds(t *testing.T) {
	sents := []Sentence{{ID: "a-1"}, {ID: "a-2"}, {Doc: "b"}, {ID: "c-0001"}, {}, {}}
	f := folds(sents, 10)
	if f[0] != f[1] {
		t.Errorf("sentences of one document in folds %d and %d", f[0], f[1])
	}
	for i, k := range f {
		if k < 0 || k >= 10 {
			t.Errorf("sentence %d in fold %d", i, k)
		}
	}
	if docKey(&sents[3]) != "c" || docKey(&sents[2]) != "b" || docKey(&sents[4]) != "" {
		t.Errorf("docKey: %q %q %q", docKey(&sents[3]), docKey(&sents[2]), docKey(&sents[4]))
	}
}

func TestGazetteer(t *testing.T) {
	train := []Sentence{
		{Forms: strings.Fields("Kim went to New York"), Labels: []string{"B-PER", "O", "O", "B-LOC", "I-LOC"}},
		{Forms: strings.Fields("New York is big"), Labels: []string{"B-LOC", "I-LOC", "O", "O"}},
		{Forms: strings.Fields("New ideas"), Labels: []string{"O", "O"}},
	}
	g := buildGazetteer(train)
	if st := g.words["New"]; st == nil || st.N != 3 || st.In[dyad.LOC] != 2 {
		t.Errorf("New: %+v", st)
	}
	if st := g.spans[spanKey([]string{"New", "York"})]; st == nil || st.N != 2 || st.As[dyad.LOC] != 2 {
		t.Errorf("New York: %+v", st)
	}
	ws := make([]word, 3)
	g.annotate(strings.Fields("in New York"), ws)
	if len(ws[0].gaz) != 0 || len(ws[1].gaz) == 0 || len(ws[2].gaz) == 0 {
		t.Errorf("features: %v", ws)
	}
	back := g.file().gazetteer()
	if back.maxLen != g.maxLen || len(back.words) != len(g.words) || len(back.spans) != len(g.spans) {
		t.Errorf("stored gazetteer differs")
	}
}

// TestGazetteerMatches checks that matching stops at runs of words that
// begin no name but still finds names inside longer ones, before and after
// the gazetteer is stored.
func TestGazetteerMatches(t *testing.T) {
	train := []Sentence{
		{Forms: strings.Fields("The New York Times hired Kim"), Labels: []string{"O", "B-ORG", "I-ORG", "I-ORG", "O", "B-PER"}},
		{Forms: strings.Fields("New York is big"), Labels: []string{"B-LOC", "I-LOC", "O", "O"}},
		{Forms: strings.Fields("Kim Jong Un spoke"), Labels: []string{"B-PER", "I-PER", "I-PER", "O"}},
	}
	g := buildGazetteer(train)
	for _, g := range []*gazetteer{g, g.file().gazetteer()} {
		var got []string
		forms := strings.Fields("Kim read the New York Times in New York , not Kim Jong Un 's New ideas")
		g.matches(forms, func(i, j int, _ *spanStat) { got = append(got, strings.Join(forms[i:j], " ")) })
		want := []string{"Kim", "New York", "New York Times", "New York", "Kim", "Kim Jong Un"}
		if !slices.Equal(got, want) {
			t.Errorf("matches = %q, want %q", got, want)
		}
	}
}

func BenchmarkRecognize(b *testing.B) {
	sents := readTiny(b)
	m := Train(sents, nil, Options{Iterations: 3})
	forms := strings.Fields("Maria Lopez of the Red Cross said on Monday that talks in New York had failed .")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Recognize(forms, nil)
	}
}
