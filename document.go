package dyad

import (
	"fmt"

	"github.com/dyadproject/dyad/cameo"
)

// Document is one piece of news text and everything dyad has found in it.
// Text is never modified once set; all offsets are byte offsets into it.
type Document struct {
	ID    string `json:"id,omitempty"`
	Title string `json:"title,omitempty"`
	URL   string `json:"url,omitempty"`
	Date  string `json:"date,omitempty"` // YYYY-MM-DD or RFC 3339 as given by the source
	Text  string `json:"text"`
	// Coder names what annotated the document: dyad's version, its model
	// bundle and dictionaries (engine.Engine.Coder), so that stored
	// findings say which coder found them. Empty before annotation.
	Coder string `json:"coder,omitempty"`

	Tokens    []Token    `json:"tokens,omitempty"`
	Sentences []Sentence `json:"sentences,omitempty"`
	// Entities are named-entity mentions, in text order.
	Entities []Entity `json:"entities,omitempty"`
	// Mentions are noun phrases that name or describe actors, in text
	// order, with the actor codes they resolve to.
	Mentions []Mention `json:"mentions,omitempty"`
	// Events are the coded events, in text order.
	Events []Event `json:"events,omitempty"`
	// Quotes are the quotations, direct and reported, in text order.
	Quotes []Quote `json:"quotes,omitempty"`
	// Problems lists input defects (invalid UTF-8, control characters) that
	// were skipped, with their byte offsets.
	Problems []Problem `json:"problems,omitempty"`
}

// Token is one syntactic word. Multi-word orthographic tokens ("don't") are
// split as Universal Dependencies does ("do" + "n't"); each part keeps the
// byte range of the characters it covers.
type Token struct {
	Start int    `json:"start"` // byte offset of the first byte
	End   int    `json:"end"`   // byte offset one past the last byte
	UPOS  UPOS   `json:"upos,omitempty"`
	XPOS  XPOS   `json:"xpos,omitempty"`
	Lemma string `json:"lemma,omitempty"`
	// Head is the token index (into Document.Tokens) of the syntactic head,
	// or -1 for the root of the sentence and for tokens not yet parsed.
	Head int `json:"head"`
	Dep  Dep `json:"dep,omitempty"`
}

// Span is a half-open range [Start, End) of token indices.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of tokens in the span.
func (s Span) Len() int { return s.End - s.Start }

// Sentence is a span of tokens that forms one sentence.
type Sentence struct {
	Span
	// Paragraph counts paragraph breaks before this sentence, from 0.
	Paragraph int `json:"paragraph"`
}

// Problem reports a defect in the input text that was skipped over.
type Problem struct {
	Offset int    `json:"offset"` // byte offset in Document.Text
	Msg    string `json:"msg"`
}

func (p Problem) String() string { return fmt.Sprintf("byte %d: %s", p.Offset, p.Msg) }

// TokenText returns the text of token i.
func (d *Document) TokenText(i int) string {
	t := d.Tokens[i]
	return d.Text[t.Start:t.End]
}

// SpanText returns the text covered by a token span, including the original
// spacing between its tokens.
func (d *Document) SpanText(s Span) string {
	if s.Len() <= 0 {
		return ""
	}
	return d.Text[d.Tokens[s.Start].Start:d.Tokens[s.End-1].End]
}

// SpaceAfter reports whether token i is followed by white space (or the end
// of the text) rather than directly by the next token.
func (d *Document) SpaceAfter(i int) bool {
	if i+1 >= len(d.Tokens) {
		return d.Tokens[i].End < len(d.Text)
	}
	return d.Tokens[i].End < d.Tokens[i+1].Start
}

// EntityType is the type of a named entity.
type EntityType uint8

// Entity types, as Universal NER annotates them.
const (
	NoEntity EntityType = iota
	PER                 // person
	ORG                 // organisation
	LOC                 // location, including countries and cities
)

var entityNames = [...]string{"_", "PER", "ORG", "LOC"}

func (t EntityType) String() string { return name(entityNames[:], int(t)) }

// ParseEntityType returns the type named s.
func ParseEntityType(s string) (EntityType, error) {
	for i, n := range entityNames {
		if n == s && i > 0 {
			return EntityType(i), nil
		}
	}
	return 0, fmt.Errorf("unknown entity type %q", s)
}

