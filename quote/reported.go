package quote

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// reported finds indirect and mixed quotations: a cue with a clause as
// its complement ("Analysts suggest that ...", "X claimed ..."), a clause
// that the cue follows ("The deal is dead, officials said."), and "according
// to X" with the rest of its sentence. A quotation inside the clause makes
// it mixed and is not reported again on its own.
func (x *extractor) reported() []*candidate {
	var out []*candidate
	for i := range x.d.Tokens {
		c := x.cueOf[i]
		if c == nil || c.used {
			continue
		}
		var lo, hi int
		if c.class == according {
			lo, hi = x.accordingContent(c)
		} else {
			lo, hi = x.clauseContent(c)
		}
		if lo < 0 {
			continue
		}
		cand := x.reportedCandidate(c, lo, hi)
		if cand != nil {
			out = append(out, cand)
		}
	}
	return out
}

// clauseContent returns the token range of the clause that cue c
// reports, or -1, -1.
func (x *extractor) clauseContent(c *cue) (int, int) {
	v := c.tok
	if x.negated(v) {
		return -1, -1
	}
	// the speaker must be someone: no "it is said that", no passive
	// without an agent
	subj := x.subjectOf(v)
	if x.hasChild(v, "aux:pass") && !x.hasChild(v, "obl:agent") {
		// "it is said that", "I was told that": nobody speaks
		return -1, -1
	}
	switch c.class {
	case thought:
		if subj < 0 {
			return -1, -1
		}
		switch x.lower(subj) {
		case "you":
			return -1, -1
		}
	case finding:
		if subj < 0 || !findingNouns[x.lower(subj)] && !docNouns[x.lower(subj)] {
			return -1, -1
		}
	}
	for _, ch := range x.kids[v] {
		if x.dep(ch) != "ccomp" || x.pieceOf[ch] >= 0 && x.pieces[x.pieceOf[ch]].cue == c && x.pieces[x.pieceOf[ch]].mixedAt < 0 {
			continue
		}
		lo, hi := x.span(ch)
		if lo < v && hi > v {
			continue
		}
		if !x.clauseBelow(ch) {
			continue
		}
		return lo, hi
	}
	if c.class == speech {
		return x.fronted(c)
	}
	return -1, -1
}

// fronted finds the clause that a cue follows at the end of its sentence:
// "Nurses will strike next week, their union said on Monday." The cue's
// subject must follow a comma, and only adverbials may follow the cue.
func (x *extractor) fronted(c *cue) (int, int) {
	d := x.d
	ss, se := x.sentenceRange(c.tok)
	if x.hasChild(c.tok, "obj") || x.hasChild(c.tok, "ccomp") || x.hasChild(c.tok, "xcomp") {
		return -1, -1
	}
	for i := c.end; i < se; i++ {
		if x.pieceOf[i] >= 0 || x.finite(i) || x.cueOf[i] != nil {
			return -1, -1
		}
	}
	// the comma before the subject, or before the cue ("..., said the union")
	s := x.subjectOf(c.tok)
	at := c.start
	if s >= 0 && s < c.start {
		lo, _ := x.span(s)
		at = lo
	}
	for at > ss && (d.Tokens[at-1].UPOS == dyad.ADV || x.lower(at-1) == "also") {
		at--
	}
	if at <= ss || d.TokenText(at-1) != "," {
		return -1, -1
	}
	lo, hi := ss, at-1
	if x.words(lo, hi) < 3 || !x.anyClause(lo, hi) {
		return -1, -1
	}
	return lo, hi
}

// clauseBelow reports whether token h heads a clause, or has one below it
// that a misparse hid ("the panel had ignored evidence" with "evidence" as
// the head).
func (x *extractor) clauseBelow(h int) bool {
	if x.isClause(h) {
		return true
	}
	lo, hi := x.span(h)
	return x.anyClause(lo, hi)
}

// anyVerb reports whether tokens [lo, hi) hold a verb.
func (x *extractor) anyVerb(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if x.d.Tokens[i].UPOS == dyad.VERB || x.d.Tokens[i].UPOS == dyad.AUX {
			return true
		}
	}
	return false
}

