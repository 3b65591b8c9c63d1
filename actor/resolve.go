package actor

import (
	"slices"
	"strings"
	"time"
)

// Match is what a phrase resolved to.
type Match struct {
	Code   string `json:"code"`             // CAMEO actor code: PRKGOV, USAMIL, IGOUNO, GOV
	Name   string `json:"name"`             // canonical name of the actor (or title, when only a title was found)
	Person string `json:"person,omitempty"` // canonical name of the person, when the phrase names a known one
	// Start and End are the byte offsets, within the phrase, of the text that
	// gave the code: from the first to the last name or title that counted.
	Start int `json:"start"`
	End   int `json:"end"`
}

// Context is what the caller knows about the document a phrase comes from.
// It settles names that need it, such as "the North" and "the South".
type Context struct {
	// Countries lists codes of the countries (or actors: only their first
	// three letters count) the document has named so far.
	Countries []string
}

func (c *Context) has(codes []string) bool {
	if c == nil {
		return false
	}
	for _, want := range codes {
		for _, have := range c.Countries {
			if len(have) >= 3 && have[:3] == want {
				return true
			}
		}
	}
	return false
}

// Resolve returns the actor code of a noun phrase as of date (the zero Time
// for no date: each person then takes their most recent role). ok is false
// when the phrase names no actor and no title. See the package documentation
// for the rules.
func (d *Dictionary) Resolve(phrase string, date time.Time) (Match, bool) {
	return d.ResolveIn(phrase, date, nil)
}

// ResolveIn is Resolve with what the caller knows of the document: names
// that need context (an entry with a "when" line, such as "the North") only
// apply when ctx names one of their countries.
func (d *Dictionary) ResolveIn(phrase string, date time.Time, ctx *Context) (Match, bool) {
	var ws []word
	for _, w := range tokenize(phrase) {
		if w.punct && w.key == "\"" {
			continue // quote marks neither join nor split
		}
		ws = append(ws, w)
	}
	if len(ws) == 0 {
		return Match{}, false
	}
	r := resolver{d: d, ws: ws, ctx: ctx, hasDate: !date.IsZero()}
	if r.hasDate {
		r.t = dayOf(date)
	}
	r.segment()
	r.trapGivenNames()
	parts := r.parts()
	cands := make([]cand, len(parts))
	for i, p := range parts {
		cands[i] = r.candidate(p)
	}
	// Coordination: "Russian and Chinese troops" lends the title of the
	// second conjunct to the first.
	for i := 0; i+1 < len(cands); i++ {
		if cands[i].coord && cands[i].actor != nil && cands[i].agent == nil && cands[i].person == nil &&
			cands[i+1].agent != nil {
			cands[i].agent = cands[i+1].agent
		}
	}
	best := -1
	for i := range cands {
		if cands[i].hasCountry() {
			best = i
			break
		}
		if best < 0 && cands[i].agent != nil {
			best = i
		}
	}
	if best < 0 {
		return Match{}, false
	}
	return r.match(&cands[best])
}

// A seg is a run of words: one dictionary name or one unmatched word.
type seg struct {
	i, j    int   // word range [i, j)
	n       *name // nil for an unmatched word
	code    string
	blocked bool // a block, a name without a code on the date, or a given-name trap
}

type resolver struct {
	d       *Dictionary
	ws      []word
	ctx     *Context
	t       day
	hasDate bool
	segs    []seg
}

