package ud

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/nlp/conllu"
)

// This file follows the alignment of the CoNLL 2018 shared task's
// evaluation script (conll18_ud_eval.py, version 1.2):
//
//   - Gold and system tokens are laid over one character sequence: their
//     forms concatenated without white space (Unicode category Zs). The two
//     sequences must be equal, or the evaluation fails.
//   - Tokens and sentences are character spans; a system span is correct
//     when a gold span has the same start and end.
//   - Words outside multi-word tokens align when their spans are equal.
//     Where a multi-word token occurs (gold or system), the smallest span
//     holding it and every multi-word token it overlaps is found, and the
//     words inside are aligned by the longest common subsequence of their
//     lower-cased forms.
//   - A head is correct when the system head is the root and so is the gold
//     one, or when the system head is aligned to the gold head.
//
// dyad tokens are syntactic words that point into the document text: the
// parts of "don't" are "do" and "n't", side by side. They are scored as the
// CoNLL-U that conllu.Write prints for them, one token per word. Tokens
// whose byte ranges overlap, which cannot be told apart by their
// characters, form one multi-word token covering the union of their ranges.

// span is a half-open range of character (rune) indices.
type span struct{ start, end int }

// word is one gold or system word.
type word struct {
	span   span // of the word, or of its whole multi-word token
	multi  bool // part of a multi-word token
	form   string
	upos   string
	xpos   string
	lemma  string
	dep    string // full relation
	parent int    // index of the head word; root or invalid below
}

const (
	root       = -1 // parent of a sentence root
	badHead    = -2 // parent of a system word whose head is no word
	notAligned = -3 // gold parent of a system head that aligned to no gold word
)

// stream is one side of the evaluation.
type stream struct {
	chars     []rune
	tokens    []span
	sentences []span
	words     []word
}

// addToken appends the characters of form to s and returns their span.
func (s *stream) addToken(form string) span {
	start := len(s.chars)
	for _, r := range form {
		if !unicode.Is(unicode.Zs, r) && !unicode.IsSpace(r) {
			s.chars = append(s.chars, r)
		}
	}
	sp := span{start, len(s.chars)}
	s.tokens = append(s.tokens, sp)
	return sp
}

// goldStream lays the gold treebank out as a stream.
func goldStream(gold []*conllu.Sentence) (*stream, error) {
	s := &stream{}
	for si, sent := range gold {
		if len(sent.Words) == 0 {
			continue
		}
		base := len(s.words)
		start := len(s.chars)
		for _, t := range goldTokens(sent) {
			sp := s.addToken(t.form)
			if sp.end == sp.start {
				return nil, fmt.Errorf("ud: gold sentence %d (%s): empty form", si+1, sent.ID)
			}
			for i := t.first; i <= t.last; i++ {
				w := sent.Words[i]
				if w.Head < 0 || w.Head > len(sent.Words) {
					return nil, fmt.Errorf("ud: gold sentence %d (%s): word %d has head %d outside the sentence",
						si+1, sent.ID, w.ID, w.Head)
				}
				parent := root
				if w.Head > 0 {
					parent = base + w.Head - 1
				}
				s.words = append(s.words, word{span: sp, multi: t.multi, form: w.Form, upos: w.UPOS,
					xpos: w.XPOS, lemma: w.Lemma, dep: w.Deprel, parent: parent})
			}
		}
		s.sentences = append(s.sentences, span{start, len(s.chars)})
	}
	return s, nil
}

