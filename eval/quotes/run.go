package quotes

import (
	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/quote"
)

// Report holds the scores of a run over GUM: on the dev and test
// documents together (the figure to quote), on each, on the training
// documents, and on all.
type Report struct {
	DevTest *Result            `json:"dev_test"`
	Splits  map[string]*Result `json:"splits"` // "dev", "test", "train", "all"
	// PerDoc holds each document's scores, by id.
	PerDoc map[string]*Result `json:"per_doc,omitempty"`
}

// NewReport returns an empty report.
func NewReport() *Report {
	return &Report{DevTest: NewResult(), Splits: map[string]*Result{"dev": NewResult(), "test": NewResult(),
		"train": NewResult(), "all": NewResult()}, PerDoc: map[string]*Result{}}
}

// Add scores one document into the report.
func (rep *Report) Add(doc Doc, preds []Pred) {
	r := Evaluate(doc, preds)
	rep.PerDoc[doc.ID] = r
	rep.Splits["all"].Merge(r)
	if s := rep.Splits[doc.Split]; s != nil {
		s.Merge(r)
	}
	if doc.Split == "dev" || doc.Split == "test" {
		rep.DevTest.Merge(r)
	}
}

// Predictions converts quotations found by package quote.
func Predictions(qs []quote.Quote) []Pred {
	out := make([]Pred, len(qs))
	for i, q := range qs {
		out[i] = Pred{Start: q.Start, End: q.End, Kind: string(q.Kind), SpeakerStart: q.SpeakerStart, SpeakerEnd: q.SpeakerEnd}
	}
	return out
}

// Run reads the GUM documents in dir (see ReadGUM), annotates the text of
// each with annotate (tokens, tags, parse and mentions: nlp.Pipeline's
// Annotate, then mention.Finder's Find), extracts its quotations with
// quote.Extract and scores them. Documents are processed one at a time.
func Run(dir string, annotate func(*dyad.Document)) (*Report, error) {
	docs, err := ReadGUM(dir)
	if err != nil {
		return nil, err
	}
	rep := NewReport()
	for _, doc := range docs {
		d := &dyad.Document{ID: doc.ID, Text: doc.Text}
		annotate(d)
		rep.Add(doc, Predictions(quote.Extract(d)))
	}
	return rep, nil
}
