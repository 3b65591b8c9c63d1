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
	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/event/petrarchcode"
	"github.com/dyadproject/dyad/mention"
	"github.com/dyadproject/dyad/quote"
)

// Annotator is the language layer (*nlp.Pipeline).
type Annotator interface {
	Annotate(d *dyad.Document)
}

// Engine annotates documents end to end. It is safe for concurrent use.
type Engine struct {
	NLP      Annotator
	Mentions *mention.Finder
	Events   *event.Coder // nil: no events
	Quotes   bool         // extract quotations
	// Coder, when not empty, is written to each document's Coder: what
	// annotates it (dyad's version, model bundle and dictionaries).
	Coder string
}

// Process annotates d in place.
func (e *Engine) Process(d *dyad.Document) {
	if e.Coder != "" {
		d.Coder = e.Coder
	}
	e.NLP.Annotate(d)
	if e.Mentions != nil {
		voices := e.Mentions.Find(d)
		if e.Events != nil {
			e.Events.Code(d)
		}
		if e.Quotes {
			d.Quotes = quote.Extract(d)
			// the quotations of a transcript's turns, then those of a
			// statement's author, that "I" or "we" speak and nothing in
			// the text attributes
			quote.Turns(d, voices.Speaker)
			if voices.Author != "" {
				quote.Byline(d.Quotes, voices.Author, voices.AuthorActor())
			}
		}
	}
}

// Record is the flat, self-contained result for one document.
type Record struct {
	ID       string          `json:"id"`
	Title    string          `json:"title,omitempty"`
	URL      string          `json:"url,omitempty"`
	Date     string          `json:"date,omitempty"`
	Coder    string          `json:"coder,omitempty"` // what coded it (Engine.Coder)
	Events   []EventRecord   `json:"events"`
	Quotes   []dyad.Quote    `json:"quotes"`
	Mentions []MentionRecord `json:"mentions"`
	Problems []dyad.Problem  `json:"problems,omitempty"`
}

// EventRecord is an event with the byte offsets of its sentence and words.
type EventRecord struct {
	Sentence  int     `json:"sentence"`
	Start     int     `json:"start"` // the sentence's bytes
	End       int     `json:"end"`
	Source    string  `json:"source"`
	Target    string  `json:"target"`
	CAMEO     string  `json:"cameo"`
	PLOVER    string  `json:"plover,omitempty"`
	Mode      string  `json:"mode,omitempty"`
	Goldstein float64 `json:"goldstein"`
	Quad      int     `json:"quad"`
	Negated   bool    `json:"negated"`
	Reported  bool    `json:"reported,omitempty"`
	// SourceText, TargetText and Trigger are the words as written; the
	// mention indices point into Record.Mentions.
	SourceText    string `json:"source_text"`
	TargetText    string `json:"target_text,omitempty"`
	Trigger       string `json:"trigger"`
	TriggerStart  int    `json:"trigger_start"`
	TriggerEnd    int    `json:"trigger_end"`
	SourceMention int    `json:"source_mention"`
	TargetMention int    `json:"target_mention"`
	Pattern       string `json:"pattern,omitempty"`
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
	r := Record{ID: d.ID, Title: d.Title, URL: d.URL, Date: d.Date, Coder: d.Coder, Events: []EventRecord{},
		Quotes: d.Quotes, Mentions: []MentionRecord{}, Problems: d.Problems}
	if r.Quotes == nil {
		r.Quotes = []dyad.Quote{}
	}
	sent := sentenceOf(d)
	text := func(m dyad.Mention) string { return d.Text[d.Tokens[m.Start].Start:d.Tokens[m.End-1].End] }
	for _, e := range d.Events {
		s := d.Sentences[e.Sentence]
		src := d.Mentions[e.Source]
		tr := d.Tokens[e.Trigger]
		er := EventRecord{Sentence: e.Sentence, Start: d.Tokens[s.Start].Start, End: d.Tokens[s.End-1].End,
			Source: src.Actor, CAMEO: e.Code.String(), Goldstein: e.Code.Goldstein(), Quad: int(e.Code.Quad()),
			Negated: e.Negated, Reported: e.Reported, SourceText: text(src), Trigger: d.Text[tr.Start:tr.End],
			TriggerStart: tr.Start, TriggerEnd: tr.End, SourceMention: e.Source, TargetMention: e.Target,
			Pattern: e.Pattern}
		if p, mode := e.Code.PLOVER(); p.Valid() {
			er.PLOVER, er.Mode = p.String(), mode
		}
		if e.Target >= 0 {
			er.Target, er.TargetText = d.Mentions[e.Target].Actor, text(d.Mentions[e.Target])
		}
		r.Events = append(r.Events, er)
	}
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

// PetrarchEvents turns events coded with PETRARCH dictionaries (package
// event/petrarchcode) into records. Their actor codes come from those
// dictionaries, not from mentions, so the mention fields are -1 and the
// actor texts empty; codes that are CAMEO codes get their PLOVER type,
// Goldstein value and quad class.
func PetrarchEvents(d *dyad.Document, evs []petrarchcode.Event) []EventRecord {
	out := make([]EventRecord, 0, len(evs))
	for _, e := range evs {
		s := d.Sentences[e.Sentence]
		er := EventRecord{Sentence: e.Sentence, Start: d.Tokens[s.Start].Start, End: d.Tokens[s.End-1].End,
			Source: e.Source, Target: e.Target, CAMEO: e.Code, SourceMention: -1, TargetMention: -1, Pattern: e.Pattern}
		if e.Verb >= 0 && e.Verb < len(d.Tokens) {
			t := d.Tokens[e.Verb]
			er.Trigger, er.TriggerStart, er.TriggerEnd = d.Text[t.Start:t.End], t.Start, t.End
		}
		if c, err := cameo.Parse(e.Code); err == nil {
			er.Goldstein, er.Quad = c.Goldstein(), int(c.Quad())
			if p, mode := c.PLOVER(); p.Valid() {
				er.PLOVER, er.Mode = p.String(), mode
			}
		}
		out = append(out, er)
	}
	return out
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
