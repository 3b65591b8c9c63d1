package quote

import (
	"sort"
	"strings"
	"unicode"

	"github.com/dyadproject/dyad"
)

// Kind and Quote live in the root data model (dyad.QuoteKind, dyad.Quote);
// these names keep this package's code short.
type (
	Kind  = dyad.QuoteKind
	Quote = dyad.Quote
)

// Kinds of quotation.
const (
	Direct   = dyad.DirectQuote
	Indirect = dyad.IndirectQuote
	Mixed    = dyad.MixedQuote
)

// piece is one top-level quotation found by Scan, placed on the tokens.
type piece struct {
	Span
	open, close int // token indices of the marks; close is -1 when unclosed
	ts, te      int // content tokens [ts, te)
	para        int
	// attribution found from the words around it
	cue      *cue
	spk      int  // speaker token, -1
	mixedAt  int  // for a quotation inside reported speech: first token of the clause, else -1
	consumed bool // part of a mixed quotation found from its clause
	inherit  bool // same speaker and cue as the quotation before it in the paragraph
}

// cue is a reporting verb or phrase on the tokens.
type cue struct {
	tok        int // the verb, or "according"
	start, end int // token range of the phrase
	class      cueClass
	used       bool
}

// candidate is a quotation before its speaker is resolved.
type candidate struct {
	start, end int // bytes
	kind       Kind
	cue        *cue
	spk        int // speaker token, -1
	piece      *piece
	inherit    bool
	q          Quote
	ent        *entity
}

// extractor holds the state of one extraction.
type extractor struct {
	d       *dyad.Document
	kids    [][]int
	sent    []int // sentence of each token
	para    []int // paragraph of each token
	pieces  []*piece
	pieceOf []int // token -> index in pieces of the quotation around it (marks included), -1
	cueOf   map[int]*cue
	refs    refs
}

// Extract finds the quotations of a document that has been tokenized,
// tagged, parsed and had its mentions found (mention.Finder), in text
// order. It does not change d.
func Extract(d *dyad.Document) []Quote {
	if d == nil || len(d.Tokens) == 0 || !valid(d) {
		return nil
	}
	if len(d.Sentences) == 0 {
		// one sentence over all tokens, without changing d
		dc := *d
		dc.Sentences = []dyad.Sentence{{Span: dyad.Span{Start: 0, End: len(d.Tokens)}}}
		d = &dc
	}
	x := newExtractor(d)
	x.findPieces()
	x.findCues()
	x.refs = x.buildRefs()
	for _, p := range x.pieces {
		x.attribute(p)
	}
	var cands []*candidate
	cands = append(cands, x.reported()...)
	for _, p := range x.pieces {
		if c := x.direct(p); c != nil {
			cands = append(cands, c)
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].start < cands[j].start })
	cands = x.dedupe(cands)
	cands = x.resolve(cands)
	out := make([]Quote, 0, len(cands))
	for _, c := range cands {
		out = append(out, c.q)
	}
	return out
}

// valid reports whether the tokens, sentences and mentions of d point
// inside it, so that extraction cannot fail on a malformed document.
func valid(d *dyad.Document) bool {
	last := 0
	for _, t := range d.Tokens {
		if t.Start < last || t.End < t.Start || t.End > len(d.Text) {
			return false
		}
		last = t.Start
	}
	next := 0
	for _, s := range d.Sentences {
		if s.Start != next || s.End < s.Start || s.End > len(d.Tokens) {
			return false
		}
		next = s.End
	}
	if len(d.Sentences) > 0 && next != len(d.Tokens) {
		return false
	}
	for _, m := range d.Mentions {
		if m.Start < 0 || m.End > len(d.Tokens) || m.Start >= m.End || m.Head < m.Start || m.Head >= m.End {
			return false
		}
	}
	return true
}

func newExtractor(d *dyad.Document) *extractor {
	x := &extractor{d: d, kids: make([][]int, len(d.Tokens)), sent: make([]int, len(d.Tokens)),
		para: make([]int, len(d.Tokens)), pieceOf: make([]int, len(d.Tokens)), cueOf: map[int]*cue{}}
	for i, t := range d.Tokens {
		if t.Head >= 0 && t.Head < len(d.Tokens) && t.Head != i {
			x.kids[t.Head] = append(x.kids[t.Head], i)
		}
		x.pieceOf[i] = -1
	}
	for si, s := range d.Sentences {
		for i := s.Start; i < s.End && i < len(d.Tokens); i++ {
			if i >= 0 {
				x.sent[i], x.para[i] = si, s.Paragraph
			}
		}
	}
	return x
}