// anyClause reports whether tokens [lo, hi) hold a finite verb.
func (x *extractor) anyClause(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if x.finite(i) {
			return true
		}
	}
	return false
}

// accordingContent returns the token range of what "according to X"
// attributes: the rest of its sentence, on the longer side of the phrase.
func (x *extractor) accordingContent(c *cue) (int, int) {
	ss, se := x.sentenceRange(c.tok)
	pe := c.end
	// the source's words
	if x.lower(c.tok) == "words" {
		for _, ch := range x.kids[c.tok] {
			if ch >= c.end {
				_, hi := x.span(ch)
				pe = max(pe, min(hi, se))
			}
		}
	} else if h := x.head(c.tok); h >= c.end && h < se {
		_, hi := x.span(h)
		pe = max(pe, min(hi, se))
	} else {
		for pe < se && !x.isPunct(pe) {
			pe++
		}
	}
	left := x.words(ss, c.start)
	right := x.words(pe, se)
	if left >= right && left >= 3 {
		return ss, c.start
	}
	if right >= 3 {
		return pe, se
	}
	return -1, -1
}

func (x *extractor) words(lo, hi int) int {
	n := 0
	for i := lo; i < hi; i++ {
		if !x.isPunct(i) {
			n++
		}
	}
	return n
}

// reportedCandidate builds the candidate for content tokens [lo, hi) of
// cue c: trimmed, cut before quotations attributed elsewhere, mixed when
// it holds quotations of its own.
func (x *extractor) reportedCandidate(c *cue, lo, hi int) *candidate {
	d := x.d
	// stay in the cue's paragraph
	pa, pb := x.paraRange(c.tok)
	lo, hi = max(lo, pa), min(hi, pb)
	// cut at a quotation that has its own attribution, and at other cues
	// that start a new report
	for i := lo; i < hi; i++ {
		if k := x.pieceOf[i]; k >= 0 {
			p := x.pieces[k]
			if p.cue != nil && p.cue != c && p.mixedAt < 0 {
				if i <= c.tok {
					lo = p.te + 1
					continue
				}
				hi = p.open
				break
			}
		}
	}
	// trim: punctuation, complementizers and dangling marks at the edges
	for lo < hi && (x.isPunct(lo) && x.pieceOf[lo] < 0 || x.isMark(lo) && x.dep(lo) == "mark" && lo < c.tok+4) {
		lo++
	}
	for lo < hi && x.pieceOf[lo] < 0 && (x.lower(lo) == "that" && (x.dep(lo) == "mark" || x.complementizer(lo)) || x.lower(lo) == ",") {
		lo++
	}
	for hi > lo && x.isPunct(hi-1) && (x.pieceOf[hi-1] < 0 || x.closing(hi-1)) {
		hi--
	}
	if x.words(lo, hi) < 2 {
		return nil
	}
	// every quotation inside, whole or in part, is a fragment of this one
	start, end := d.Tokens[lo].Start, d.Tokens[hi-1].End
	kind := Indirect
	var inner []*piece
	for _, p := range x.pieces {
		if p.te > lo && p.open < hi {
			inner = append(inner, p)
		}
	}
	for _, p := range inner {
		if p.ts <= lo && p.te >= hi-1 {
			// the whole clause is one quotation: a direct one, found elsewhere
			return nil
		}
	}
	for _, p := range inner {
		p.consumed = true
		// the quotation's closing mark ends the content with it
		if p.open < hi && p.End >= end {
			end = x.markEnd(p)
		}
		if p.Start < start {
			start = p.Start
		}
		// a short phrase in the middle of the clause, neither a clause nor
		// its end, is a scare quote ("an “equidistant diplomacy” strategy");
		// anything else is the speaker's own words
		if x.clausal(p) || x.words(p.ts, p.te) >= 4 || p.te >= hi-1 || p.close >= 0 && p.close >= hi-1 || x.anyVerb(p.ts, p.te) {
			kind = Mixed
		}
	}
	return &candidate{start: start, end: end, kind: kind, cue: c, spk: x.speakerToken(c, nil, x.frameStart(c), hi, false)}
}

