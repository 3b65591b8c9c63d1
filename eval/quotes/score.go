// Package quotes scores quotation extraction against gold annotation:
// how many quotations are found (content precision, recall and F1, on
// exact spans and on spans that overlap by half), how often the speaker of
// a found quotation is the right entity (through coreference, so that
// "she" and "Kim Yo-jong" are one speaker), and both together (strict
// end-to-end F1).
//
// Scoring is pure: Add takes a gold document and the predicted quotations
// as byte spans. ReadGUM and ReadConllu read the gold data of the GUM
// corpus (its attribution relations, quotation marks and coreference), and
// Run runs the whole pipeline over it. The package writes no output.
package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is the kind of a quotation: "direct", "indirect" or "mixed".
type Kind = string

// Kinds of quotation, as package quote names them.
const (
	Direct   Kind = "direct"
	Indirect Kind = "indirect"
	Mixed    Kind = "mixed"
)

// Doc is one gold document.
type Doc struct {
	ID     string
	Split  string // "train", "dev", "test"
	Text   string
	Quotes []Gold
	// Mentions are the gold entity mentions, by which a predicted speaker
	// is matched to an entity.
	Mentions []Mention
}

// Gold is one gold quotation: its content as byte offsets into Doc.Text,
// its kind, and the entities any of which is its speaker (none when the
// annotation names no speaker).
type Gold struct {
	Start, End int
	Kind       Kind
	Speakers   []int
}

// Mention is one gold mention of an entity (a coreference group).
type Mention struct {
	Start, End  int
	Entity      int
	first, last int // word indices, for reading
}

// Pred is one predicted quotation: content and the mention that names its
// speaker, as byte offsets (-1 when there is no speaker).
type Pred struct {
	Start, End               int
	Kind                     Kind
	SpeakerStart, SpeakerEnd int
}

