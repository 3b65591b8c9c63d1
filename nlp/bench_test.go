package nlp

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/nlp/parse"
)

// bundleDir is the built-in bundle, built by cmd/dyad's rebuild command.
var bundleDir = filepath.Join("..", "cmd", "dyad", "model", "en")

func loadBuiltIn(tb testing.TB) *Pipeline {
	tb.Helper()
	if _, err := os.Stat(filepath.Join(bundleDir, "manifest.json")); err != nil {
		tb.Skipf("no model bundle in %s", bundleDir)
	}
	p, err := Load(os.DirFS(bundleDir))
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// benchText is news text: the seed article when the shared data is beside
// the repository, else a few sentences of our own.
func benchText() string {
	if b, err := os.ReadFile(filepath.Join("..", "..", "shared", "examples", "seed-article.txt")); err == nil {
		return string(b)
	}
	return strings.Repeat("North Korea disputed US claims of providing weapons to Russia on Sunday. "+
		"“We will always stand with Russia,” Kim Yo-jong said in a statement carried by KCNA. "+
		"Analysts in Seoul said Pyongyang was pursuing an equidistant diplomacy between Beijing and Moscow.\n", 20)
}

// BenchmarkAnnotate measures tokenization, tagging, lemmatization and
// parsing of raw text on one goroutine, in words per second.
func BenchmarkAnnotate(b *testing.B) {
	p := loadBuiltIn(b)
	text := benchText()
	words := 0
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := &dyad.Document{Text: text}
		p.Annotate(d)
		words += len(d.Tokens)
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.Sys)/(1<<20), "sys-MiB")
}

func TestAnnotateRawText(t *testing.T) {
	p := loadBuiltIn(t)
	d := &dyad.Document{Text: "Kim Yo-jong issued a statement on Friday. The U.S. didn't respond."}
	p.Annotate(d)
	if len(d.Sentences) != 2 {
		t.Fatalf("%d sentences", len(d.Sentences))
	}
	for _, s := range d.Sentences {
		roots := 0
		for i := s.Start; i < s.End; i++ {
			tok := d.Tokens[i]
			if tok.UPOS == 0 || tok.Dep == 0 || tok.Lemma == "" {
				t.Errorf("token %q not annotated: %+v", d.TokenText(i), tok)
			}
			if tok.Head == -1 {
				roots++
			} else if tok.Head < s.Start || tok.Head >= s.End {
				t.Errorf("token %q: head %d outside its sentence", d.TokenText(i), tok.Head)
			}
		}
		if roots != 1 {
			t.Errorf("sentence %q has %d roots", d.SpanText(s.Span), roots)
		}
	}
	lemmas := map[string]string{}
	for i, tok := range d.Tokens {
		lemmas[d.TokenText(i)] = tok.Lemma
	}
	for form, want := range map[string]string{"issued": "issue", "did": "do", "n't": "not", "statement": "statement"} {
		if lemmas[form] != want {
			t.Errorf("lemma of %q = %q, want %q", form, lemmas[form], want)
		}
	}
}

// BenchmarkStages measures each model of the built-in bundle alone on the
// words of news text (tokenized and tagged beforehand), in words per
// second on one goroutine: where the time of Annotate goes. The text is
// 100 Wikinews articles when the shared data is beside the repository (so
// that, as in an ingest, most look-ups miss the processor's caches), else
// benchText.
func BenchmarkStages(b *testing.B) {
	p := loadBuiltIn(b)
	d := &dyad.Document{Text: benchText()}
	if f, err := os.Open(filepath.Join("..", "..", "shared", "data", "wikinews-en", "sample-100.jsonl")); err == nil {
		var text strings.Builder
		dec := json.NewDecoder(f)
		for {
			var doc struct{ Text string }
			if dec.Decode(&doc) != nil {
				break
			}
			text.WriteString(doc.Text + "\n\n")
		}
		f.Close()
		d.Text = text.String()
	}
	p.Annotate(d)
	var sents [][]string
	var inputs []parse.Input
	for _, s := range d.Sentences {
		var forms []string
		in := parse.Input{}
		for i := s.Start; i < s.End; i++ {
			forms = append(forms, d.TokenText(i))
			in.XPOS = append(in.XPOS, d.Tokens[i].XPOS)
			in.UPOS = append(in.UPOS, d.Tokens[i].UPOS)
		}
		in.Forms, in.Classes = forms, p.classes(forms)
		sents, inputs = append(sents, forms), append(inputs, in)
	}
	stages := []struct {
		name string
		run  func(i int)
	}{
		{"tag", func(i int) { p.tagger.Tag(sents[i]) }},
		{"parse", func(i int) { p.parser.Parse(inputs[i]) }},
		{"ner", func(i int) { p.ner.Recognize(sents[i], inputs[i].UPOS) }},
	}
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			for b.Loop() {
				for i := range sents {
					st.run(i)
				}
			}
			b.ReportMetric(float64(len(d.Tokens)*b.N)/b.Elapsed().Seconds(), "words/s")
		})
	}
}
