package petrarchcode

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// isVerb reports whether token v can be a coded verb: a verb, not an
// auxiliary, and not a word inside a noun phrase ("the affected
// villages").
func (x *sent) isVerb(v int) bool {
	if x.ne[v] >= 0 || x.upos[v] == dyad.AUX {
		return false
	}
	return x.upos[v] == dyad.VERB || strings.HasPrefix(x.xpos[v], "VB")
}

// rescueVerbs makes verbs of dictionary verbs the tagger took for bare
// nouns where only a verb fits: right after an infinitive "to" ("inching
// nearer to accord with Gondor"), or right after the proper name that
// opens the clause and before a preposition or determiner ("Ethiopia act
// on a resolution").
func (c *Coder) rescueVerbs(x *sent) {
	for i := 1; i+1 < x.n(); i++ {
		if x.upos[i] != dyad.NOUN || len(c.verbs.forms[x.words[i]]) == 0 {
			continue
		}
		bare := true
		for _, k := range x.kids[i] {
			switch x.dep[k] {
			case "det", "det:poss", "nummod", "amod", "nmod:poss":
				bare = false
			case "case":
				bare = bare && k == i-1 && x.words[k] == "TO"
			}
		}
		if !bare {
			continue
		}
		next := x.upos[i+1]
		follows := next == dyad.ADP || next == dyad.DET
		switch {
		case x.words[i-1] == "TO" && (follows || next == dyad.PROPN || next == dyad.PRON):
		case x.upos[i-1] == dyad.PROPN && follows && x.opensClause(i-1):
		default:
			continue
		}
		x.upos[i] = dyad.VERB
	}
}

// opensClause reports whether the run of proper names ending at token i
// starts the sentence or follows a comma.
func (x *sent) opensClause(i int) bool {
	for i >= 0 && x.upos[i] == dyad.PROPN {
		i--
	}
	return i < 0 || x.words[i] == ","
}

// findVerb returns the dictionary verb at token v, with the first and
// last token of its words: a multi-word verb whose other words stand
// around v ("broken down", "wire tapped") before a one-word verb. Words
// PETRARCH skips may come between the words of a multi-word verb. When
// the tagger took another word of a multi-word verb for the verb ("wire"
// in "will not wire tap"), the verb is found from that word.
func (c *Coder) findVerb(x *sent, v int) (*verbForm, int, int) {
	var best *verbForm
	bs, be := v, v
	try := func(f *verbForm, k int) {
		s, e, ok := x.align(v, f.words(), k)
		if ok && (best == nil || len(f.pre)+len(f.post) > len(best.pre)+len(best.post)) {
			best, bs, be = f, s, e
		}
	}
	for _, f := range c.verbs.forms[x.words[v]] {
		try(f, len(f.pre))
	}
	for _, f := range c.verbs.others[x.words[v]] {
		for k, w := range f.words() {
			if w == x.words[v] && k != len(f.pre) {
				try(f, k)
			}
		}
	}
	return best, bs, be
}

// align checks that the words ws of a verb stand around token v, which is
// ws[k], and returns the first and last token they cover.
func (x *sent) align(v int, ws []string, k int) (int, int, bool) {
	e := v
	for _, w := range ws[k+1:] {
		e++
		for e < x.n() && x.skip(e) && x.words[e] != w {
			e++
		}
		if e >= x.n() || x.words[e] != w {
			return 0, 0, false
		}
	}
	s := v
	for i := k - 1; i >= 0; i-- {
		s--
		for s >= 0 && x.skip(s) && x.words[s] != ws[i] {
			s--
		}
		if s < 0 || x.words[s] != ws[i] {
			return 0, 0, false
		}
	}
	return s, e, true
}

// phraseEnd returns the last token of verb v's phrase: v and what hangs
// from it, less coordinated verbs (each codes on its own) and clauses of
// their own set off by a comma (", a senior official said").
func (x *sent) phraseEnd(v int) int {
	end := v
	var walk func(i int)
	walk = func(i int) {
		if i > end {
			end = i
		}
		for _, c := range x.kids[i] {
			if c > v && x.outside(v, c, i == v) {
				continue
			}
			walk(c)
		}
	}
	walk(v)
	// "is about to restore ... after crowds burned its embassy": what
	// follows the verb and hangs from the adjective it complements is the
	// verb's
	if h := x.head[v]; h >= 0 && x.dep[v] == "xcomp" && x.upos[h] == dyad.ADJ {
		for _, c := range x.kids[h] {
			if c > v && !x.outside(h, c, true) {
				walk(c)
			}
		}
	}
	// a trailing punctuation mark is not part of the phrase
	for end > v && (x.upos[end] == dyad.PUNCT) {
		end--
	}
	return end
}