func (t EntityType) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

func (t *EntityType) UnmarshalText(b []byte) (err error) {
	*t, err = ParseEntityType(string(b))
	return
}

// Entity is a named-entity mention: a span of tokens and its type.
type Entity struct {
	Span
	Type EntityType `json:"type"`
}

// Mention is a noun phrase that names or describes an actor: "Kwon
// Jong-gun, director general of the North Korean Foreign Ministry", "the
// Kremlin", "Russian police", "she".
type Mention struct {
	Span            // the tokens of the whole noun phrase
	Head int        `json:"head"` // token index of the phrase's head word
	Type EntityType `json:"type,omitempty"`
	// Name is the canonical name of the actor or person ("Kim Yo-jong",
	// "North Korea"), or the phrase's own words when no dictionary knows it.
	Name string `json:"name,omitempty"`
	// Actor is the CAMEO actor code ("PRKGOV"); empty when unresolved.
	Actor string `json:"actor,omitempty"`
	// Antecedent is the index in Document.Mentions of the earlier mention
	// this one refers back to ("Kwon" after "Kwon Jong-gun"), or -1.
	Antecedent int `json:"antecedent"`
}

// Event is one coded event: who did what to whom, in which sentence, from
// which words.
type Event struct {
	Sentence int `json:"sentence"` // index into Document.Sentences
	// Source and Target index Document.Mentions; Target is -1 for events
	// without one.
	Source  int        `json:"source"`
	Target  int        `json:"target"`
	Code    cameo.Code `json:"code"`
	Trigger int        `json:"trigger"` // token index of the verb or noun that triggered it
	Negated bool       `json:"negated,omitempty"`
	// Reported is set when the event is part of what someone said ("Seoul
	// said Pyongyang fired a missile").
	Reported bool `json:"reported,omitempty"`
	// Pattern names the dictionary entry that matched, as "file:line".
	Pattern string `json:"pattern,omitempty"`
}

// QuoteKind says how a quotation reports what was said.
type QuoteKind string

// Kinds of quotation.
const (
	DirectQuote   QuoteKind = "direct"   // the speaker's words between quotation marks
	IndirectQuote QuoteKind = "indirect" // reported speech: "X said (that) ..."
	MixedQuote    QuoteKind = "mixed"    // reported speech with a quoted fragment
)

// Quote is one quotation: what was said, who said it and the words that
// say so. Offsets are byte offsets into Document.Text; an absent cue or
// speaker has offsets -1.
type Quote struct {
	// Start and End delimit the content, without the quotation marks
	// around it (a mixed quotation keeps the marks inside it).
	Start int       `json:"start"`
	End   int       `json:"end"`
	Text  string    `json:"text"`
	Kind  QuoteKind `json:"kind"`
	// Cue is the reporting verb or phrase: "said", "went on to say",
	// "according to". A quotation that continues its speaker's turn in a
	// later paragraph has none.
	Cue      string `json:"cue,omitempty"`
	CueStart int    `json:"cue_start"`
	CueEnd   int    `json:"cue_end"`
	// Speaker is who said it, resolved through pronouns and descriptions
	// to the name (or, for an unnamed source, the description) that the
	// text gives: "Kim Yo-jong", not "she"; "Kwon Jong-gun", the author of
	// the statement, for "the statement said".
	Speaker      string `json:"speaker,omitempty"`
	SpeakerTitle string `json:"speaker_title,omitempty"` // "director general", "professor"
	SpeakerOrg   string `json:"speaker_org,omitempty"`   // "North Korean Foreign Ministry"
	SpeakerActor string `json:"speaker_actor,omitempty"` // CAMEO actor code
	// SpeakerStart and SpeakerEnd delimit the mention that names the
	// speaker; SpeakerMention is its index in Document.Mentions, or -1
	// when the speaker is no mention of its own.
	SpeakerStart   int `json:"speaker_start"`
	SpeakerEnd     int `json:"speaker_end"`
	SpeakerMention int `json:"speaker_mention"`
	// About lists the actor codes of the mentions inside the content, in
	// order, each once.
	About []string `json:"about,omitempty"`
}
