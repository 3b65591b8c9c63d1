package engine

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/internal/testbundle"
	"github.com/dyadproject/dyad/mention"
)

func TestNewRecord(t *testing.T) {
	nsubj, _ := dyad.ParseDep("nsubj")
	obj, _ := dyad.ParseDep("obj")
	d := &dyad.Document{ID: "x", Date: "2023-01-29", Text: "Russia attacked Ukraine.",
		Tokens: []dyad.Token{{Start: 0, End: 6, Head: 1, Dep: nsubj}, {Start: 7, End: 15, Head: -1, Dep: dyad.Root},
			{Start: 16, End: 23, Head: 1, Dep: obj}, {Start: 23, End: 24, Head: 1}},
		Sentences: []dyad.Sentence{{Span: dyad.Span{Start: 0, End: 4}}},
		Mentions: []dyad.Mention{{Span: dyad.Span{Start: 0, End: 1}, Head: 0, Type: dyad.LOC, Name: "Russia", Actor: "RUS", Antecedent: -1},
			{Span: dyad.Span{Start: 2, End: 3}, Head: 2, Name: "Ukraine", Actor: "UKR", Antecedent: -1}},
		Events: []dyad.Event{{Sentence: 0, Source: 0, Target: 1, Code: cameo.MustParse("190"), Trigger: 1}},
	}
	r := NewRecord(d)
	if len(r.Events) != 1 || len(r.Mentions) != 2 {
		t.Fatalf("record: %+v", r)
	}
	e := r.Events[0]
	want := EventRecord{Sentence: 0, Start: 0, End: 24, Source: "RUS", Target: "UKR", CAMEO: "190", PLOVER: "ASSAULT",
		Goldstein: -10, Quad: 4, SourceText: "Russia", TargetText: "Ukraine", Trigger: "attacked", TriggerStart: 7,
		TriggerEnd: 15, SourceMention: 0, TargetMention: 1}
	if e != want {
		t.Errorf("event\n got %+v\nwant %+v", e, want)
	}
	if m := r.Mentions[0]; m.Text != "Russia" || m.Type != "LOC" || m.Start != 0 || m.End != 6 {
		t.Errorf("mention %+v", m)
	}
}

func newEngine(b *testing.B) *Engine {
	p, actors := testbundle.Pipeline(b), testbundle.Actors(b)
	verbs, err := event.Default()
	if err != nil {
		b.Fatal(err)
	}
	return &Engine{NLP: p, Mentions: &mention.Finder{Dict: actors}, Events: &event.Coder{Dict: verbs}, Quotes: true}
}

// BenchmarkProcessNews measures the whole pipeline on the first 100
// Wikinews articles of the shared data (real news, about 21 words a
// sentence), in sentences per second on one goroutine.
func BenchmarkProcessNews(b *testing.B) {
	path := filepath.Join("..", "..", "shared", "data", "wikinews-en", "sample-100.jsonl")
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("no Wikinews sample: %v", err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var r struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, r.Text)
	}
	e := newEngine(b)
	sents := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := &dyad.Document{Text: texts[i%len(texts)], Date: "2020-01-01"}
		e.Process(d)
		sents += len(d.Sentences)
	}
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkProcess measures the whole pipeline from raw text on one
// goroutine, in sentences per second, on the seed article (long sentences).
func BenchmarkProcess(b *testing.B) {
	e := newEngine(b)
	text := strings.Repeat("North Korea disputed US claims of providing weapons to Russia on Sunday. "+
		"“We will always stand with Russia,” Kim Yo-jong said in a statement carried by KCNA. "+
		"Analysts in Seoul said Pyongyang was pursuing an equidistant diplomacy between Beijing and Moscow.\n", 20)
	if t, err := os.ReadFile(filepath.Join("..", "..", "shared", "examples", "seed-article.txt")); err == nil {
		text = string(t)
	}
	sents := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := &dyad.Document{Text: text, Date: "2023-01-29"}
		e.Process(d)
		sents += len(d.Sentences)
	}
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
}

// TestByline checks that a statement's "I" speaks as the author its title
// names, coded as of the document's date, and that an untitled document
// keeps its pronoun.
func TestByline(t *testing.T) {
	p, actors := testbundle.Pipeline(t), testbundle.Actors(t)
	e := &Engine{NLP: p, Mentions: &mention.Finder{Dict: actors}, Quotes: true}
	text := "“We will not waver,” I said on Monday."
	for _, tc := range []struct{ title, speaker, actor string }{
		{"Statement by President Joe Biden on the Attack", "President Joe Biden", "USAGOV"},
		{"Readout of a Call", "I", ""},
	} {
		d := &dyad.Document{Title: tc.title, Date: "2023-03-01", Text: text}
		e.Process(d)
		if len(d.Quotes) != 1 {
			t.Fatalf("%q: quotes %+v", tc.title, d.Quotes)
		}
		if q := d.Quotes[0]; q.Speaker != tc.speaker || q.SpeakerActor != tc.actor {
			t.Errorf("%q: speaker %q %q, want %q %q", tc.title, q.Speaker, q.SpeakerActor, tc.speaker, tc.actor)
		}
	}
}

// TestTranscriptTurns checks that quotations in a transcript's turns speak
// as the turn's speaker, a title-only label as the person the document's
// title names.
func TestTranscriptTurns(t *testing.T) {
	p, actors := testbundle.Pipeline(t), testbundle.Actors(t)
	e := &Engine{NLP: p, Mentions: &mention.Finder{Dict: actors}, Quotes: true}
	d := &dyad.Document{Title: "Remarks by President Biden and Prime Minister Kishida in Joint Press Conference",
		Date: "2023-01-13", Text: "THE PRESIDENT: Good afternoon. I told President Xi that we will defend Taiwan.\n\n" +
			"PRIME MINISTER KISHIDA: I said that Japan stands with Ukraine.\n\n" +
			"Q Mr. President, what did you say?\n\nTHE PRESIDENT: I think the sanctions are working."}
	e.Process(d)
	var got []string
	for _, q := range d.Quotes {
		got = append(got, q.SpeakerActor)
	}
	if strings.Join(got, " ") != "USAGOV JPNGOV USAGOV" {
		t.Errorf("speakers %q", got)
	}
}
