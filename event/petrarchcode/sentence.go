package petrarchcode

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

// sent is one sentence as the coder sees it: its words, the parse, the
// noun phrases (PETRARCH's "NE"s) with their codes, and the words that
// comma-clause deletion took out.
type sent struct {
	d      *dyad.Document
	first  int      // document index of the first token
	words  []string // upper-case text of each token
	upos   []dyad.UPOS
	xpos   []string
	lemma  []string
	dep    []string
	head   []int // local index of the head, -1 for the root or outside the sentence
	kids   [][]int
	ne     []int // the phrase a token belongs to, -1 for none
	phr    []*phrase
	gone   []bool // deleted with a comma-delimited clause
	commas []bool // a comma that separates clauses (not one inside a phrase)
}

// phrase is a noun phrase: one actor, or a compound of several ("Arnor
// and Gondor"), each member with its code.
type phrase struct {
	start, end int   // local token range [start, end)
	head       int   // the head of the first member
	heads      []int // the heads of the conjuncts
	members    []member
}

type member struct {
	toks []int
	code string
}

func (p *phrase) compound() bool { return len(p.members) > 1 }

// codes returns the codes a phrase stands for: a compound's non-null
// member codes (all null: NullCode), or the phrase's one code.
func (p *phrase) codes() []string {
	if !p.compound() {
		return []string{p.members[0].code}
	}
	var out []string
	for _, m := range p.members {
		if m.code != NullCode {
			out = append(out, m.code)
		}
	}
	if len(out) == 0 {
		out = []string{NullCode}
	}
	return out
}

// coded reports whether the phrase names an actor or agent (a compound
// always counts, as in PETRARCH).
func (p *phrase) coded() bool { return p.compound() || p.members[0].code != NullCode }

// code is the code of a simple phrase ("" for a compound).
func (p *phrase) code() string {
	if p.compound() {
		return ""
	}
	return p.members[0].code
}

func newSent(d *dyad.Document, s dyad.Sentence) *sent {
	n := s.End - s.Start
	x := &sent{d: d, first: s.Start, words: make([]string, n), upos: make([]dyad.UPOS, n), xpos: make([]string, n),
		lemma: make([]string, n), dep: make([]string, n), head: make([]int, n), kids: make([][]int, n),
		ne: make([]int, n), gone: make([]bool, n), commas: make([]bool, n)}
	for i := 0; i < n; i++ {
		t := d.Tokens[s.Start+i]
		x.words[i] = strings.ToUpper(d.TokenText(s.Start + i))
		x.upos[i] = t.UPOS
		x.xpos[i] = t.XPOS.String()
		x.lemma[i] = strings.ToLower(t.Lemma)
		x.dep[i] = t.Dep.String()
		x.head[i] = -1
		if t.Head >= s.Start && t.Head < s.End {
			x.head[i] = t.Head - s.Start
		}
		x.ne[i] = -1
	}
	for i, h := range x.head {
		if h >= 0 {
			x.kids[h] = append(x.kids[h], i)
		}
	}
	return x
}

func (x *sent) n() int { return len(x.words) }

// skipWords are the words PETRARCH's matcher passes over: articles, a few
// pronouns and auxiliaries, number words and numbers.
var skipWords = map[string]bool{"THE": true, "A": true, "AN": true, "IT": true, "HE": true, "THEY": true,
	"HER": true, "HAS": true, "HAD": true, "HAVE": true, "SOME": true, "FEW": true, "THAT": true,
	"HUNDRED": true, "THOUSAND": true, "MILLION": true, "BILLION": true, "TRILLION": true, "DOZEN": true,
	"ONE": true, "TWO": true, "THREE": true, "FOUR": true, "FIVE": true, "SIX": true, "SEVEN": true,
	"EIGHT": true, "NINE": true, "DOLLAR": true, "DUCAT": true}

func (x *sent) skip(i int) bool {
	w := x.words[i]
	if skipWords[w] {
		return true
	}
	if w != "" && (w[0] >= '0' && w[0] <= '9') {
		return true
	}
	return false
}