// Score counts one measure.
type Score struct {
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Correct   int     `json:"correct"` // predictions that match (precision side)
	Found     int     `json:"found"`   // gold items matched (recall side)
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func (s *Score) add(o Score) {
	s.Gold += o.Gold
	s.Predicted += o.Predicted
	s.Correct += o.Correct
	s.Found += o.Found
	s.finish()
}

func (s *Score) finish() {
	s.Precision = ratio(s.Correct, s.Predicted)
	s.Recall = ratio(s.Found, s.Gold)
	s.F1 = 0
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Accuracy counts speakers of matched quotations.
type Accuracy struct {
	Matched  int     `json:"matched"` // gold quotations found whose speaker is known
	Correct  int     `json:"correct"`
	Accuracy float64 `json:"accuracy"`
}

func (a *Accuracy) add(o Accuracy) {
	a.Matched += o.Matched
	a.Correct += o.Correct
	a.Accuracy = ratio(a.Correct, a.Matched)
}

// KindScore scores the quotations of one gold kind: recall of content
// (half overlap) and speaker accuracy on those found; and, on the
// predicted side, the precision of predictions of that kind.
type KindScore struct {
	Content Score    `json:"content"`
	Speaker Accuracy `json:"speaker"`
}

// Result is the score of a set of documents.
type Result struct {
	Docs int `json:"docs"`
	// Exact counts a prediction correct when its content has the gold
	// span (white space and quotation marks at the edges aside); Overlap
	// when the two share at least half of the longer one.
	Exact   Score `json:"content_exact"`
	Overlap Score `json:"content_overlap"`
	// Speaker is the accuracy of speakers on quotations matched by
	// Overlap whose gold speaker is known.
	Speaker Accuracy `json:"speaker"`
	// EndToEnd needs both: content matched by Overlap and the right
	// speaker (or a gold quotation without one).
	EndToEnd Score `json:"end_to_end"`
	// UnknownSpeaker counts gold quotations the annotation gives no
	// speaker.
	UnknownSpeaker int                   `json:"gold_unknown_speaker"`
	Kinds          map[string]*KindScore `json:"kinds"`
}

// NewResult returns an empty result.
func NewResult() *Result {
	r := &Result{Kinds: map[string]*KindScore{}}
	for _, k := range []Kind{Direct, Indirect, Mixed} {
		r.Kinds[k] = &KindScore{}
	}
	return r
}

// Merge adds the counts of o to r.
func (r *Result) Merge(o *Result) {
	r.Docs += o.Docs
	r.Exact.add(o.Exact)
	r.Overlap.add(o.Overlap)
	r.Speaker.add(o.Speaker)
	r.EndToEnd.add(o.EndToEnd)
	r.UnknownSpeaker += o.UnknownSpeaker
	for k, ks := range o.Kinds {
		if r.Kinds[k] == nil {
			r.Kinds[k] = &KindScore{}
		}
		r.Kinds[k].Content.add(ks.Content)
		r.Kinds[k].Speaker.add(ks.Speaker)
	}
}

// Add scores the predicted quotations of one document against its gold
// ones. Each prediction matches at most one gold quotation and the other
// way round, the pairs with the most overlap first.
func (r *Result) Add(doc Doc, preds []Pred) {
	o := Evaluate(doc, preds)
	r.Merge(o)
}

// Evaluate scores one document.
func Evaluate(doc Doc, preds []Pred) *Result {
	r := NewResult()
	r.Docs = 1
	text := doc.Text
	gold := make([][2]int, len(doc.Quotes))
	for i, g := range doc.Quotes {
		gold[i] = trimSpan(text, g.Start, g.End)
		if len(g.Speakers) == 0 {
			r.UnknownSpeaker++
		}
	}
	pred := make([][2]int, len(preds))
	for i, p := range preds {
		pred[i] = trimSpan(text, p.Start, p.End)
	}
	r.Exact = Score{Gold: len(gold), Predicted: len(pred)}
	r.Overlap = r.Exact
	r.EndToEnd = r.Exact
	// exact matches
	usedG, usedP := make([]bool, len(gold)), make([]bool, len(pred))
	for i, g := range gold {
		for j, p := range pred {
			if !usedP[j] && g == p {
				usedG[i], usedP[j] = true, true
				r.Exact.Correct++
				r.Exact.Found++
				break
			}
		}
	}
	// half-overlap matches, best pairs first
	match := matchOverlap(gold, pred)
	for k := range r.Kinds {
		r.Kinds[k].Content = Score{}
	}
	for i, g := range doc.Quotes {
		ks := r.Kinds[g.Kind]
		if ks == nil {
			ks = &KindScore{}
			r.Kinds[g.Kind] = ks
		}
		ks.Content.Gold++
		j := match[i]
		if j < 0 {
			continue
		}
		r.Overlap.Correct++
		r.Overlap.Found++
		ks.Content.Found++
		right := len(g.Speakers) == 0
		if len(g.Speakers) > 0 {
			ok := speakerMatches(doc, g, preds[j])
			r.Speaker.Matched++
			ks.Speaker.Matched++
			if ok {
				r.Speaker.Correct++
				ks.Speaker.Correct++
				right = true
			}
		}
		if right {
			r.EndToEnd.Correct++
			r.EndToEnd.Found++
		}
	}
	// precision by predicted kind
	matchedP := make([]bool, len(pred))
	for _, j := range match {
		if j >= 0 {
			matchedP[j] = true
		}
	}
	for j, p := range preds {
		ks := r.Kinds[p.Kind]
		if ks == nil {
			ks = &KindScore{}
			r.Kinds[p.Kind] = ks
		}
		ks.Content.Predicted++
		if matchedP[j] {
			ks.Content.Correct++
		}
	}
	r.Exact.finish()
	r.Overlap.finish()
	r.EndToEnd.finish()
	r.Speaker.Accuracy = ratio(r.Speaker.Correct, r.Speaker.Matched)
	for _, ks := range r.Kinds {
		ks.Content.finish()
		ks.Speaker.Accuracy = ratio(ks.Speaker.Correct, ks.Speaker.Matched)
	}
	return r
}

// Overlap returns the share of the longer of two spans that both cover.
func Overlap(a, b [2]int) float64 {
	lo, hi := max(a[0], b[0]), min(a[1], b[1])
	long := max(a[1]-a[0], b[1]-b[0])
	if hi <= lo || long <= 0 {
		return 0
	}
	return float64(hi-lo) / float64(long)
}

// matchOverlap pairs gold and predicted spans that overlap by at least
// half, greedily by overlap; it returns the prediction matched to each gold
// span, or -1.
func matchOverlap(gold, pred [][2]int) []int {
	type pair struct {
		g, p int
		o    float64
	}
	var pairs []pair
	for i, g := range gold {
		for j, p := range pred {
			if o := Overlap(g, p); o >= 0.5 {
				pairs = append(pairs, pair{i, j, o})
			}
		}
	}
	// stable order: by overlap, then position
	for i := 1; i < len(pairs); i++ {
		for k := i; k > 0 && pairs[k].o > pairs[k-1].o; k-- {
			pairs[k], pairs[k-1] = pairs[k-1], pairs[k]
		}
	}
	out := make([]int, len(gold))
	for i := range out {
		out[i] = -1
	}
	usedP := make([]bool, len(pred))
	for _, pr := range pairs {
		if out[pr.g] < 0 && !usedP[pr.p] {
			out[pr.g] = pr.p
			usedP[pr.p] = true
		}
	}
	return out
}

// speakerMatches reports whether a prediction names one of the gold
// speakers: some gold mention of a speaker entity and the predicted
// speaker's span share at least half of the shorter of the two.
func speakerMatches(doc Doc, g Gold, p Pred) bool {
	if p.SpeakerStart < 0 || p.SpeakerEnd <= p.SpeakerStart {
		return false
	}
	want := map[int]bool{}
	for _, s := range g.Speakers {
		want[s] = true
	}
	ps := trimSpan(doc.Text, p.SpeakerStart, p.SpeakerEnd)
	for _, m := range doc.Mentions {
		if !want[m.Entity] {
			continue
		}
		lo, hi := max(ps[0], m.Start), min(ps[1], m.End)
		short := min(ps[1]-ps[0], m.End-m.Start)
		if hi > lo && short > 0 && float64(hi-lo) >= 0.5*float64(short) {
			return true
		}
	}
	return false
}

// trimSpan returns [start, end) within text without white space and
// quotation marks at its edges.
func trimSpan(text string, start, end int) [2]int {
	start, end = max(0, start), min(len(text), end)
	if end < start {
		end = start
	}
	strip := func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("\"“”‘’'«»„`", r) }
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !strip(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !strip(r) {
			break
		}
		end -= n
	}
	return [2]int{start, end}
}
