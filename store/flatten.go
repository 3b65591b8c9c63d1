package store

import (
	"github.com/dyadproject/dyad"
)

// Flat is an annotated document as the rows a store writes, with byte
// offsets in place of token indices.
type Flat struct {
	Key   string
	Hash  Hash
	Doc   *dyad.Document
	Date  string // the document's date, YYYY-MM-DD, or ""
	Sents []FlatSentence
	Ments []FlatMention
	Evs   []FlatEvent
	// Quotes are the quotations whose content lies inside the text.
	Quotes []dyad.Quote
}

// FlatSentence is a sentence's byte span.
type FlatSentence struct {
	Start, End, Paragraph int
}

// FlatMention is an actor mention.
type FlatMention struct {
	Sentence   int
	Start, End int // the whole noun phrase
	HeadStart  int // the head word
	HeadEnd    int
	Type, Name string
	Actor      string
	Antecedent int // index of the mention referred back to, or -1
}

// FlatEvent is a coded event.
type FlatEvent struct {
	Sentence                     int
	SourceMention, TargetMention int // -1: no target
	Source, Target               string
	CAMEO                        string
	Quad                         int
	Goldstein                    float64
	PLOVER, Mode                 string
	Negated, Reported            bool
	TriggerStart, TriggerEnd     int
	Pattern                      string
	SentenceStart, SentenceEnd   int
	SourceStart, SourceEnd       int
	TargetStart, TargetEnd       int // 0, 0 without a target
}

// Flatten turns an annotated document into rows. Indices that point
// outside the document, which a well-behaved engine never produces, are
// not stored: such a sentence or mention keeps its place (so that the
// indices of the others hold) with empty offsets, and such an event or
// event target is dropped.
func Flatten(d *dyad.Document) *Flat {
	f := &Flat{Key: Key(d), Hash: HashText(d.Text), Doc: d, Date: normDate(d.Date)}
	tokOK := func(i int) bool { return i >= 0 && i < len(d.Tokens) }
	spanOK := func(s dyad.Span) bool { return s.Start < s.End && tokOK(s.Start) && tokOK(s.End-1) }
	sentOf := make([]int, len(d.Tokens))
	for i := range sentOf {
		sentOf[i] = -1
	}
	for si, s := range d.Sentences {
		if !spanOK(s.Span) {
			f.Sents = append(f.Sents, FlatSentence{Paragraph: s.Paragraph})
			continue
		}
		f.Sents = append(f.Sents, FlatSentence{Start: d.Tokens[s.Start].Start, End: d.Tokens[s.End-1].End,
			Paragraph: s.Paragraph})
		for i := s.Start; i < s.End; i++ {
			sentOf[i] = si
		}
	}
	mentOK := make([]bool, len(d.Mentions))
	for mi, m := range d.Mentions {
		if !spanOK(m.Span) {
			f.Ments = append(f.Ments, FlatMention{Sentence: -1, Antecedent: -1})
			continue
		}
		mentOK[mi] = true
		head := m.Head
		if !tokOK(head) {
			head = m.End - 1
		}
		fm := FlatMention{Sentence: sentOf[head], Start: d.Tokens[m.Start].Start, End: d.Tokens[m.End-1].End,
			HeadStart: d.Tokens[head].Start, HeadEnd: d.Tokens[head].End, Name: m.Name, Actor: m.Actor,
			Antecedent: m.Antecedent}
		if m.Type != dyad.NoEntity {
			fm.Type = m.Type.String()
		}
		if fm.Antecedent < -1 || fm.Antecedent >= len(d.Mentions) {
			fm.Antecedent = -1
		}
		f.Ments = append(f.Ments, fm)
	}
	for _, e := range d.Events {
		if e.Sentence < 0 || e.Sentence >= len(d.Sentences) || e.Source < 0 || e.Source >= len(d.Mentions) ||
			!mentOK[e.Source] || !tokOK(e.Trigger) {
			continue
		}
		fe := FlatEvent{Sentence: e.Sentence, SourceMention: e.Source, TargetMention: -1,
			Source: d.Mentions[e.Source].Actor, CAMEO: e.Code.String(), Quad: int(e.Code.Quad()),
			Goldstein: e.Code.Goldstein(), Negated: e.Negated, Reported: e.Reported,
			TriggerStart: d.Tokens[e.Trigger].Start, TriggerEnd: d.Tokens[e.Trigger].End, Pattern: e.Pattern,
			SentenceStart: f.Sents[e.Sentence].Start, SentenceEnd: f.Sents[e.Sentence].End,
			SourceStart: f.Ments[e.Source].Start, SourceEnd: f.Ments[e.Source].End}
		if p, mode := e.Code.PLOVER(); p.Valid() {
			fe.PLOVER, fe.Mode = p.String(), mode
		}
		if e.Target >= 0 && e.Target < len(d.Mentions) && mentOK[e.Target] {
			fe.TargetMention, fe.Target = e.Target, d.Mentions[e.Target].Actor
			fe.TargetStart, fe.TargetEnd = f.Ments[e.Target].Start, f.Ments[e.Target].End
		}
		f.Evs = append(f.Evs, fe)
	}
	for _, q := range d.Quotes {
		if q.Start >= 0 && q.Start <= q.End && q.End <= len(d.Text) {
			f.Quotes = append(f.Quotes, q)
		}
	}
	return f
}

// normDate returns the YYYY-MM-DD part of a date as sources give it, or ""
// for anything else.
func normDate(s string) string {
	if len(s) < 10 {
		return ""
	}
	for i, c := range []byte(s[:10]) {
		switch i {
		case 4, 7:
			if c != '-' {
				return ""
			}
		default:
			if c < '0' || c > '9' {
				return ""
			}
		}
	}
	return s[:10]
}