func (x *sent) nominal(i int) bool {
	switch x.upos[i] {
	case dyad.NOUN, dyad.PROPN, dyad.PRON:
		return true
	case dyad.NUM:
		return x.dep[i] != "nummod" && x.dep[i] != "compound"
	}
	return false
}

// absorbed lists the relations that make a word part of its head's noun
// phrase.
var absorbed = map[string]bool{"det": true, "det:poss": true, "det:predet": true, "amod": true, "compound": true,
	"flat": true, "flat:name": true, "flat:foreign": true, "fixed": true, "goeswith": true, "nmod:poss": true,
	"nummod": true, "nmod:desc": true, "nmod:unmarked": true, "det:nummod": true}

// inner lists relations whose words belong to a phrase when they hang
// from a word inside it ("very senior", "awful and evil").
var inner = map[string]bool{"advmod": true, "cc": true, "conj": true, "case": true, "punct": true}

// timeWords head noun phrases of time that PETRARCH does not take for
// actors when they stand without a preposition ("today", "last June").
var timeWords = map[string]bool{"today": true, "yesterday": true, "tomorrow": true, "tonight": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "week": true, "month": true, "year": true, "day": true, "night": true, "morning": true,
	"afternoon": true, "evening": true, "weekend": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "time": true, "now": true}

// base returns the words of the noun phrase headed by h without its
// prepositional phrases and conjuncts: the longest run of words around h
// that hang from it by the relations in absorbed.
func (x *sent) base(h int) []int {
	in := map[int]bool{h: true}
	var walk func(i int, top bool)
	walk = func(i int, top bool) {
		for _, c := range x.kids[i] {
			d := x.dep[c]
			ok := absorbed[d]
			if !top && inner[d] {
				ok = true
			}
			if d == "case" && x.xpos[c] == "POS" {
				ok = true
			}
			if top && d == "punct" && c > h {
				ok = x.xpos[c] == "HYPH" // "Al-Qaeda", not a trailing comma
			}
			if ok {
				in[c] = true
				walk(c, false)
			}
		}
	}
	walk(h, true)
	lo, hi := h, h
	for lo-1 >= 0 && in[lo-1] {
		lo--
	}
	for hi+1 < x.n() && in[hi+1] {
		hi++
	}
	for lo < h && x.upos[lo] == dyad.PUNCT {
		lo++
	}
	for hi > h && (x.upos[hi] == dyad.PUNCT || x.upos[hi] == dyad.CCONJ) {
		hi--
	}
	out := make([]int, 0, hi-lo+1)
	for i := lo; i <= hi; i++ {
		out = append(out, i)
	}
	return out
}

// caseOf returns the preposition marking nominal i, or -1.
func (x *sent) caseOf(i int) int {
	for _, c := range x.kids[i] {
		if x.dep[c] == "case" && x.xpos[c] != "POS" {
			return c
		}
	}
	return -1
}

// conjuncts returns the nominal conjuncts of h, in order. A conjunct needs
// a conjunction or comma before it (the parser's "conj" without one is
// taken for an error), and a coordination of coordinations ("Calenardhon
// and Gondor, and Gondor and Dagolath") is cut after its first "and", as
// PETRARCH reads only a coordination with one conjunction as a compound.
func (x *sent) conjuncts(h int) []int {
	var out []int
	ccs := 0
	for _, c := range x.kids[h] {
		if x.dep[c] != "conj" || !x.nominal(c) || c < h {
			continue
		}
		cc := x.hasCC(c)
		if !cc && !x.commaBefore(c) {
			continue
		}
		if ccs > 0 {
			break
		}
		if cc {
			ccs++
		}
		out = append(out, c)
	}
	return out
}

// hasCC reports whether conjunct c has a coordinating conjunction.
func (x *sent) hasCC(c int) bool {
	for _, k := range x.kids[c] {
		if x.dep[k] == "cc" && k < c {
			return true
		}
	}
	return false
}