// systemStream lays the sentences of the predicted documents out as a
// stream. Tokens outside every sentence are left out.
func systemStream(pred []*dyad.Document) (*stream, error) {
	s := &stream{}
	for di, d := range pred {
		index := make([]int, len(d.Tokens)) // token -> word, or -1
		for i := range index {
			index[i] = -1
		}
		first := len(s.words)
		for _, sent := range d.Sentences {
			if sent.Start < 0 || sent.End > len(d.Tokens) {
				return nil, fmt.Errorf("ud: document %d (%s): sentence [%d,%d) outside its %d tokens",
					di+1, d.ID, sent.Start, sent.End, len(d.Tokens))
			}
			if sent.Len() <= 0 {
				continue
			}
			start := len(s.chars)
			for i := sent.Start; i < sent.End; {
				t := d.Tokens[i]
				if t.Start < 0 || t.End > len(d.Text) || t.Start > t.End {
					return nil, fmt.Errorf("ud: document %d (%s): token %d has bytes [%d,%d) outside its %d-byte text",
						di+1, d.ID, i, t.Start, t.End, len(d.Text))
				}
				// Tokens that overlap the first make one multi-word token.
				lo, hi, j := t.Start, t.End, i+1
				for ; j < sent.End && d.Tokens[j].Start < hi; j++ {
					u := d.Tokens[j]
					if u.Start < 0 || u.End > len(d.Text) || u.Start > u.End {
						return nil, fmt.Errorf("ud: document %d (%s): token %d has bytes [%d,%d) outside its %d-byte text",
							di+1, d.ID, j, u.Start, u.End, len(d.Text))
					}
					lo, hi = min(lo, u.Start), max(hi, u.End)
				}
				sp := s.addToken(d.Text[lo:hi])
				for k := i; k < j; k++ {
					u := d.Tokens[k]
					index[k] = len(s.words)
					s.words = append(s.words, word{span: sp, multi: j-i > 1, form: d.Text[u.Start:u.End],
						upos: u.UPOS.String(), xpos: u.XPOS.String(), lemma: lemmaString(u.Lemma),
						dep: u.Dep.String(), parent: u.Head})
				}
				i = j
			}
			s.sentences = append(s.sentences, span{start, len(s.chars)})
		}
		// Heads index the document's tokens; make them index words.
		for k := first; k < len(s.words); k++ {
			h := s.words[k].parent
			switch {
			case h < 0:
				s.words[k].parent = root
			case h < len(index) && index[h] >= 0:
				s.words[k].parent = index[h]
			default:
				s.words[k].parent = badHead
			}
		}
	}
	return s, nil
}

// EvaluateRaw scores documents that dyad segmented, tokenized, tagged and
// parsed from raw text against the gold treebank they came from (see
// RawDocuments), as conll18_ud_eval.py does. The documents, in order, must
// cover the same non-whitespace characters as the gold forms; where they
// do not, EvaluateRaw reports the first difference.
func EvaluateRaw(gold []*conllu.Sentence, pred []*dyad.Document) (Result, error) {
	g, err := goldStream(gold)
	if err != nil {
		return Result{}, err
	}
	s, err := systemStream(pred)
	if err != nil {
		return Result{}, err
	}
	return evaluateStreams(g, s)
}

func evaluateStreams(g, s *stream) (Result, error) {
	if i := firstDiff(g.chars, s.chars); i >= 0 {
		return Result{}, fmt.Errorf("ud: the gold and system texts differ at character %d: gold %q, system %q",
			i, excerpt(g.chars, i), excerpt(s.chars, i))
	}
	r := Result{Raw: true, Tokens: spansScore(g.tokens, s.tokens), Sentences: spansScore(g.sentences, s.sentences)}
	a := align(g.words, s.words)
	r.Words = Score{Gold: len(g.words), System: len(s.words), Correct: len(a.pairs)}

	// goldParent gives the gold word index of a system word's head.
	goldParent := func(sw word) int {
		switch {
		case sw.parent == root:
			return root
		case sw.parent < 0:
			return notAligned
		}
		if gi, ok := a.goldOf[sw.parent]; ok {
			return gi
		}
		return notAligned
	}
	count := func(match func(gw, sw word) bool) Score {
		sc := Score{Gold: len(g.words), System: len(s.words), Aligned: len(a.pairs)}
		for _, p := range a.pairs {
			if match(g.words[p.gold], s.words[p.system]) {
				sc.Correct++
			}
		}
		return sc
	}
	r.UPOS = count(func(gw, sw word) bool { return gw.upos == sw.upos })
	r.XPOS = count(func(gw, sw word) bool { return gw.xpos == sw.xpos })
	r.Lemma = count(func(gw, sw word) bool { return gw.lemma == "_" || gw.lemma == sw.lemma })
	r.UAS = count(func(gw, sw word) bool { return gw.parent == goldParent(sw) })
	r.LAS = count(func(gw, sw word) bool {
		return gw.parent == goldParent(sw) && baseDep(gw.dep) == baseDep(sw.dep)
	})
	r.LASFull = count(func(gw, sw word) bool { return gw.parent == goldParent(sw) && gw.dep == sw.dep })
	return r, nil
}

// firstDiff returns the first index where a and b differ, or -1.
func firstDiff(a, b []rune) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return i
		}
	}
	if len(a) != len(b) {
		return min(len(a), len(b))
	}
	return -1
}