// segment finds the longest dictionary name at each word, left to right.
// Where a name that starts inside the one found goes on past its end ("the
// West Bank" holds "the West" and "West Bank"), the first word is left
// unmatched and the search starts again at the next.
func (r *resolver) segment() {
	ws := r.ws
	for i := 0; i < len(ws); {
		if ws[i].punct {
			r.segs = append(r.segs, seg{i: i, j: i + 1})
			i++
			continue
		}
		// A name that a longer one starting inside it overlaps gives way
		// to it, and then the longest name that ends before that one
		// counts; but an actor's name does not give way to a title or
		// role word ("European Union leaders" are not "Union leaders",
		// "Ukraine's military intelligence agency" is not Ukraine's and
		// a "military intelligence agency").
		best, bestJ := r.longest(i, len(ws))
		for best != nil {
			over := 0
			for k := i + 1; k < bestJ && over == 0; k++ {
				if n, j := r.longest(k, len(ws)); j > bestJ && (best.agent || !n.agent) {
					over = k
				}
			}
			if over == 0 {
				break
			}
			best, bestJ = r.longest(i, over)
		}
		if best == nil {
			r.segs = append(r.segs, seg{i: i, j: i + 1})
			i++
			continue
		}
		if hyphenatedAmerican(best, ws, bestJ) {
			r.segs = append(r.segs, seg{i: i, j: bestJ})
			i = bestJ
			continue
		}
		s := seg{i: i, j: bestJ, n: best}
		if best.agent {
			s.code = best.entry.code
		} else {
			code, ok := best.entry.codeAt(r.t, r.hasDate)
			s.code, s.blocked = code, !ok
		}
		r.segs = append(r.segs, s)
		i = bestJ
	}
}

// hyphenatedAmerican reports whether name n, ending before word j, is
// another country's or region's demonym before a separate "American(s)":
// Korean Americans and the Japanese American National Museum are
// American, not Korean or Japanese. Joined by a hyphen, the two name both
// countries ("Korean-American relations") and stay.
func hyphenatedAmerican(n *name, ws []word, j int) bool {
	if n.agent || n.entry.kind != Country && n.entry.kind != Region || n.entry.code == "USA" ||
		j >= len(ws) || ws[j].cont {
		return false
	}
	k := ws[j].key
	return k == "american" || k == "americans"
}

// longest returns the longest name that applies at word i and ends before
// word end, and the index of the word after it.
func (r *resolver) longest(i, end int) (*name, int) {
	ws := r.ws
	var best *name
	bestJ := 0
	cur := &r.d.root
	for j := i; j < end; j++ {
		if ws[j].punct && ws[j].key != "," {
			break
		}
		nx := cur.next[ws[j].key]
		if nx == nil {
			break
		}
		cur = nx
		if n := r.choose(cur.names, ws[i:j+1]); n != nil {
			best, bestJ = n, j+1
		}
	}
	return best, bestJ
}

// choose picks among the names stored under the same words the one that
// applies: its capitalization fits, its context holds; context-bound names
// before others, actors before agents, and among persons sharing a name the
// one in office on the date (or the one out of office most recently).
func (r *resolver) choose(names []*name, ws []word) *name {
	var best *name
	better := func(a, b *name) bool { // is a better than b?
		if (len(a.entry.when) > 0) != (len(b.entry.when) > 0) {
			return len(a.entry.when) > 0
		}
		if a.agent != b.agent {
			return !a.agent
		}
		ea, eb := a.entry, b.entry
		if ea.kind == Person && eb.kind == Person {
			if !r.hasDate {
				return latestStart(ea) > latestStart(eb)
			}
			ca, cb := ea.covered(r.t), eb.covered(r.t)
			if ca != cb {
				return ca
			}
			return ea.lastEnd(r.t) > eb.lastEnd(r.t)
		}
		return false
	}
	for _, n := range names {
		if len(n.entry.when) > 0 && !r.ctx.has(n.entry.when) {
			continue
		}
		fits := true
		for k := range ws {
			if !n.rules[k].fits(&ws[k]) {
				fits = false
				break
			}
		}
		if !fits {
			continue
		}
		if best == nil || better(n, best) {
			best = n
		}
	}
	return best
}

func latestStart(e *entry) day {
	last := openStart
	for _, r := range e.roles {
		if r.from > last {
			last = r.from
		}
	}
	return last
}