// commaBefore reports whether a comma stands right before the words of
// conjunct c.
func (x *sent) commaBefore(c int) bool {
	b := x.base(c)
	return b[0] > 0 && x.words[b[0]-1] == ","
}

// ppChild returns the first prepositional modifier of noun h that
// PETRARCH folds into h's phrase: an nmod right after h's words whose own
// phrase has no prepositional phrase (PETRARCH takes in one level only).
func (x *sent) ppChild(h int, end int) (prep, obj int) {
	for _, c := range x.kids[h] {
		if c < h || x.dep[c] != "nmod" || !x.nominal(c) {
			continue
		}
		p := x.caseOf(c)
		if p < 0 || p != end {
			continue
		}
		if !x.singleLevel(c) {
			return -1, -1
		}
		return p, c
	}
	return -1, -1
}

// singleLevel reports whether the phrase of nominal m, with its
// conjuncts, has no prepositional phrase of its own.
func (x *sent) singleLevel(m int) bool {
	heads := append([]int{m}, x.conjuncts(m)...)
	for _, h := range heads {
		for _, c := range x.kids[h] {
			if c > h && x.dep[c] == "nmod" && x.caseOf(c) >= 0 {
				return false
			}
		}
	}
	return true
}

// expansion is a noun phrase expanded into the word lists of its members.
type expansion struct {
	members [][]int
	groups  []int // the conjunct each member comes from
	toks    map[int]bool
	claims  []int // the nominals the phrase takes in: conjuncts and objects of its preposition
}

// expand returns the members of the noun phrase headed by h: one per
// conjunct and, when a prepositional phrase holds a compound ("the
// ambassadors of Arnor, Osgiliath and Gondor"), one per conjunct of that.
// Adjectives before the first conjunct go to the others ("Danish media and
// government"), and a prepositional phrase after the last conjunct goes to
// all ("lawmakers and officials in Fornost and Gondor").
func (x *sent) expand(h int) expansion {
	ex := expansion{toks: map[int]bool{}}
	heads := append([]int{h}, x.conjuncts(h)...)
	var mods []int
	for _, c := range x.kids[h] {
		if c < h && (x.dep[c] == "amod" || x.dep[c] == "compound") {
			mods = append(mods, x.subtree(c)...)
		}
	}
	sort.Ints(mods)
	bases := make([][]int, len(heads))
	for k, hk := range heads {
		bases[k] = x.base(hk)
		for _, t := range bases[k] {
			ex.toks[t] = true
		}
		if k > 0 {
			ex.claims = append(ex.claims, hk)
		}
	}
	// tails returns the prepositional phrase of hk that starts at end, as
	// one tail per member of its object
	tails := func(hk, end int) [][]int {
		p, o := x.ppChild(hk, end)
		if o < 0 {
			return nil
		}
		sub := x.expand(o)
		ex.claims = append(ex.claims, o)
		ex.claims = append(ex.claims, sub.claims...)
		ex.toks[p] = true
		for t := range sub.toks {
			ex.toks[t] = true
		}
		var out [][]int
		for _, m := range sub.members {
			out = append(out, concat([]int{p}, m))
		}
		return out
	}
	var shared [][]int
	if len(heads) > 1 {
		last := bases[len(bases)-1]
		shared = tails(h, last[len(last)-1]+1)
	}
	for k, hk := range heads {
		b := x.memberBase(k, hk, bases[k], mods)
		ts := tails(hk, bases[k][len(bases[k])-1]+1)
		if ts == nil {
			ts = shared
		}
		if ts == nil {
			ts = [][]int{nil}
		}
		for _, v := range x.splits(hk, b) {
			for _, t := range ts {
				ex.members = append(ex.members, concat(v, t))
				ex.groups = append(ex.groups, k)
			}
		}
	}
	return ex
}