// complementizer reports whether "that" at token i opens a clause: it is
// followed by a subject's first word, not a noun it determines.
func (x *extractor) complementizer(i int) bool {
	if i+1 >= len(x.d.Tokens) {
		return false
	}
	switch x.d.Tokens[i+1].UPOS {
	case dyad.DET, dyad.PRON, dyad.PROPN, dyad.NUM:
		return true
	}
	return false
}

// isMark reports whether token i is a complementizer.
func (x *extractor) isMark(i int) bool {
	switch x.lower(i) {
	case "that", "whether", "if":
		return true
	}
	return false
}

// closing reports whether token i is a quotation's closing mark.
func (x *extractor) closing(i int) bool {
	k := x.pieceOf[i]
	return k >= 0 && x.pieces[k].close == i
}

// frameStart returns where a cue's sentence begins.
func (x *extractor) frameStart(c *cue) int {
	ss, _ := x.sentenceRange(c.tok)
	return ss
}

// isClause reports whether token h heads a clause: a verb, or a predicate
// with a subject or copula.
func (x *extractor) isClause(h int) bool {
	t := x.d.Tokens[h]
	if t.UPOS == dyad.VERB || t.UPOS == dyad.AUX {
		return true
	}
	for _, c := range x.kids[h] {
		switch x.dep(c) {
		case "nsubj", "nsubj:pass", "cop", "aux", "expl":
			return true
		}
	}
	return false
}

// negated reports whether verb v is negated ("did not say").
func (x *extractor) negated(v int) bool {
	for _, c := range x.kids[v] {
		switch x.lower(c) {
		case "not", "n't", "never", "’t":
			return true
		}
	}
	return false
}

func (x *extractor) hasChild(v int, dep string) bool {
	for _, c := range x.kids[v] {
		if x.dep(c) == dep {
			return true
		}
	}
	return false
}

// subjectOf returns the subject of verb v, or -1.
func (x *extractor) subjectOf(v int) int {
	for _, c := range x.kids[v] {
		switch x.dep(c) {
		case "nsubj", "nsubj:pass", "nsubj:outer":
			return c
		}
	}
	return -1
}

// namedConjunct returns, for a subject of verb v that is a title
// coordinated with a person's name ("Conservative Party leader and Prime
// Minister Boris Johnson said"), the name, whether the parse makes it a
// conjunct of the title or a second subject; else the subject itself.
func (x *extractor) namedConjunct(s, v int) int {
	if x.properHead(s) {
		return s
	}
	// the name must not lose the code the title gives ("El Paso's police
	// chief" and an unknown name)
	coded := false
	if m := x.mentionAt(s); m >= 0 {
		coded = x.d.Mentions[m].Actor != ""
	}
	named := func(ch int) bool {
		if !x.properHead(ch) || x.pieceOf[ch] >= 0 {
			return false
		}
		m := x.mentionAt(ch)
		return m >= 0 && x.d.Mentions[m].Type == dyad.PER && (x.d.Mentions[m].Actor != "" || !coded)
	}
	for _, ch := range x.kids[s] {
		if x.dep(ch) == "conj" && named(ch) {
			return ch
		}
	}
	for _, ch := range x.kids[v] {
		if ch != s && strings.HasPrefix(x.dep(ch), "nsubj") && named(ch) {
			return ch
		}
	}
	return s
}