// trapGivenNames blocks a one-word name that is also a personal name
// (Jordan, Chad, Georgia, Paris, Washington) when an unknown capitalized
// word stands right before or after it: "Michael Jordan", "Paris Hilton";
// and a person's one-word name (a surname) next to an unknown capitalized
// word: "Hunter Biden" is not Joe Biden, "Harris County" no person.
func (r *resolver) trapGivenNames() {
	allCaps := true
	for i := range r.ws {
		if !r.ws[i].punct && !r.ws[i].allCaps() && !isAllDigits(r.ws[i].key) {
			allCaps = false
			break
		}
	}
	if allCaps {
		return // a headline in capitals shows nothing
	}
	for k := range r.segs {
		s := &r.segs[k]
		if s.n == nil || s.blocked || s.j-s.i != 1 {
			continue
		}
		if s.n.entry.kind == Person && (k > 0 && r.unknownCapital(&r.segs[k-1]) ||
			k+1 < len(r.segs) && r.unknownCapital(&r.segs[k+1]) && r.isSurname(s)) {
			// a surname next to another name names someone or something
			// else: "Hunter Biden", "John Carney", "Harris County"
			s.blocked = true
			continue
		}
		if !s.n.entry.givenName || r.ws[s.i].key != s.n.entry.givenKey {
			continue
		}
		if (k > 0 && r.unknownCapital(&r.segs[k-1])) || (k+1 < len(r.segs) && r.unknownCapital(&r.segs[k+1])) {
			s.blocked = true
		}
	}
}

// givenNameNext reports whether the name after segs[k] is one that is
// also a personal name or a place elsewhere (Georgia, Jordan).
func (r *resolver) givenNameNext(segs []seg, k int) bool {
	for _, s := range segs[k+1:] {
		if s.n == nil {
			if determiners[r.ws[s.i].key] {
				continue
			}
			return false
		}
		return s.n.entry.givenName
	}
	return false
}

// isSurname reports whether the one word s matched is the last word of
// its person's name ("Biden", not "Prayuth" of "Prayut Chan-o-cha").
func (r *resolver) isSurname(s *seg) bool {
	name := s.n.entry.name
	if i := strings.LastIndexAny(name, " "); i >= 0 {
		name = name[i+1:]
	}
	return strings.EqualFold(name, r.ws[s.i].key)
}

// unknownCapital reports whether s is one unmatched capitalized word that
// could be part of a personal name.
func (r *resolver) unknownCapital(s *seg) bool {
	if s.n != nil || s.blocked {
		return false
	}
	w := &r.ws[s.i]
	if w.punct || !w.upper() || w.cont || stopWords[w.key] || w.allCaps() {
		return false
	}
	return true
}

func isAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// stopWords are capitalized often enough at the start of a phrase not to
// count as part of a name.
var stopWords = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "of": true, "in": true, "on": true,
	"at": true, "for": true, "to": true, "from": true, "by": true, "with": true, "former": true,
	"ex": true, "then": true, "late": true, "new": true, "both": true, "all": true, "some": true,
	"many": true, "several": true, "two": true, "three": true, "its": true, "his": true, "her": true,
	"their": true, "our": true, "this": true, "that": true, "these": true, "those": true, "when": true,
	"while": true, "after": true, "before": true, "but": true, "as": true,
	// honorifics (see init) and ranks stand before a surname, not another
	// given name ("General Milley")
	"general": true, "admiral": true, "colonel": true, "captain": true,
	"lieutenant": true, "sergeant": true, "marshal": true, "brigadier": true, "senator": true,
	"governor": true, "ambassador": true, "gen": true, "adm": true, "col": true, "sen": true,
	"justice": true, "judge": true,
	"rep": true, "gov": true,
}

func init() {
	for _, h := range honorifics {
		stopWords[h] = true
	}
}

