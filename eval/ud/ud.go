// Package ud scores dyad's annotation against Universal Dependencies gold
// treebanks, with the measures of the CoNLL 2018 shared task.
//
// Evaluate scores documents that were tagged and parsed over the gold
// tokenization (one document per gold sentence, one token per gold word):
// every measure is then an accuracy over gold words. EvaluateRaw scores
// documents that dyad also segmented and tokenized itself, as the shared
// task's conll18_ud_eval.py does: gold and system words are aligned through
// the non-whitespace characters they cover, and every measure is an F1 score
// over aligned words. RawDocuments rebuilds the raw text of a treebank's
// documents from its "# text" comments, for EvaluateRaw's input.
//
// As in the shared task, punctuation counts, and LAS compares only the
// universal part of a relation ("nmod" for "nmod:poss"); LASFull compares
// the whole label. A gold lemma "_" counts as matched by any lemma.
//
// The package does no I/O and runs no model: callers read the gold CoNLL-U
// (package conllu) and annotate the documents (package nlp).
package ud

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/nlp/conllu"
)

// Score counts one measure. With gold tokenization, Gold == System and F1
// is an accuracy.
type Score struct {
	Gold    int // gold units: tokens, sentences or words
	System  int // system units
	Correct int // units that match
	// Aligned is the number of gold words aligned to system words, for
	// measures computed over aligned words; 0 otherwise.
	Aligned int
}

// Precision returns Correct/System, or 0 without system units.
func (s Score) Precision() float64 { return ratio(s.Correct, s.System) }

// Recall returns Correct/Gold, or 0 without gold units.
func (s Score) Recall() float64 { return ratio(s.Correct, s.Gold) }

// F1 returns the harmonic mean of precision and recall, 2·Correct/(Gold+System).
func (s Score) F1() float64 { return ratio(2*s.Correct, s.Gold+s.System) }

// AlignedAccuracy returns Correct/Aligned, or 0 without aligned words.
func (s Score) AlignedAccuracy() float64 { return ratio(s.Correct, s.Aligned) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Result holds every measure of one evaluation.
type Result struct {
	// Raw is true when tokenization and segmentation were predicted
	// (EvaluateRaw); with gold tokenization Tokens, Sentences and Words are
	// perfect by construction.
	Raw bool

	Tokens    Score // orthographic tokens, multi-word tokens unsplit
	Sentences Score
	Words     Score // syntactic words; Correct counts aligned words

	UPOS    Score
	XPOS    Score
	Lemma   Score
	UAS     Score // head
	LAS     Score // head and relation without subtype
	LASFull Score // head and relation with subtype
}

// Evaluate scores pred against gold when pred was annotated over the gold
// tokenization: pred[i] holds the words of gold[i] as its tokens, in order
// (as nlp.FromSentence builds it), with heads indexing its own tokens.
func Evaluate(gold []*conllu.Sentence, pred []*dyad.Document) (Result, error) {
	var r Result
	if len(pred) != len(gold) {
		return r, fmt.Errorf("ud: %d gold sentences but %d documents", len(gold), len(pred))
	}
	var n, upos, xpos, lemma, uas, las, lasFull int
	for i, s := range gold {
		d := pred[i]
		if len(d.Tokens) != len(s.Words) {
			return r, fmt.Errorf("ud: sentence %d (%s): %d gold words but %d tokens",
				i+1, s.ID, len(s.Words), len(d.Tokens))
		}
		for j, w := range s.Words {
			t := d.Tokens[j]
			n++
			if t.UPOS.String() == w.UPOS {
				upos++
			}
			if t.XPOS.String() == w.XPOS {
				xpos++
			}
			if w.Lemma == "_" || lemmaString(t.Lemma) == w.Lemma {
				lemma++
			}
			head := 0 // root
			if t.Head >= 0 {
				head = t.Head + 1
			}
			if head == w.Head {
				uas++
				if baseDep(t.Dep.String()) == baseDep(w.Deprel) {
					las++
				}
				if t.Dep.String() == w.Deprel {
					lasFull++
				}
			}
		}
	}
	all := func(c int) Score { return Score{Gold: n, System: n, Correct: c, Aligned: n} }
	r.Tokens = all(n)
	r.Tokens.Aligned = 0
	r.Sentences = Score{Gold: len(gold), System: len(gold), Correct: len(gold)}
	r.Words = r.Tokens
	r.UPOS, r.XPOS, r.Lemma = all(upos), all(xpos), all(lemma)
	r.UAS, r.LAS, r.LASFull = all(uas), all(las), all(lasFull)
	return r, nil
}

// lemmaString gives a token's lemma as CoNLL-U writes it.
func lemmaString(l string) string {
	if l == "" {
		return "_"
	}
	return l
}

// baseDep drops a relation's subtype.
func baseDep(s string) string {
	base, _, _ := strings.Cut(s, ":")
	return base
}

// RawDocuments rebuilds the raw text of the documents of a treebank from
// its "# text" comments (or, where a sentence has none, from its forms and
// SpaceAfter=No marks). A document begins at each "# newdoc" comment, and at
// the first sentence; within it, a "# newpar" comment begins a paragraph.
// The sentences of a paragraph are joined by one space and paragraphs by a
// blank line. The documents hold text only: no tokens.
func RawDocuments(gold []*conllu.Sentence) []*dyad.Document {
	var docs []*dyad.Document
	var b strings.Builder
	flush := func() {
		if len(docs) > 0 {
			docs[len(docs)-1].Text = b.String()
		}
		b.Reset()
	}
	for i, s := range gold {
		switch {
		case i == 0 || s.NewDoc:
			flush()
			docs = append(docs, &dyad.Document{ID: fmt.Sprintf("doc%d", len(docs)+1)})
		case s.NewPar:
			b.WriteString("\n\n")
		default:
			b.WriteString(" ")
		}
		b.WriteString(sentenceText(s))
	}
	flush()
	return docs
}

// sentenceText returns the "# text" of s, or rebuilds it from the forms.
func sentenceText(s *conllu.Sentence) string {
	if s.Text != "" {
		return s.Text
	}
	var b strings.Builder
	for _, t := range goldTokens(s) {
		b.WriteString(t.form)
		if t.spaceAfter {
			b.WriteString(" ")
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// goldToken is one orthographic token of a gold sentence: a multi-word
// token or a word outside any.
type goldToken struct {
	form        string
	first, last int // word indices (0-based, inclusive)
	multi       bool
	spaceAfter  bool
}

// goldTokens lists the tokens of s in order. A multi-word token range that
// overlaps an earlier one or runs past the last word is ignored.
func goldTokens(s *conllu.Sentence) []goldToken {
	mwt := make(map[int]conllu.MWT, len(s.MWTs))
	for _, m := range s.MWTs {
		mwt[m.First] = m
	}
	var toks []goldToken
	for i := 0; i < len(s.Words); {
		w := s.Words[i]
		if m, ok := mwt[w.ID]; ok && m.Last <= len(s.Words) && m.Last >= m.First {
			toks = append(toks, goldToken{form: m.Form, first: i, last: m.Last - 1, multi: true,
				spaceAfter: conllu.Word{Misc: m.Misc}.SpaceAfter()})
			i = m.Last
			continue
		}
		toks = append(toks, goldToken{form: w.Form, first: i, last: i, spaceAfter: w.SpaceAfter()})
		i++
	}
	return toks
}