// tokenAt returns the first token that ends after byte off.
func (x *extractor) tokenAt(off int) int {
	return sort.Search(len(x.d.Tokens), func(i int) bool { return x.d.Tokens[i].End > off })
}

// findPieces places the top-level quotations on the tokens.
func (x *extractor) findPieces() {
	d := x.d
	for _, s := range Scan(d.Text) {
		if s.Depth > 0 || s.Start >= s.End {
			continue
		}
		p := &piece{Span: s, open: x.tokenAt(s.Open), close: -1, spk: -1, mixedAt: -1}
		p.ts = x.tokenAt(s.Start)
		p.te = x.tokenAt(s.End)
		for p.te < len(d.Tokens) && d.Tokens[p.te].Start < s.End {
			p.te++
		}
		if p.open >= len(d.Tokens) || p.ts >= p.te || p.ts >= len(d.Tokens) {
			continue
		}
		if p.open == p.ts && d.Tokens[p.ts].Start < s.Start {
			// the mark and the first word are one token ("'em"): keep the word
			p.open = p.ts
		}
		last := p.te
		if s.Closed {
			if c := x.tokenAt(s.Close); c < len(d.Tokens) && d.Tokens[c].Start <= s.Close {
				p.close, last = c, c+1
			}
		}
		p.para = x.para[p.ts]
		k := len(x.pieces)
		for i := p.open; i < last && i < len(d.Tokens); i++ {
			if x.pieceOf[i] < 0 {
				x.pieceOf[i] = k
			}
		}
		x.pieces = append(x.pieces, p)
	}
}

func (x *extractor) lower(i int) string { return strings.ToLower(x.d.TokenText(i)) }

func (x *extractor) dep(i int) string { return x.d.Tokens[i].Dep.String() }

func (x *extractor) head(i int) int {
	h := x.d.Tokens[i].Head
	if h < 0 || h >= len(x.d.Tokens) {
		return -1
	}
	return h
}