// honorifics are the courtesy titles that stand before a name.
var honorifics = []string{"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "madam", "mister"}

// Honorific reports whether w is a courtesy title that stands before a
// name ("Mr.", "MS", "Dr"): "Mr. Finer" is Jon Finer's surname.
func Honorific(w string) bool {
	return slices.Contains(honorifics, strings.ToLower(strings.TrimSuffix(w, ".")))
}

// A part is a run of segs between separators (commas, brackets, dashes,
// "and", "or"); coord marks a part that ends at "and" or "or".
type part struct {
	segs  []seg
	coord bool
}

func (r *resolver) parts() []part {
	var ps []part
	var cur []seg
	for _, s := range r.segs {
		if s.n == nil {
			w := &r.ws[s.i]
			sep := w.punct || w.key == "and" || w.key == "or"
			if sep {
				if len(cur) > 0 {
					ps = append(ps, part{segs: cur, coord: !w.punct})
				}
				cur = nil
				continue
			}
		}
		cur = append(cur, s)
	}
	if len(cur) > 0 {
		ps = append(ps, part{segs: cur})
	}
	return ps
}

// cand is what one part of a phrase says.
type cand struct {
	actor      *seg   // the affiliation: a country, organization or group
	actorCode  string // its code (a possessive person gives only a country)
	agent      *seg   // the first title or role word
	person     *seg   // a known person heading the part
	actorLevel int    // the preposition depth the actor was found at
	former     bool   // "former" or "ex-" before the head
	coord      bool
	start, end int
}

func (c *cand) hasCountry() bool { return c.person != nil || c.actor != nil }

// affiliation prepositions lead to a phrase that may say whom the head
// belongs to: "spokesman for the Foreign Ministry", "professor at Seoul
// National University", "police in Paris". Other prepositions end the search
// ("envoy to North Korea", "talks with Iran").
var affiliation = map[string]bool{"of": true, "at": true, "for": true, "in": true, "from": true,
	"within": true, "inside": true}

var stopPreps = map[string]bool{
	"to": true, "toward": true, "towards": true, "against": true, "with": true, "on": true, "over": true,
	"about": true, "by": true, "into": true, "between": true, "among": true, "near": true, "across": true,
	"after": true, "before": true, "during": true, "since": true, "amid": true, "via": true,
	"versus": true, "vs": true, "than": true, "like": true, "despite": true, "without": true,
	"through": true, "under": true, "who": true, "which": true, "that": true, "whose": true,
	"whom": true, "where": true, "when": true, "as": true, "if": true, "because": true, "while": true,
	"said": true, "says": true, "told": true,
}

// roleNouns head a phrase like a title but give no sector: "the chairman
// of the Federal Reserve", "head of Russia's Wagner group".
var roleNouns = map[string]bool{"chairman": true, "chairwoman": true, "chair": true, "head": true,
	"chief": true, "director": true, "deputy": true, "member": true, "members": true, "founder": true,
	"boss": true, "executive": true, "secretary": true, "general": true, "commissioner": true,
	"coordinator": true, "adviser": true, "advisor": true, "counsellor": true, "counselor": true,
	"president": true, "vice": true}

// determiners do not change what heads a phrase.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "'s": true, "'": true, "its": true,
	"his": true, "her": true, "their": true, "our": true, "this": true, "that": true, "these": true,
	"those": true}

// modifierSuffix words after a hyphen turn a country into a modifier:
// "Russian-backed separatists" are not Russian.
var modifierSuffix = map[string]bool{"backed": true, "supported": true, "sponsored": true, "funded": true,
	"armed": true, "trained": true, "allied": true, "aligned": true, "friendly": true, "leaning": true,
	"installed": true, "appointed": true, "controlled": true, "occupied": true, "held": true,
	"annexed": true, "brokered": true, "mediated": true, "made": true}

// modifierPrefix words before a hyphen do the same: "pro-Russian", "anti-US".
var modifierPrefix = map[string]bool{"pro": true, "anti": true, "non": true}