// splits returns the readings of a conjunct's words b when a modifier of
// its head hk is itself coordinated ("Eriadori and Calenardhon leaders"):
// one reading per coordinated modifier, the others left out.
func (x *sent) splits(hk int, b []int) [][]int {
	inB := map[int]bool{}
	for _, t := range b {
		inB[t] = true
	}
	for _, m := range x.kids[hk] {
		if m > hk || (x.dep[m] != "amod" && x.dep[m] != "compound") {
			continue
		}
		alts := []int{m}
		for _, c := range x.kids[m] {
			if x.dep[c] == "conj" && inB[c] {
				alts = append(alts, c)
			}
		}
		if len(alts) == 1 {
			continue
		}
		drop := map[int]bool{}
		for _, a := range alts {
			for _, t := range x.subtree(a) {
				drop[t] = true
			}
		}
		var out [][]int
		for _, a := range alts {
			keep := map[int]bool{}
			for _, t := range x.own(a) {
				keep[t] = true
			}
			var r []int
			for _, t := range b {
				if !drop[t] || keep[t] {
					r = append(r, t)
				}
			}
			out = append(out, r)
		}
		return out
	}
	return [][]int{b}
}

// own returns i and what hangs from it, less its conjuncts and
// conjunctions.
func (x *sent) own(i int) []int {
	out := []int{i}
	for k := 0; k < len(out); k++ {
		for _, c := range x.kids[out[k]] {
			if k == 0 && (x.dep[c] == "conj" || x.dep[c] == "cc") {
				continue
			}
			out = append(out, c)
		}
	}
	sort.Ints(out)
	return out
}

// memberBase returns the words of conjunct k: its own, with the first
// conjunct's adjectives in front when it has none of its own.
func (x *sent) memberBase(k, hk int, b, mods []int) []int {
	if k == 0 || len(mods) == 0 {
		return b
	}
	for _, c := range x.kids[hk] {
		if c < hk && (x.dep[c] == "amod" || x.dep[c] == "compound") {
			return b
		}
	}
	return concat(mods, b)
}

