package petrarchcode

import "strings"

// This file matches the patterns of a verb against the words around it,
// in PETRARCH-1's manner: the part of a pattern after the verb ("lower")
// against the words of the verb's phrase, in order; the part before it
// ("upper") against the words before the verb, read backwards from it.
// Elements written apart may have other words between them; elements
// joined by "_" may not, though words PETRARCH always passes over ("the",
// "has", numbers) may come between.

// view is a run of a sentence's words in the order a pattern part reads
// them: forwards from the verb, or backwards.
type view struct {
	x    *sent
	toks []int // local token indices, in reading order
	back bool
	// lemmas lets a pattern word match a word's lemma as well as its form
	// ("EFFORT" matches "efforts"), as PETRARCH-2 does.
	lemmas bool
}

// roles are the phrases a pattern binds.
type roles struct {
	src, tgt int  // phrase indices, -1 for none
	compound bool // % bound both
	words    int  // the number of words matched by the pattern's words and synsets
}

// step is a pattern element with whether it must touch the element read
// before it.
type step struct {
	e      *elem
	joined bool
}

// steps returns the elements of a pattern part in reading order.
func lowerSteps(p *pattern) []step {
	out := make([]step, len(p.lower))
	for i, e := range p.lower {
		out[i] = step{e, e.joined}
	}
	return out
}

func upperSteps(p *pattern) []step {
	n := len(p.upper)
	out := make([]step, n)
	for i := 0; i < n; i++ {
		e := p.upper[n-1-i]
		// e touches what comes after it in the text: the verb for the last
		// element, else the element after it
		j := p.verbJoined
		if n-1-i+1 < n {
			j = p.upper[n-1-i+1].joined
		}
		out[i] = step{e, j}
	}
	return out
}

// seqSteps returns a phrase's elements (a synset member, a group) as
// consecutive steps in the reading order of v.
func seqSteps(es []*elem, back bool, joinedFirst bool) []step {
	n := len(es)
	out := make([]step, n)
	for i := 0; i < n; i++ {
		e := es[i]
		if back {
			e = es[n-1-i]
		}
		out[i] = step{e, i > 0 || joinedFirst}
	}
	return out
}

// starts returns the positions from q at which an element may start:
// q itself (past any words PETRARCH skips) when it is joined, any
// position otherwise.
func (v *view) starts(q int, joined bool) []int {
	if !joined {
		out := make([]int, 0, len(v.toks)-q)
		for i := q; i < len(v.toks); i++ {
			out = append(out, i)
		}
		return out
	}
	out := []int{q}
	for i := q; i < len(v.toks) && v.x.skip(v.toks[i]); i++ {
		out = append(out, i+1)
	}
	return out
}

type cont func(q int, r roles) bool

// seq matches steps from position q and calls k with where they end.
func (v *view) seq(ss []step, q int, r roles, k cont) bool {
	if len(ss) == 0 {
		return k(q, r)
	}
	for _, q0 := range v.starts(q, ss[0].joined) {
		if q0 > len(v.toks) {
			break
		}
		if v.one(ss[0].e, q0, r, func(q1 int, r1 roles) bool { return v.seq(ss[1:], q1, r1, k) }) {
			return true
		}
	}
	return false
}

// one matches a single element at position q.
func (v *view) one(e *elem, q int, r roles, k cont) bool {
	if q >= len(v.toks) {
		return false
	}
	t := v.toks[q]
	switch e.kind {
	case eWord:
		if v.word(t, e.word) {
			r.words++
			return k(q+1, r)
		}
	case eSynset:
		for _, m := range e.syn.members {
			if v.seq(seqSteps(m, v.back, true), q, r, k) {
				return true
			}
		}
	case eSource, eTarget, eCompound, eSkip:
		p := v.x.ne[t]
		if p < 0 {
			return false
		}
		if e.kind == eCompound && !v.x.phr[p].compound() {
			return false
		}
		q1 := q
		for q1 < len(v.toks) && v.x.ne[v.toks[q1]] == p {
			q1++
		}
		switch e.kind {
		case eSource:
			r.src = p
		case eTarget:
			r.tgt = p
		case eCompound:
			if v.back {
				r.src, r.tgt, r.compound = p, p, true
			} else {
				r.tgt = p
			}
		}
		return k(q1, r)
	case eNP:
		return v.np(e, q, r, k)
	case ePP:
		// the preposition and its object's words, one after the other
		return v.seq(seqSteps(e.kids, v.back, true), q, r, k)
	}
	return false
}

func (v *view) word(t int, w string) bool {
	return v.x.words[t] == w || v.lemmas && strings.ToUpper(v.x.lemma[t]) == w
}

// np matches a noun phrase group {A B HEAD} within one phrase: HEAD on a
// word that heads a noun (not one that modifies another), the word before
// it right before it, the others before that, in order, with other words
// between them.
func (v *view) np(e *elem, q int, r roles, k cont) bool {
	p := v.x.ne[v.toks[q]]
	if p < 0 || len(e.kids) == 0 {
		return false
	}
	// the group's extent in the view
	lo, hi := q, q
	for lo > 0 && v.x.ne[v.toks[lo-1]] == p {
		lo--
	}
	for hi < len(v.toks) && v.x.ne[v.toks[hi]] == p {
		hi++
	}
	kids := e.kids
	head, mods := kids[len(kids)-1], kids[:len(kids)-1]
	for h := q; h < hi; h++ {
		t := v.toks[h]
		if absorbed[v.x.dep[t]] || !v.x.nominal(t) {
			continue
		}
		if !v.one(head, h, roles{src: -1, tgt: -1}, func(int, roles) bool { return true }) {
			continue
		}
		var ok bool
		if !v.back {
			// the modifiers before the head, read backwards from it
			back := &view{x: v.x, back: true, lemmas: v.lemmas}
			for i := h - 1; i >= max(lo, q); i-- {
				back.toks = append(back.toks, v.toks[i])
			}
			ss := make([]step, len(mods))
			for i := range mods {
				m := mods[len(mods)-1-i]
				ss[i] = step{m, i == 0}
			}
			ok = back.seq(ss, 0, r, func(_ int, r1 roles) bool {
				return v.one(head, h, r1, k)
			})
		} else {
			// read backwards the head comes first; the modifiers after it
			ss := make([]step, len(mods)+1)
			ss[0] = step{head, true}
			for i := range mods {
				m := mods[len(mods)-1-i]
				ss[i+1] = step{m, i == 0}
			}
			sub := &view{x: v.x, toks: v.toks[:hi], back: true, lemmas: v.lemmas}
			ok = sub.seq(ss, h, r, k)
		}
		if ok {
			return true
		}
	}
	return false
}