// candidate reads one part.
func (r *resolver) candidate(p part) cand {
	c := cand{coord: p.coord, start: -1, actorLevel: -1}
	level := 0
	// head says what the last content word of the current level is: a
	// dictionary name (known), an unknown capitalized word (proper: the
	// name of a body the dictionary does not know), or something else.
	const (
		headOther = iota
		headKnown
		headProper
	)
	head := headOther
	// inName is set inside an unknown proper name that holds a preposition
	// ("the Center for North Korean Studies"): names in it are its topic,
	// not an affiliation.
	inName := false
	// personName is set inside an unknown name right after a title
	// ("Prime Minister Andrew Holness"): an "of" after it gives the
	// affiliation ("... of Jamaica"), as after the title alone.
	personName := false
	segs := p.segs
	take := func(s *seg) {
		if c.start < 0 || r.ws[s.i].start < c.start {
			c.start = r.ws[s.i].start
		}
		if e := r.ws[s.j-1].end; e > c.end {
			c.end = e
		}
	}
	for k := range segs {
		s := &segs[k]
		if s.n == nil || s.blocked {
			w := &r.ws[s.i]
			switch {
			case stopPreps[w.key]:
				return c
			case (w.key == "of" || w.key == "for") && head == headProper && r.nameGoesOn(segs, k) &&
				(!personName || r.givenNameNext(segs, k)):
				// a preposition inside a proper name; after a person's name,
				// "of Georgia" (a state as often as the country) too
				inName = true
			case affiliation[w.key]:
				inName = false
				if c.agent != nil && c.agent.n.entry.envoy && (w.key == "for" || w.key == "to") {
					return c
				}
				if c.actor != nil && c.agent != nil || c.person != nil {
					return c
				}
				if level > 0 && head == headOther {
					return c
				}
				level++
				head = headOther
			case w.key == "former" || w.key == "ex":
				if level == 0 {
					c.former = true
				}
			case determiners[w.key]:
			case roleNouns[w.key]:
				head = headKnown
			case !s.blocked && w.upper() && !stopWords[w.key]:
				head = headProper
				personName = level == 0 && k > 0 && (personName || segs[k-1].n != nil && segs[k-1].n.agent && c.agent == &segs[k-1])
				continue
			default:
				head, inName = headOther, false
			}
			personName = false
			continue
		}
		personName = false
		if inName && !s.n.agent && r.ws[s.i].upper() {
			continue // the topic of an unknown body's name
		}
		inName = false
		head = headKnown
		e := s.n.entry
		possessive := k+2 < len(segs) && segs[k+1].n == nil &&
			(r.ws[segs[k+1].i].key == "'s" || r.ws[segs[k+1].i].key == "'")
		switch {
		case s.n.agent:
			if c.agent == nil {
				c.agent = s
				take(s)
			}
		case e.kind == Person && !possessive && level == 0 && c.person == nil:
			c.person = s
			take(s)
		default:
			code := s.code
			if e.kind == Person {
				code = countryPart(code)
			}
			if r.isModifier(s) {
				continue
			}
			switch {
			case c.actor == nil:
				c.actor, c.actorCode, c.actorLevel = s, code, level
				take(s)
			case level != c.actorLevel || len(code) <= 3:
			case code[:3] == c.actorCode[:min(3, len(c.actorCode))] && len(code) > len(c.actorCode):
				// "Russia's Wagner Group": the more specific actor of the same country
				c.actor, c.actorCode = s, code
				take(s)
			case len(c.actorCode) == 3 && c.agent == nil && isCountryish(code) && sameKindCountry(c.actor):
				// "the Peruvian Congress", "the German Foreign Office": a
				// body named as another country's, with this country's
				// adjective, is this country's body of that sector.
				c.actorCode += code[3:]
				take(s)
			}
		}
	}
	return c
}