func (x *extractor) isPunct(i int) bool {
	return x.d.Tokens[i].UPOS == dyad.PUNCT || kindOf(firstRune(x.d.TokenText(i))) != notMark
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// finite reports whether token i is a finite verb or auxiliary.
func (x *extractor) finite(i int) bool {
	switch x.d.Tokens[i].XPOS.String() {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// findCues records every reporting verb or phrase outside quotations.
func (x *extractor) findCues() {
	d := x.d
	for i := range d.Tokens {
		if x.pieceOf[i] >= 0 {
			continue
		}
		if c := x.cueAt(i); c != nil && x.cueOf[c.tok] == nil && x.pieceOf[c.tok] < 0 {
			x.cueOf[c.tok] = c
		}
	}
}

// cueAt returns the cue headed by token i, if any.
func (x *extractor) cueAt(i int) *cue {
	d := x.d
	t := d.Tokens[i]
	w := x.lower(i)
	if w == "according" && i+1 < len(d.Tokens) && x.lower(i+1) == "to" {
		return &cue{tok: i, start: i, end: i + 2, class: according}
	}
	// "in the words of X"
	if w == "words" && i >= 2 && i+1 < len(d.Tokens) && x.lower(i-2) == "in" && x.lower(i-1) == "the" && x.lower(i+1) == "of" {
		return &cue{tok: i, start: i - 2, end: i + 2, class: according}
	}
	if t.UPOS != dyad.VERB && !(t.UPOS == dyad.AUX && w == "said") && !(t.UPOS == dyad.NOUN && (w == "says" || w == "said")) &&
		!x.verbTaggedNoun(i) {
		return nil
	}
	l := verbLemma(d.TokenText(i), t.Lemma)
	c := &cue{tok: i, start: i, end: i + 1}
	switch {
	case particles[l] != "":
		// "point out", "fire back", "go on (to say)"
		j := i + 1
		if j < len(d.Tokens) && x.lower(j) == particles[l] {
			c.end = j + 1
			if l == "go" {
				// "went on to say": the cue is the whole phrase, headed by "say"
				if j+2 < len(d.Tokens) && x.lower(j+1) == "to" && speechVerbs[verbLemma(d.TokenText(j+2), d.Tokens[j+2].Lemma)] {
					c.end = j + 3
					c.tok = j + 2
				}
			}
			c.class = speech
			return c
		}
		if speechVerbs[l] {
			c.class = speech
			return c
		}
		return nil
	case speechVerbs[l]:
		c.class = speech
		// "went on to say" seen from "say": the phrase starts at "went"
		if i >= 3 && x.lower(i-1) == "to" && x.lower(i-2) == "on" && verbLemma(d.TokenText(i-3), d.Tokens[i-3].Lemma) == "go" {
			c.start = i - 3
		}
	case thoughtVerbs[l]:
		c.class = thought
	case findingVerbs[l]:
		c.class = finding
	case namingVerbs[l]:
		c.class = naming
	default:
		return nil
	}
	// a participle modifying a noun ("the so-called deal", "a reported
	// attack") reports nothing
	if dep := x.dep(i); dep == "amod" || t.XPOS.String() == "VBN" && dep == "acl" {
		return nil
	}
	return c
}

// verbTaggedNoun reports whether token i, tagged a noun, is a verb
// between a subject and "that": "The report states that ...".
func (x *extractor) verbTaggedNoun(i int) bool {
	d := x.d
	if d.Tokens[i].UPOS != dyad.NOUN || i == 0 || i+1 >= len(d.Tokens) || x.lower(i+1) != "that" {
		return false
	}
	prev := d.Tokens[i-1].UPOS
	return (prev == dyad.NOUN || prev == dyad.PROPN || prev == dyad.PRON) && strings.HasSuffix(x.lower(i), "s")
}

// cueRange returns the byte range of a cue.
func (x *extractor) cueRange(c *cue) (int, int) {
	return x.d.Tokens[c.start].Start, x.d.Tokens[c.end-1].End
}

// sentenceRange returns the token range of the sentence of token i.
func (x *extractor) sentenceRange(i int) (int, int) {
	s := x.d.Sentences[x.sent[i]]
	return s.Start, s.End
}

// paraRange returns the token range of the paragraph of token i.
func (x *extractor) paraRange(i int) (int, int) {
	lo, hi := i, i
	for lo > 0 && x.para[lo-1] == x.para[i] {
		lo--
	}
	for hi+1 < len(x.d.Tokens) && x.para[hi+1] == x.para[i] {
		hi++
	}
	return lo, hi + 1
}

// clausal reports whether a quotation reads as a clause or a long phrase,
// not a scare-quoted word or a title.
func (x *extractor) clausal(p *piece) bool {
	words, verbs := 0, 0
	for i := p.ts; i < p.te; i++ {
		if x.isPunct(i) {
			continue
		}
		words++
		if x.finite(i) {
			verbs++
		}
	}
	return words >= 4 && verbs > 0 || words >= 8
}

// endsClause reports whether the quotation ends where a clause can end:
// with punctuation inside the marks (“...,” “...?”) or a comma after them.
func (x *extractor) endsClause(p *piece) bool {
	if p.te > p.ts {
		switch x.d.TokenText(p.te - 1) {
		case ",", ".", "?", "!", "…", "...", "—", "–", "-", ";", ":":
			return true
		}
	}
	if p.close >= 0 && p.close+1 < len(x.d.Tokens) {
		switch x.d.TokenText(p.close + 1) {
		case ",", ".", "?", "!", ";", "—", "–":
			return true
		}
	}
	return false
}

// attribute looks for the cue of a quotation in the words around it: after
// it (“...,” she said), before it (Kim also said, “...”) or, for a
// fragment inside reported speech, before the clause that holds it
// (Koo suggested that North Korea “may have ...”).
func (x *extractor) attribute(p *piece) {
	d := x.d
	k := x.pieceOf[p.ts]
	pa, pb := x.paraRange(p.ts)
	// the right frame: after the closing mark, up to the next quotation,
	// within the sentence (or the next one when the quotation ends its own)
	if p.close >= 0 {
		rf := p.close + 1
		_, se := x.sentenceRange(p.close)
		if se == rf && rf < pb {
			_, se = x.sentenceRange(rf)
		}
		re := min(se, pb)
		if k+1 < len(x.pieces) && x.pieces[k+1].open < re {
			re = x.pieces[k+1].open
		}
		// “...” — Matthew Ingram
		if rf < re && x.dash(rf) && rf+1 < re && x.nameOnly(rf+1, re) {
			p.cue = &cue{tok: rf, start: rf, end: rf + 1, class: speech, used: true}
			p.spk = x.npHead(rf + 1)
			return
		}
		if c := x.rightCue(p, rf, re); c != nil {
			p.cue, c.used = c, true
			p.spk = x.speakerToken(c, p, rf, re, true)
			return
		}
	}
	// the left frame: from the sentence start (or the previous quotation)
	// to the opening mark
	ss, _ := x.sentenceRange(p.open)
	lf := max(ss, pa)
	// a quoted phrase before it in the sentence with no cue of its own (a
	// scare quote) does not end the frame
	for j := k - 1; j >= 0; j-- {
		prev := x.pieces[j]
		if prev.close < lf || prev.close >= p.open {
			break
		}
		if prev.cue != nil || x.clausal(prev) {
			lf = prev.close + 1
			break
		}
	}
	var c *cue
	for i := p.open - 1; i >= lf; i-- {
		if cc := x.cueOf[i]; cc != nil && cc.class != finding {
			c = cc
			break
		}
	}
	if c == nil {
		// "Sunak defended the record: “...”": a colon hands the quotation
		// to the subject of its sentence
		if p.open > lf && x.d.TokenText(p.open-1) == ":" {
			if v := x.rootVerb(lf, p.open-1); v >= 0 {
				c = &cue{tok: v, start: v, end: v + 1, class: speech, used: true}
				if s := x.speakerToken(c, p, lf, p.open, false); s >= 0 {
					p.cue, p.spk = c, s
				}
			} else if s := x.headingSpeaker(lf, p.open-1); s >= 0 {
				// "Michael Coleman, General President of SMART: “...”": a
				// name with no verb before the colon speaks (statements,
				// transcripts)
				p.cue = &cue{tok: p.open - 1, start: p.open - 1, end: p.open, class: speech, used: true}
				p.spk = s
			}
		}
		return
	}
	if c.class == thought && !(d.Tokens[c.tok].UPOS == dyad.VERB) {
		return
	}
	// the words between the cue and the opening mark
	var between []int
	for i := c.end; i < p.open; i++ {
		between = append(between, i)
	}
	words := 0
	for _, i := range between {
		if !x.isPunct(i) {
			words++
		}
	}
	lastWord := ""
	if len(between) > 0 {
		lastWord = x.lower(between[len(between)-1])
	}
	switch {
	case c.class == naming:
		// "called the deal “a step ...”", "what he called “...”": the
		// quoted words are the speaker's, if nothing but the object stands
		// between
		if words > 4 || x.anyFinite(between) || x.hasSentenceEnd(between) {
			return
		}
	case c.class == according:
		// "According to X, “...”"
		if lastWord == "," || lastWord == ":" {
			p.cue, c.used = c, true
			p.spk = x.speakerToken(c, p, lf, p.open, false)
		}
		return
	case words == 0 && (lastWord == "," || lastWord == ":" || lastWord == "" || lastWord == "—"):
		if lastWord == "" && clauseOnly[verbLemma(d.TokenText(c.tok), d.Tokens[c.tok].Lemma)] && !x.clausal(p) {
			return
		}
		if c.class == thought {
			return
		}
	case lastWord == ":" && words <= 25 && !x.hasSentenceEnd(between),
		lastWord == "," && words <= 12 && !x.anyFinite(between) && !x.hasComplementizer(between):
		// "told reporters on Tuesday: “...”", "said in a statement, “...”"
		if c.class == thought {
			return
		}
	case words == 1 && lastWord == "that":
		// "said that “...”"
	default:
		// reported speech that runs into the quotation
		if words > 30 || x.hasSentenceEnd(between) {
			return
		}
		// a reported clause: a verb or "that" before the quotation, or a
		// clause inside it ("adding the words “and Emergency”" reports
		// nothing)
		if !x.anyFinite(between) && !x.hasComplementizer(between) && !x.clausal(p) {
			return
		}
		p.mixedAt = x.clauseStart(c, between)
		if p.mixedAt < 0 {
			return
		}
	}
	p.cue = c
	c.used = p.mixedAt < 0
	p.spk = x.speakerToken(c, p, lf, p.open, false)
}

// headingSpeaker returns the head of the name that opens the words [lo,
// hi) before a colon when they hold no verb ("Michael Coleman, General
// President of SMART", "MS. PSAKI"), or -1.
func (x *extractor) headingSpeaker(lo, hi int) int {
	if hi <= lo || hi-lo > 25 {
		return -1
	}
	var toks []int
	for i := lo; i < hi; i++ {
		if x.pieceOf[i] >= 0 || x.d.Tokens[i].UPOS == dyad.VERB || x.d.Tokens[i].UPOS == dyad.AUX {
			return -1
		}
		toks = append(toks, i)
	}
	if x.anyFinite(toks) {
		return -1
	}
	// a person named there ("Cleveland, OH Mayor Justin Bibb"), else the
	// name the words open with ("National League of Cities")
	first := -1
	for j, m := range x.d.Mentions {
		if m.Start < lo || m.End > hi || !x.properHead(m.Head) {
			continue
		}
		if m.Type == dyad.PER {
			return m.Head
		}
		if first < 0 && (m.Start == lo || x.isPunct(lo) && m.Start == lo+1) {
			first = j
		}
	}
	if first >= 0 {
		return x.d.Mentions[first].Head
	}
	return -1
}

// rootVerb returns the verb that heads the sentence words [lo, hi), with
// a subject, or -1.
func (x *extractor) rootVerb(lo, hi int) int {
	for i := lo; i < hi; i++ {
		if x.pieceOf[i] >= 0 || x.d.Tokens[i].UPOS != dyad.VERB {
			continue
		}
		if h := x.head(i); (h < 0 || h >= hi || h < lo) && x.subjectOf(i) >= 0 {
			return i
		}
	}
	return -1
}

// hasComplementizer reports whether a "that" or "whether" opens a clause
// among toks.
func (x *extractor) hasComplementizer(toks []int) bool {
	for _, i := range toks {
		if w := x.lower(i); (w == "that" || w == "whether") && (x.d.Tokens[i].UPOS == dyad.SCONJ || x.dep(i) == "mark") {
			return true
		}
	}
	return false
}

func (x *extractor) anyFinite(toks []int) bool {
	for _, i := range toks {
		if x.finite(i) && x.cueOf[i] == nil {
			return true
		}
	}
	return false
}

func (x *extractor) hasSentenceEnd(toks []int) bool {
	for _, i := range toks {
		switch x.d.TokenText(i) {
		case ".", "?", "!", ";":
			return true
		}
	}
	return false
}

// clauseStart returns the first token of the reported clause among the
// words between a cue and a quotation, or -1: after "that", else the
// first word of the cue's clausal complement, else the first word.
func (x *extractor) clauseStart(c *cue, between []int) int {
	for k, i := range between {
		switch x.lower(i) {
		case "that", "whether", "if", ":":
			if k+1 < len(between) {
				return between[k+1]
			}
			return -1
		}
	}
	for _, ch := range x.kids[c.tok] {
		if x.dep(ch) == "ccomp" {
			lo := x.subtreeMin(ch)
			for _, i := range between {
				if i >= lo && !x.isPunct(i) {
					return i
				}
			}
		}
	}
	for _, i := range between {
		if !x.isPunct(i) {
			return i
		}
	}
	return -1
}

func (x *extractor) subtreeMin(i int) int {
	lo := i
	for _, c := range x.kids[i] {
		if m := x.subtreeMin(c); m < lo {
			lo = m
		}
	}
	return lo
}

// rightCue finds the cue in the words after a quotation: the first cue
// within a few words, when what stands before it can only be its speaker.
func (x *extractor) rightCue(p *piece, rf, re int) *cue {
	d := x.d
	limit := min(re, rf+18)
	for i := rf; i < limit; i++ {
		c := x.cueOf[i]
		if c == nil || c.class == thought || c.class == finding || c.class == naming {
			if d.TokenText(i) == "." || d.TokenText(i) == "?" || d.TokenText(i) == "!" {
				if i > rf {
					return nil
				}
			}
			continue
		}
		// what stands between the quotation and the cue can only be the
		// cue's subject ("the statement", "a spokesman for the ministry"),
		// in the next sentence a short one ("“Why?” Smith asked.")
		words := x.words(rf, c.start)
		_, se := x.sentenceRange(rf)
		if words > 0 && !x.subjectBetween(c, rf) && !x.nominalRun(rf, c.start) {
			return nil
		}
		if _, pe := x.sentenceRange(p.te - 1); se > pe && words > 5 || words > 14 {
			return nil
		}
		if !x.endsClause(p) && words > 6 {
			return nil
		}
		if !x.endsClause(p) && !x.clausal(p) {
			return nil
		}
		return c
	}
	return nil
}

func (x *extractor) dash(i int) bool {
	switch x.d.TokenText(i) {
	case "-", "--", "—", "–", "―":
		return true
	}
	return false
}

// nameOnly reports whether tokens [lo, hi) are a short name and the
// punctuation after it.
func (x *extractor) nameOnly(lo, hi int) bool {
	names := 0
	for i := lo; i < hi; i++ {
		switch {
		case x.properHead(i):
			names++
		case x.isPunct(i) && i > lo:
		default:
			return false
		}
	}
	return names > 0 && names <= 5
}

// titleCase reports whether a quotation reads as a title: most of its
// longer words capitalised ("Andy Warhol: Photographs and Prints").
func (x *extractor) titleCase(p *piece) bool {
	long, capital := 0, 0
	for i := p.ts; i < p.te; i++ {
		w := x.d.TokenText(i)
		if len(w) < 4 || x.isPunct(i) {
			continue
		}
		long++
		if unicode.IsUpper(firstRune(w)) {
			capital++
		}
	}
	return long >= 2 && capital*10 >= long*6
}

// nominalRun reports whether tokens [lo, hi) can be one noun phrase.
func (x *extractor) nominalRun(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		switch x.d.Tokens[j].UPOS {
		case dyad.DET, dyad.ADJ, dyad.NOUN, dyad.PROPN, dyad.PRON, dyad.NUM, dyad.PART, dyad.ADV:
			continue
		case dyad.ADP:
			if j > lo {
				continue
			}
		case dyad.PUNCT:
			if j > lo && x.d.TokenText(j) != "." {
				continue
			}
			if j == lo {
				continue
			}
		}
		return false
	}
	return true
}

// subjectBetween reports whether every word between rf and the cue
// belongs to the cue's subject.
func (x *extractor) subjectBetween(c *cue, rf int) bool {
	for _, ch := range x.kids[c.tok] {
		if strings.HasPrefix(x.dep(ch), "nsubj") {
			lo, hi := x.span(ch)
			for j := rf; j < c.start; j++ {
				if !x.isPunct(j) && (j < lo || j >= hi) && x.dep(j) != "advmod" && x.dep(j) != "aux" {
					return false
				}
			}
			return true
		}
	}
	return false
}

// span returns the token range of the subtree of i.
func (x *extractor) span(i int) (int, int) {
	lo, hi := i, i+1
	var walk func(int)
	walk = func(j int) {
		for _, c := range x.kids[j] {
			if c < lo {
				lo = c
			}
			if c+1 > hi {
				hi = c + 1
			}
			walk(c)
		}
	}
	walk(i)
	return lo, hi
}

// direct turns an attributed (or continuing) quotation into a candidate.
func (x *extractor) direct(p *piece) *candidate {
	if p.consumed {
		return nil
	}
	d := x.d
	if p.cue != nil && p.mixedAt >= 0 {
		return &candidate{start: d.Tokens[p.mixedAt].Start, end: x.markEnd(p), kind: Mixed, cue: p.cue, spk: p.spk, piece: p}
	}
	c := &candidate{start: p.Start, end: p.End, kind: Direct, cue: p.cue, spk: p.spk, piece: p}
	if p.cue == nil {
		// kept only when it continues a speaker's turn or reads as speech
		c.inherit = true
	}
	return c
}

// markEnd returns the byte offset after a quotation's closing mark, or
// after its content when it has none.
func (x *extractor) markEnd(p *piece) int {
	if p.close >= 0 {
		return x.d.Tokens[p.close].End
	}
	return p.End
}

// dedupe drops candidates that repeat an earlier one's content.
func (x *extractor) dedupe(cands []*candidate) []*candidate {
	out := cands[:0]
	for _, c := range cands {
		dup := false
		for _, o := range out {
			if overlap(c.start, c.end, o.start, o.end) > 0 {
				// keep the earlier, unless this one has a cue and it has none
				if o.cue == nil && c.cue != nil {
					*o = *c
				}
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, c)
		}
	}
	return out
}

func overlap(a, b, c, e int) int {
	lo, hi := max(a, c), min(b, e)
	if hi < lo {
		return 0
	}
	return hi - lo
}