func concat(parts ...[]int) []int {
	var out []int
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// subtree returns i and everything below it, in order.
func (x *sent) subtree(i int) []int {
	out := []int{i}
	for k := 0; k < len(out); k++ {
		out = append(out, x.kids[out[k]]...)
	}
	sort.Ints(out)
	return out
}

// buildPhrases finds the noun phrases and codes them.
func (x *sent) buildPhrases(a *Actors, date time.Time) {
	x.retag(a, date)
	claim := map[int]bool{}
	// words inside another noun's phrase head none of their own
	for i := range x.words {
		if x.nominal(i) && x.head[i] >= 0 && absorbed[x.dep[i]] && x.headsPhrase(x.head[i]) {
			claim[i] = true
		}
	}
	for i := range x.words {
		if x.nominal(i) && !claim[i] {
			for _, t := range x.base(i) {
				if t != i {
					claim[t] = true
				}
			}
		}
	}
	for i := range x.words {
		if !x.nominal(i) || claim[i] || x.timeless(i) {
			continue
		}
		ex := x.expand(i)
		lo, hi := x.n(), -1
		for t := range ex.toks {
			lo, hi = min(lo, t), max(hi, t)
		}
		// a phrase is a run of words: one that its conjuncts or
		// prepositional phrase would stretch over a clause is cut back to
		// its head's own words
		if !x.contiguous(ex.toks, lo, hi) {
			b := x.base(i)
			ex = expansion{members: [][]int{b}}
			lo, hi = b[0], b[len(b)-1]
		}
		overlap := false
		for t := lo; t <= hi; t++ {
			if x.ne[t] >= 0 {
				overlap = true
			}
		}
		if overlap {
			continue
		}
		for _, c := range ex.claims {
			claim[c] = true
		}
		p := &phrase{start: lo, end: hi + 1, head: i}
		seen := map[string]bool{}
		for k, m := range ex.members {
			code := a.Code(x.phraseWords(m), date)
			g := 0
			if k < len(ex.groups) {
				g = ex.groups[k]
			}
			// readings of one conjunct that code alike are one member
			key := fmt.Sprint(g, code)
			if seen[key] {
				continue
			}
			seen[key] = true
			p.members = append(p.members, member{toks: m, code: code})
		}
		p.heads = append([]int{i}, x.conjuncts(i)...)
		for t := lo; t <= hi; t++ {
			x.ne[t] = len(x.phr)
		}
		x.phr = append(x.phr, p)
	}
	sort.Slice(x.phr, func(i, j int) bool { return x.phr[i].start < x.phr[j].start })
	x.mergePhrases(a, date)
}

// mergePhrases joins phrases the parse split: a list whose parts the
// parser hung from one another or from different words ("Mordor, Rohan,
// Fornost and Bree", "Evil Mordor, the awful Arnor, and good Gondor")
// becomes one compound, and two phrases side by side, one hanging from the
// other or both in the same place ("Dagolath's first Deputy" + "Prime
// Minister Telemar"), one phrase.
func (x *sent) mergePhrases(a *Actors, date time.Time) {
	var out []*phrase
	for k := 0; k < len(x.phr); k++ {
		p := x.phr[k]
		if j, m := x.joinList(k); m != nil {
			p, k = m, j
		}
		for k+1 < len(x.phr) {
			m := x.joinAdjacent(p, x.phr[k+1], a, date)
			if m == nil {
				break
			}
			p = m
			k++
		}
		out = append(out, p)
	}
	x.phr = out
	for i := range x.ne {
		x.ne[i] = -1
	}
	for k, p := range x.phr {
		for t := p.start; t < p.end; t++ {
			x.ne[t] = k
		}
	}
}

// joinList returns the compound made of phrases k..j when they form a
// list: only commas and conjunctions between them, one conjunction in
// all, right before the last, and each later phrase hanging from an
// earlier one as a conjunct or apposition, or naming an actor by a proper
// name. It returns nil when there is no such list of two or more.
func (x *sent) joinList(k int) (int, *phrase) {
	ccs := x.ccsIn(x.phr[k])
	best := -1
	heads := append([]int{}, x.phr[k].heads...)
	for j := k + 1; j < len(x.phr); j++ {
		p, q := x.phr[j-1], x.phr[j]
		if q.start == p.end {
			break
		}
		sep := 0
		ok := true
		for t := p.end; t < q.start; t++ {
			switch {
			case x.words[t] == ",":
			case x.upos[t] == dyad.CCONJ:
				sep++
			default:
				ok = false
			}
		}
		if !ok {
			break
		}
		linked := (x.dep[q.head] == "conj" || x.dep[q.head] == "appos") && contains(heads, x.head[q.head])
		if !linked && !(allCoded(q) && x.upos[q.head] == dyad.PROPN) {
			break
		}
		ccs += sep + x.ccsIn(q)
		if ccs > 1 {
			break
		}
		heads = append(heads, q.heads...)
		if ccs == 1 && (sep == 1 || x.ccsIn(q) == 1) {
			best = j
		}
	}
	if best < 0 {
		return k, nil
	}
	m := &phrase{start: x.phr[k].start, end: x.phr[best].end, head: x.phr[k].head}
	for _, p := range x.phr[k : best+1] {
		m.heads = append(m.heads, p.heads...)
		m.members = append(m.members, p.members...)
	}
	return best, m
}

// ccsIn counts the conjunctions inside a phrase.
func (x *sent) ccsIn(p *phrase) int {
	n := 0
	for t := p.start; t < p.end; t++ {
		if x.upos[t] == dyad.CCONJ {
			n++
		}
	}
	return n
}

func allCoded(p *phrase) bool {
	for _, m := range p.members {
		if m.code == NullCode {
			return false
		}
	}
	return true
}

// joinAdjacent joins two phrases that touch when one hangs from the
// other, or both hang from one word by the same relation (a parse that
// gives a verb two subjects): "Dagolath's first Deputy" + "Prime Minister
// Telemar", "Eriador's death and injury" + "toll". The joined phrase is
// coded as one, headed by the second.
func (x *sent) joinAdjacent(p, q *phrase, a *Actors, date time.Time) *phrase {
	if p.end != q.start || q.compound() {
		return nil
	}
	if x.upos[q.start] == dyad.DET || x.upos[q.start] == dyad.PRON || x.upos[p.head] == dyad.PRON ||
		x.upos[q.head] == dyad.PRON {
		return nil
	}
	hp, hq := x.head[p.head], x.head[q.head]
	linked := hq >= p.start && hq < p.end || hp >= q.start && hp < q.end ||
		hp == hq && hp >= 0 && x.dep[p.head] == x.dep[q.head]
	if !linked || p.compound() && !(hp == hq) {
		return nil
	}
	toks := span(p.start, q.end)
	return &phrase{start: p.start, end: q.end, head: q.head, heads: []int{q.head},
		members: []member{{toks: toks, code: a.Code(x.phraseWords(toks), date)}}}
}

func contains(xs []int, v int) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

// headsPhrase reports whether word h can hold a noun phrase's modifiers:
// a noun, or an adjective or numeral acting as one. A name hung from a
// preposition or verb by a parse error ("at New Zealand" with "New" as
// "goeswith" of "at") heads a phrase of its own.
func (x *sent) headsPhrase(h int) bool {
	switch x.upos[h] {
	case dyad.NOUN, dyad.PROPN, dyad.PRON, dyad.NUM, dyad.ADJ:
		return true
	}
	return false
}

// timeless reports a bare noun phrase of time ("today", "last June",
// "next week"), which PETRARCH's parser marks NP-TMP, not NP.
func (x *sent) timeless(i int) bool {
	switch x.dep[i] {
	case "obl:tmod", "nmod:tmod", "obl:npmod", "nmod:npmod":
		return true
	}
	return timeWords[x.lemma[i]] && x.caseOf(i) < 0
}

// contiguous reports whether toks covers lo..hi with at most punctuation,
// conjunctions and determiners left out.
func (x *sent) contiguous(toks map[int]bool, lo, hi int) bool {
	for t := lo; t <= hi; t++ {
		if toks[t] {
			continue
		}
		switch x.upos[t] {
		case dyad.PUNCT, dyad.CCONJ, dyad.DET:
			continue
		}
		return false
	}
	return true
}

// phraseWords returns the words of a member for actor lookup, without the
// possessive marker; words written without a space between them
// ("Barad-dur") are one.
func (x *sent) phraseWords(toks []int) []string {
	out := make([]string, 0, len(toks))
	prev := -2
	for _, t := range toks {
		if x.xpos[t] == "POS" {
			prev = -2
			continue
		}
		w := x.d.TokenText(x.first + t)
		if prev == t-1 && len(out) > 0 && !x.d.SpaceAfter(x.first+prev) {
			out[len(out)-1] += w
		} else {
			out = append(out, w)
		}
		prev = t
	}
	return out
}

// retag makes nouns of capitalized words the tagger took for something
// else when the actor dictionary knows them ("Pyongyang" read as a verb).
func (x *sent) retag(a *Actors, date time.Time) {
	for i := 0; i < x.n(); i++ {
		if !x.oddTag(i) {
			continue
		}
		for j := min(x.n(), i+4); j > i; j-- {
			if _, ok := exact(a.actors, x.phraseWords(span(i, j)), date); ok {
				for t := i; t < j; t++ {
					if x.oddTag(t) {
						x.upos[t] = dyad.PROPN
					}
				}
				i = j - 1
				break
			}
		}
	}
}

// oddTag reports a capitalized word tagged neither noun nor adjective.
func (x *sent) oddTag(i int) bool {
	switch x.upos[i] {
	case dyad.NOUN, dyad.PROPN, dyad.ADJ, dyad.NUM, dyad.PRON, dyad.DET, dyad.PUNCT:
		return false
	}
	w := x.d.TokenText(x.first + i)
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

func span(i, j int) []int {
	out := make([]int, 0, j-i)
	for t := i; t < j; t++ {
		out = append(out, t)
	}
	return out
}