// nameGoesOn reports whether the preposition at segs[k] sits inside a
// proper name: a capitalized word follows it, after an optional "the".
func (r *resolver) nameGoesOn(segs []seg, k int) bool {
	for k++; k < len(segs); k++ {
		w := &r.ws[segs[k].i]
		if w.key == "the" {
			continue
		}
		return w.upper()
	}
	return false
}

// CountryOf returns the country an actor code begins with ("RUS" of
// "RUSGOV"), or "" for a bare sector ("GOV", "GOVMIL") or an
// international or transnational body ("IGOUNO", "IMGMUSISI").
func CountryOf(code string) string {
	if len(code) < 3 || notCountry[code[:3]] {
		return ""
	}
	return code[:3]
}

// notCountry are the first three letters of codes that name no country:
// bare sectors and international or transnational bodies.
var notCountry = map[string]bool{"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "OPP": true,
	"REB": true, "INS": true, "SPY": true, "PTY": true, "ELI": true, "MED": true, "BUS": true, "EDU": true,
	"CVL": true, "LAB": true, "REF": true, "HLH": true, "CRM": true, "REL": true, "AGR": true, "ENV": true,
	"HRI": true, "UAF": true, "SEP": true, "NGO": true, "IGO": true, "IMG": true, "MNC": true}

// isCountryish reports whether a code starts with a country rather than
// an international body.
func isCountryish(code string) bool {
	if len(code) < 3 {
		return false
	}
	switch code[:3] {
	case "IGO", "NGO", "IMG", "MNC":
		return false
	}
	return true
}

// sameKindCountry reports whether s names a country itself (a country,
// region or metonym entry, or an imported one coded by a bare country).
func sameKindCountry(s *seg) bool {
	switch s.n.entry.kind {
	case Country, Region, Metonym, Imported:
		return true
	}
	return false
}

// isModifier reports whether an actor is only a modifier of what follows:
// "Russian-backed", "pro-Western", "anti-American".
func (r *resolver) isModifier(s *seg) bool {
	if s.j < len(r.ws) && r.ws[s.j].cont && modifierSuffix[r.ws[s.j].key] {
		return true
	}
	if r.ws[s.i].cont && s.i > 0 && modifierPrefix[r.ws[s.i-1].key] {
		return true
	}
	return false
}

// countryPart is what a person's code says when the person only modifies a
// phrase ("Putin's spokesman"): the country, or the whole code of an
// organization.
func countryPart(code string) string {
	if len(code) <= 3 {
		return code
	}
	switch code[:3] {
	case "IGO", "NGO", "IMG", "MNC":
		return code
	}
	return code[:3]
}

// againstState are the sectors of those who oppose a state: they take
// its country, not its government's code.
var againstState = map[string]bool{"OPP": true, "REB": true, "INS": true}

// stateSectors are the sectors that "former" turns into ELI.
var stateSectors = map[string]bool{"GOV": true, "MIL": true, "LEG": true, "JUD": true, "COP": true, "SPY": true}

