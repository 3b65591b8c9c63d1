package quotes

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/mention"
	"github.com/dyadproject/dyad/nlp"
	"github.com/dyadproject/dyad/quote"
)

// pipeline returns the annotate function of the whole pipeline, or skips.
func pipeline(t *testing.T) func(*dyad.Document) {
	t.Helper()
	dir := filepath.Join("..", "..", "cmd", "dyad", "model", "en")
	if _, err := os.Stat(filepath.Join(dir, "manifest.json")); err != nil {
		t.Skipf("no model bundle in %s", dir)
	}
	p, err := nlp.Load(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	dict, err := actor.Default()
	if err != nil {
		t.Fatal(err)
	}
	f := &mention.Finder{Dict: dict}
	return func(d *dyad.Document) {
		p.Annotate(d)
		f.Find(d)
	}
}

// TestRunGUM scores the pipeline on GUM and holds it to floors on the dev
// and test documents. DYAD_GUM_ERRORS=1 lists every miss, false positive
// and wrong speaker.
func TestRunGUM(t *testing.T) {
	dir := gumDir()
	if dir == "" {
		t.Skip("no GUM data")
	}
	rep, err := Run(dir, pipeline(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, split := range []string{"dev", "test", "train", "all"} {
		r := rep.Splits[split]
		t.Logf("%-5s docs %2d  content exact F1 %.3f  overlap P %.3f R %.3f F1 %.3f  speaker %.3f (%d)  end-to-end F1 %.3f  direct R %.3f",
			split, r.Docs, r.Exact.F1, r.Overlap.Precision, r.Overlap.Recall, r.Overlap.F1, r.Speaker.Accuracy,
			r.Speaker.Matched, r.EndToEnd.F1, r.Kinds[Direct].Content.Recall)
	}
	dt := rep.DevTest
	b, _ := json.Marshal(dt)
	t.Logf("dev+test: %s", b)
	if dt.Overlap.F1 < 0.75 || dt.Speaker.Accuracy < 0.8 || dt.Kinds[Direct].Content.Recall < 0.9 {
		t.Errorf("dev+test below the floors: content F1 %.3f, speaker %.3f, direct recall %.3f",
			dt.Overlap.F1, dt.Speaker.Accuracy, dt.Kinds[Direct].Content.Recall)
	}
	if os.Getenv("DYAD_GUM_ERRORS") != "" {
		listErrors(t, dir, pipeline(t))
	}
}

// listErrors prints what the extractor gets wrong on every document.
func listErrors(t *testing.T, dir string, annotate func(*dyad.Document)) {
	docs, err := ReadGUM(dir)
	if err != nil {
		t.Fatal(err)
	}
	clip := func(s string) string {
		if len(s) > 90 {
			return s[:90] + "..."
		}
		return s
	}
	for _, doc := range docs {
		d := &dyad.Document{ID: doc.ID, Text: doc.Text}
		annotate(d)
		qs := quote.Extract(d)
		preds := Predictions(qs)
		gold := make([][2]int, len(doc.Quotes))
		for i, g := range doc.Quotes {
			gold[i] = trimSpan(doc.Text, g.Start, g.End)
		}
		pr := make([][2]int, len(preds))
		for i, q := range preds {
			pr[i] = trimSpan(doc.Text, q.Start, q.End)
		}
		used := map[int]bool{}
		for i, j := range matchOverlap(gold, pr) {
			g := doc.Quotes[i]
			switch {
			case j < 0:
				fmt.Printf("%s %s MISS %s %q\n", doc.Split, doc.ID, g.Kind, clip(doc.Text[g.Start:g.End]))
			case len(g.Speakers) > 0 && !speakerMatches(doc, g, preds[j]):
				fmt.Printf("%s %s SPEAKER %q %q\n", doc.Split, doc.ID, qs[j].Speaker, clip(qs[j].Text))
			}
			if j >= 0 {
				used[j] = true
			}
		}
		for j, q := range qs {
			if !used[j] {
				fmt.Printf("%s %s FALSE %s [%s] %q\n", doc.Split, doc.ID, q.Kind, q.Speaker, clip(q.Text))
			}
		}
	}
}