// excerpt returns up to 20 characters of cs from i.
func excerpt(cs []rune, i int) string {
	if i >= len(cs) {
		return ""
	}
	return string(cs[i:min(i+20, len(cs))])
}

// spansScore counts system spans equal to a gold span.
func spansScore(gold, system []span) Score {
	sc := Score{Gold: len(gold), System: len(system)}
	gi, si := 0, 0
	for gi < len(gold) && si < len(system) {
		switch {
		case system[si].start < gold[gi].start:
			si++
		case gold[gi].start < system[si].start:
			gi++
		default:
			if gold[gi].end == system[si].end {
				sc.Correct++
			}
			gi++
			si++
		}
	}
	return sc
}

type pair struct{ gold, system int }

type alignment struct {
	pairs  []pair
	goldOf map[int]int // system word -> gold word
}

func (a *alignment) add(g, s int) {
	a.pairs = append(a.pairs, pair{g, s})
	a.goldOf[s] = g
}

// align pairs gold and system words.
func align(gw, sw []word) *alignment {
	a := &alignment{goldOf: make(map[int]int)}
	gi, si := 0, 0
	for gi < len(gw) && si < len(sw) {
		if !gw[gi].multi && !sw[si].multi {
			switch {
			case gw[gi].span == sw[si].span:
				a.add(gi, si)
				gi++
				si++
			case gw[gi].span.start <= sw[si].span.start:
				gi++
			default:
				si++
			}
			continue
		}
		var gs, ss int
		gs, ss, gi, si = multiwordSpan(gw, sw, gi, si)
		if gi > gs && si > ss {
			alignLCS(a, gw[gs:gi], sw[ss:si], gs, ss)
		}
	}
	return a
}

// beyondEnd reports whether words[i] lies past a multi-word span ending at
// end.
func beyondEnd(words []word, i, end int) bool {
	if i >= len(words) {
		return true
	}
	if words[i].multi {
		return words[i].span.start >= end
	}
	return words[i].span.end > end
}

// extendEnd grows a multi-word span's end to cover w's multi-word token.
func extendEnd(w word, end int) int {
	if w.multi && w.span.end > end {
		return w.span.end
	}
	return end
}

// multiwordSpan finds the smallest span from gw[gi] or sw[si], one of which
// is in a multi-word token, that no multi-word token sticks out of. It
// returns the first words inside (gs, ss) and the first words after it.
func multiwordSpan(gw, sw []word, gi, si int) (gs, ss, ge, se int) {
	var end int
	if gw[gi].multi {
		end = gw[gi].span.end
		if !sw[si].multi && sw[si].span.start < gw[gi].span.start {
			si++
		}
	} else {
		end = sw[si].span.end
		if !gw[gi].multi && gw[gi].span.start < sw[si].span.start {
			gi++
		}
	}
	gs, ss = gi, si
	for !beyondEnd(gw, gi, end) || !beyondEnd(sw, si, end) {
		if gi < len(gw) && (si >= len(sw) || gw[gi].span.start <= sw[si].span.start) {
			end = extendEnd(gw[gi], end)
			gi++
		} else {
			end = extendEnd(sw[si], end)
			si++
		}
	}
	return gs, ss, gi, si
}

// alignLCS aligns the words of one multi-word span by the longest common
// subsequence of their lower-cased forms; g0 and s0 are the indices of
// g[0] and s[0].
func alignLCS(a *alignment, g, s []word, g0, s0 int) {
	gf, sf := lowerForms(g), lowerForms(s)
	// lcs[i][j] is the LCS length of gf[i:] and sf[j:].
	lcs := make([][]int, len(g)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(s)+1)
	}
	for i := len(g) - 1; i >= 0; i-- {
		for j := len(s) - 1; j >= 0; j-- {
			if gf[i] == sf[j] {
				lcs[i][j] = 1 + lcs[i+1][j+1]
			}
			lcs[i][j] = max(lcs[i][j], lcs[i+1][j], lcs[i][j+1])
		}
	}
	for i, j := 0, 0; i < len(g) && j < len(s); {
		switch {
		case gf[i] == sf[j]:
			a.add(g0+i, s0+j)
			i++
			j++
		case lcs[i][j] == lcs[i+1][j]:
			i++
		default:
			j++
		}
	}
}

func lowerForms(ws []word) []string {
	fs := make([]string, len(ws))
	for i, w := range ws {
		fs[i] = strings.ToLower(w.form)
	}
	return fs
}