// outside reports whether c, a word under verb v (a dependent of v when
// top is set), stands outside v's phrase: a coordinated verb with its
// conjunction, a parenthetical, and, at any depth, a clause whose subject
// comes after a comma that follows v (", a senior official said").
func (x *sent) outside(v, c int, top bool) bool {
	switch d := x.dep[c]; d {
	case "parataxis", "punct", "cc":
		return top
	case "conj":
		if !top {
			return false
		}
		if x.nominal(c) {
			return false
		}
		return x.hasCC(c) || x.commaBetween(v, c)
	case "advcl", "ccomp", "advcl:relcl", "acl:relcl", "xcomp":
		// a clause whose subject comes after a comma that follows v
		for _, k := range x.kids[c] {
			if !strings.HasPrefix(x.dep[k], "nsubj") {
				continue
			}
			for t := v + 1; t < k; t++ {
				if x.commas[t] && !x.gone[t] {
					return true
				}
			}
		}
	}
	return false
}

// commaBetween reports a comma that separates clauses between token v
// and the first word of c's subtree.
func (x *sent) commaBetween(v, c int) bool {
	st := x.subtree(c)
	for t := v + 1; t < st[0]; t++ {
		if x.commas[t] && !x.gone[t] {
			return true
		}
	}
	return st[0] > 0 && x.commas[st[0]-1] && !x.gone[st[0]-1]
}

// upperView returns the words before token vs, read backwards back to a
// comma that separates clauses or the start of the sentence.
func (x *sent) upperView(vs int) *view {
	v := &view{x: x, back: true}
	for t := vs - 1; t >= 0; t-- {
		if x.gone[t] {
			continue
		}
		if x.commas[t] {
			break
		}
		v.toks = append(v.toks, t)
	}
	return v
}

// lowerView returns the words after token ve up to end.
func (x *sent) lowerView(ve, end int) *view {
	v := &view{x: x}
	for t := ve + 1; t <= end && t < x.n(); t++ {
		if !x.gone[t] {
			v.toks = append(v.toks, t)
		}
	}
	return v
}

// passive reports a passive verb. PETRARCH-1 takes a participle with a
// form of "be" before it and "by" after it in its phrase for passive;
// PETRARCH-2 dictionaries are read with the parse's own passive.
func (x *sent) passive(v int, low *view, twoLevel bool) bool {
	pass := false
	for _, c := range x.kids[v] {
		if d := x.dep[c]; d == "aux:pass" || d == "nsubj:pass" {
			pass = true
		}
	}
	if twoLevel {
		return pass
	}
	if !pass || x.xpos[v] != "VBN" {
		return false
	}
	for _, t := range low.toks {
		if x.words[t] == "BY" {
			return true
		}
	}
	return false
}

// negated reports a negated verb ("did not attack", "won't tap").
func (x *sent) negated(v int) bool {
	for _, c := range x.kids[v] {
		switch x.lemma[c] {
		case "not", "n't", "never":
			if d := x.dep[c]; d == "advmod" || d == "neg" || d == "aux" {
				return true
			}
		}
	}
	return false
}

// deleteClauses marks the separating commas and takes out the
// comma-delimited clauses the options name, as PETRARCH's check_commas
// does: the clause before the first comma, the one after the last, then
// each between two commas, by their numbers of words.
func (x *sent) deleteClauses(o Options) {
	x.deleteWith(o)
	// a deletion that leaves no verb took the main clause: "Arnor, in a
	// statement issued on Monday, opposed Gondor" is not "..., X said"
	for i := range x.words {
		if !x.gone[i] && x.upos[i] == dyad.VERB {
			return
		}
	}
	for i := range x.gone {
		x.gone[i] = false
	}
	o.CommaEMax = 0
	x.deleteWith(o)
}