// match builds the answer from a part's candidate.
func (r *resolver) match(c *cand) (Match, bool) {
	m := Match{Start: c.start, End: c.end}
	if c.person != nil && c.person.n.entry.home != "" && c.person.j < len(r.ws) && campaigns[r.ws[c.person.j].key] {
		// a candidate's campaign ("the Trump campaign") is of their
		// country's parties, whatever office they hold
		m.Name = r.ws[c.person.j].key
		m.Code = c.person.n.entry.home + "PTY"
		return m, true
	}
	if c.person != nil && c.agent != nil && c.agent.i > c.person.i && c.person.n.entry.home != "" &&
		(governments[r.ws[c.agent.j-1].key] || c.agent.n.entry.code != "GOV") {
		// a body named for a person is of the person's country, whatever
		// office they hold: a government named for its leader ("the Trump
		// administration", "the Netanyahu government"), whenever the
		// leader held office; a school named for a judge ("the Antonin
		// Scalia Law School": USAEDU); a leader's critics ("Erdogan
		// critics": TUROPP). A person's own title after the name keeps the
		// person's code ("António Guterres Secretary-General": IGOUNO).
		m.Name = c.agent.n.entry.name
		m.Code = compose(c.person.n.entry.home, c.agent.n.entry)
		return m, true
	}
	if c.person != nil {
		e := c.person.n.entry
		m.Person, m.Name = e.name, e.name
		m.Start, m.End = r.ws[c.person.i].start, r.ws[c.person.j-1].end
		code := c.person.code
		switch {
		case len(code) == 3 && c.agent != nil:
			code = compose(code, c.agent.n.entry)
		case strings.HasSuffix(code, "ELI") && len(code) == 6 && c.agent != nil && againstState[c.agent.n.entry.code]:
			// A former office-holder the phrase calls an opponent of the
			// state ("opposition leader", "Kremlin critic") is coded so.
			code = code[:3] + c.agent.n.entry.code
		}
		m.Code = code
		return m, m.Code != ""
	}
	var code string
	switch {
	case c.actor != nil && c.agent != nil:
		m.Name = c.actor.n.entry.name
		code = c.actorCode
		if len(code) == 3 {
			code = compose(code, c.agent.n.entry)
		} else if len(code) == 6 && code[3:] == "GOV" && againstState[c.agent.n.entry.code] {
			// An opponent of a government ("Kremlin critic", "critics of
			// the government in Tehran") is of its country, not of it.
			code = code[:3] + c.agent.n.entry.code
		} else if len(code) == 6 && code[3:] == "PTY" && r.stateOffice(c.agent) {
			// A party's lawmakers sit in the legislature and its ministers
			// in the government ("BJP lawmakers": INDLEG, "Likud
			// ministers", "the BJP-led government": ISRGOV, INDGOV); its
			// leaders and officials stay the party's.
			code = code[:3] + c.agent.n.entry.code
		}
	case c.actor != nil:
		m.Name = c.actor.n.entry.name
		code = c.actorCode
	case c.agent != nil:
		m.Name = c.agent.n.entry.name
		code = c.agent.n.entry.code
	}
	if c.former {
		if len(code) == 3 && c.agent == nil {
			// "former Russian" is not a title
		} else if len(code) >= 6 && stateSectors[code[3:6]] {
			code = code[:3] + "ELI"
		} else if len(code) >= 3 && stateSectors[code[:3]] {
			code = "ELI"
		}
	}
	m.Code = code
	return m, code != ""
}

// governments are the nouns a leader's name can go before to name the
// government they led.
var governments = map[string]bool{"administration": true, "administrations": true, "government": true,
	"governments": true, "regime": true, "cabinet": true, "junta": true, "presidency": true}

// campaigns are the nouns a candidate's name can go before to name their
// campaign.
var campaigns = map[string]bool{"campaign": true, "campaigns": true}

// stateOffice reports whether a title names a seat in a state's
// legislature or government rather than a post in a party: any legislator,
// and the government, its ministries and ministers.
func (r *resolver) stateOffice(agent *seg) bool {
	switch agent.n.entry.code {
	case "LEG":
		return true
	case "GOV":
		return governments[r.ws[agent.j-1].key] || ministers[r.ws[agent.j-1].key]
	}
	return false
}

// ministers are the last words of titles of a government's members.
var ministers = map[string]bool{"minister": true, "ministers": true, "ministry": true, "ministries": true}

// compose adds an agent's sector to a country code: RUS + GOV = RUSGOV; a
// prefix agent (PETRARCH's NGO~) goes in front.
func compose(country string, agent *entry) string {
	if agent.prefix {
		return agent.code + country
	}
	if strings.HasPrefix(agent.code, country) {
		return agent.code
	}
	return country + agent.code
}