// speakerToken finds the word that names who speaks through cue c: the
// subject of the verb, or of the verb it depends on ("Kwon went on to
// say"); the object of "quoted X as saying"; the words after "according
// to"; the words right after the cue in an inverted attribution ("said Koo
// Kab-woo"); or, failing those, the nearest noun before the cue in its
// frame [lo, hi).
func (x *extractor) speakerToken(c *cue, p *piece, lo, hi int, right bool) int {
	d := x.d
	if c.class == according {
		if h := x.head(c.tok); x.lower(c.tok) == "according" && h >= c.end && h < c.end+12 && x.pieceOf[h] < 0 && x.nominal(h) {
			return h
		}
		for j := c.end; j < min(len(d.Tokens), c.end+8); j++ {
			if x.nominal(j) {
				return x.npHead(j)
			}
		}
		return -1
	}
	v := c.tok
	for step := 0; step < 4 && v >= 0; step++ {
		if s := x.subjectOf(v); s >= 0 && x.pieceOf[s] < 0 && s != c.tok {
			if x.isRelative(s) {
				// "the official who said": the noun the clause modifies
				if h := x.head(v); h >= 0 && x.nominal(h) {
					return h
				}
			}
			return x.namedConjunct(s, v)
		}
		h := x.head(v)
		if h < 0 {
			break
		}
		if verbLemma(d.TokenText(h), d.Tokens[h].Lemma) == "quote" {
			for _, ch := range x.kids[h] {
				if x.dep(ch) == "obj" && x.pieceOf[ch] < 0 {
					return ch
				}
			}
		}
		switch x.dep(v) {
		case "xcomp", "advcl", "conj":
			if x.pieceOf[h] >= 0 {
				v = -1
				break
			}
			v = h
			continue
		case "acl", "acl:relcl":
			// "a statement that said", misparsed attributions
			if x.pieceOf[h] < 0 && x.nominal(h) && h < v {
				return h
			}
		}
		break
	}
	if right {
		// "said Koo Kab-woo, a professor ...": inverted order
		j := c.end
		if j < hi && x.startsNP(j) {
			return x.npHead(j)
		}
		// a subject between the quotation and the cue
		for j := c.start - 1; j >= lo; j-- {
			if x.nominal(j) && x.pieceOf[j] < 0 {
				return x.npHead(j)
			}
		}
		return -1
	}
	for j := c.start - 1; j >= lo; j-- {
		if x.pieceOf[j] >= 0 {
			break
		}
		if x.nominal(j) {
			return x.npHead(j)
		}
		if d.Tokens[j].UPOS == dyad.VERB {
			break
		}
	}
	return -1
}

func (x *extractor) isRelative(i int) bool {
	switch x.lower(i) {
	case "who", "which", "that", "whom":
		return true
	}
	return false
}

// nominal reports whether token i can name a speaker.
func (x *extractor) nominal(i int) bool {
	t := x.d.Tokens[i]
	switch t.UPOS {
	case dyad.NOUN, dyad.PROPN:
		return !timeWords[x.lower(i)]
	case dyad.PRON:
		return !x.isRelative(i) && x.lower(i) != "what"
	}
	return false
}

// startsNP reports whether a noun phrase begins at token i.
func (x *extractor) startsNP(i int) bool {
	switch x.d.Tokens[i].UPOS {
	case dyad.DET, dyad.PROPN, dyad.NOUN, dyad.ADJ, dyad.NUM:
		return x.lower(i) != "that"
	case dyad.PRON:
		return x.nominal(i)
	}
	return false
}

// npHead returns the head word of the noun phrase that token i starts or
// stands in: the head of the mention around it, else the last noun of the
// run of nominal words from i.
func (x *extractor) npHead(i int) int {
	d := x.d
	best := -1
	for j, m := range d.Mentions {
		if m.Start <= i && i < m.End && (best < 0 || m.Len() < d.Mentions[best].Len()) {
			best = j
		}
	}
	if best >= 0 {
		h := d.Mentions[best].Head
		if !timeWords[x.lower(h)] {
			return h
		}
	}
	j := i
	for j+1 < len(d.Tokens) && j < i+8 {
		switch d.Tokens[j+1].UPOS {
		case dyad.NOUN, dyad.PROPN, dyad.ADJ, dyad.NUM:
			j++
			continue
		}
		if d.TokenText(j+1) == "-" {
			j++
			continue
		}
		break
	}
	for j > i && !x.nominal(j) {
		j--
	}
	return j
}
