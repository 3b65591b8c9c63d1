// Package engine runs dyad's whole pipeline on documents: the language
// layer (nlp), then mentions and their actor codes (mention, actor), and
// turns an annotated document into the flat record that `dyad code`
// prints, where every finding carries the byte offsets of its words.
//
// It holds no models of its own and does no input or output; readers and
// stores live elsewhere.
package engine

import (
	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/mention"
)

// Annotator is the language layer (*nlp.Pipeline).
type Annotator interface {
	Annotate(d *dyad.Document)
}

// Engine annotates documents end to end. It is safe for concurrent use.
type Engine struct {
	NLP      Annotator
	Mentions *mention.Finder
}

// Process annotates d in place.
func (e *Engine) Process(d *dyad.Document) {
	e.NLP.Annotate(d)
	if e.Mentions != nil {
		e.Mentions.Find(d)
	}
}

// Record is the flat, self-contained result for one document.
type Record struct {
	ID       string          `json:"id"`
	Title    string          `json:"title,omitempty"`
	URL      string          `json:"url,omitempty"`
	Date     string          `json:"date,omitempty"`
	Mentions []MentionRecord `json:"mentions"`
	Problems []dyad.Problem  `json:"problems,omitempty"`
}

// MentionRecord is a mention with byte offsets into the input text.
type MentionRecord struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Sentence int    `json:"sentence"`
	Type     string `json:"type,omitempty"`
	Name     string `json:"name,omitempty"`
	Actor    string `json:"actor,omitempty"`
	// Antecedent indexes the earlier mention this one refers back to, or
	// is -1.
	Antecedent int `json:"antecedent"`
}

// NewRecord builds the record of an annotated document.
func NewRecord(d *dyad.Document) Record {
	r := Record{ID: d.ID, Title: d.Title, URL: d.URL, Date: d.Date, Mentions: []MentionRecord{}, Problems: d.Problems}
	sent := sentenceOf(d)
	for _, m := range d.Mentions {
		start, end := d.Tokens[m.Start].Start, d.Tokens[m.End-1].End
		mr := MentionRecord{Start: start, End: end, Text: d.Text[start:end], Sentence: sent[m.Head],
			Name: m.Name, Actor: m.Actor, Antecedent: m.Antecedent}
		if m.Type != dyad.NoEntity {
			mr.Type = m.Type.String()
		}
		r.Mentions = append(r.Mentions, mr)
	}
	return r
}

// sentenceOf maps each token to the index of its sentence.
func sentenceOf(d *dyad.Document) []int {
	out := make([]int, len(d.Tokens))
	for si, s := range d.Sentences {
		for i := s.Start; i < s.End; i++ {
			out[i] = si
		}
	}
	return out
}