func (x *sent) deleteWith(o Options) {
	var commas []int
	for i, w := range x.words {
		if w == "," && x.ne[i] < 0 {
			x.commas[i] = true
			commas = append(commas, i)
		}
	}
	if len(commas) == 0 {
		return
	}
	end := x.n()
	for end > 0 && x.upos[end-1] == dyad.PUNCT && !x.commas[end-1] {
		end--
	}
	count := func(lo, hi int) int {
		n := 0
		for t := lo; t < hi; t++ {
			if !x.gone[t] && isAlphaWord(x.words[t]) {
				n++
			}
		}
		return n
	}
	del := func(lo, hi int) {
		for t := lo; t < hi; t++ {
			x.gone[t] = true
		}
	}
	if o.CommaBMax != 0 {
		if n := count(0, commas[0]); n >= o.CommaBMin && n <= o.CommaBMax {
			del(0, commas[0])
		}
	}
	if o.CommaEMax != 0 {
		last := commas[len(commas)-1]
		if n := count(last+1, end); n >= o.CommaEMin && n <= o.CommaEMax {
			del(last+1, end)
		}
	}
	if o.CommaMax != 0 {
		for k := 0; k+1 < len(commas); k++ {
			a, b := commas[k], commas[k+1]
			if n := count(a+1, b); n >= o.CommaMin && n <= o.CommaMax {
				del(a, b)
				// a parenthetical between a subject and its verb goes
				// with both its commas: "X, in remarks published on
				// Monday, urged" reads "X urged"
				if b+1 < x.n() && (x.upos[b+1] == dyad.VERB || x.upos[b+1] == dyad.AUX || x.upos[b+1] == dyad.ADV) {
					x.gone[b] = true
				}
			}
		}
	}
	// a comma with nothing left before it, or after it, goes too
	first, last := -1, -1
	for _, c := range commas {
		if x.gone[c] {
			continue
		}
		if first < 0 {
			first = c
		}
		last = c
	}
	if first >= 0 && count(0, first) == 0 {
		x.gone[first] = true
	}
	if last >= 0 && count(last+1, end) == 0 {
		x.gone[last] = true
	}
}

func isAlphaWord(w string) bool {
	return w != "" && (w[0] >= 'A' && w[0] <= 'Z' || w[0] >= 0x80)
}

// subjectPhrase returns the phrase of verb v's subject: its own, that of
// the verb it complements or is coordinated with, or the noun a relative
// clause modifies; -1 when there is none.
func (x *sent) subjectPhrase(v int) int {
	for depth := 0; depth < 6 && v >= 0; depth++ {
		for _, c := range x.kids[v] {
			if d := x.dep[c]; d == "nsubj" || d == "nsubj:pass" {
				if x.upos[c] == dyad.PRON && (x.lemma[c] == "who" || x.lemma[c] == "which" || x.lemma[c] == "that") &&
					x.head[v] >= 0 {
					return x.ne[x.head[v]]
				}
				return x.ne[c]
			}
		}
		switch x.dep[v] {
		case "xcomp", "conj", "advcl":
			v = x.head[v]
		case "acl", "acl:relcl":
			if x.head[v] >= 0 {
				return x.ne[x.head[v]]
			}
			return -1
		default:
			return -1
		}
	}
	return -1
}

// phraseView returns the words of phrase p, read backwards.
func (x *sent) phraseView(p int) *view {
	v := &view{x: x, back: true}
	ph := x.phr[p]
	for t := ph.end - 1; t >= ph.start; t-- {
		if !x.gone[t] {
			v.toks = append(v.toks, t)
		}
	}
	return v
}

// withoutClauses returns low less the clauses that hang in it (a "that"
// clause, an adverbial clause, a relative clause): the words a PETRARCH-2
// pattern reads after the verb.
func (x *sent) withoutClauses(low *view, v int) *view {
	out := &view{x: x, back: low.back}
	in := map[int]bool{}
	for _, t := range low.toks {
		in[t] = true
	}
	for _, t := range low.toks {
		if !in[t] || t == v {
			continue
		}
		switch x.dep[t] {
		case "ccomp", "advcl", "acl:relcl", "advcl:relcl", "parataxis", "csubj":
			for _, u := range x.subtree(t) {
				in[u] = false
			}
		}
	}
	for _, t := range low.toks {
		if in[t] {
			out.toks = append(out.toks, t)
		}
	}
	return out
}
