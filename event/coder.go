package event

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
)

// Coder codes events with a dictionary. It is safe for concurrent use.
type Coder struct {
	Dict *Dictionary
	// Untargeted keeps events that find no target actor ("the United
	// States announced ..."). By default an event needs a source and a
	// target, as PETRARCH's require_dyad has it: on news, events without a
	// target are mostly senses the dictionary did not mean.
	Untargeted bool
}

// relationNouns name a relation or a conflict between parties: an actor
// in a phrase they head ("the conflict with Russia") is the other party of
// that relation, not of the verb the phrase hangs from.
var relationNouns = set("conflict", "war", "fighting", "fight", "battle", "clash", "dispute", "confrontation",
	"tension", "tensions", "relation", "relations", "relationship", "ties", "standoff", "rivalry")

// Verbs that turn the clause they govern into an intention ("plans to
// provide"), a threat ("threatened to strike") or speech.
var (
	intentVerbs = set("plan", "intend", "vow", "pledge", "promise", "agree", "decide", "want", "seek", "offer",
		"prepare", "aim", "hope", "expect", "consider", "propose", "commit", "resolve", "wish", "undertake")
	// Nouns that make the "to" clause they govern an intention of whoever
	// has or announces them ("announced plans to provide", "its decision to
	// impose").
	intentNouns = set("plan", "intention", "pledge", "promise", "commitment", "offer", "readiness",
		"willingness", "vow", "proposal")
	threatVerbs = set("threaten", "warn")
	speechVerbs = set("say", "tell", "claim", "insist", "add", "state", "note", "announce", "report", "write",
		"explain", "suggest", "argue", "assert", "stress", "declare", "allege", "believe", "think", "confirm",
		"deny", "warn", "accuse", "acknowledge", "admit", "emphasize", "emphasise", "maintain", "reiterate")
	negators = set("not", "n't", "never", "no")
	// Verbs whose complement did not happen: an appeal ("called on Sweden
	// to extradite"), a demand or a refusal. The verb's own entry codes
	// the appeal or refusal; the complement codes nothing.
	unrealVerbs = set("call", "urge", "ask", "demand", "request", "appeal", "press", "push", "refuse",
		"decline", "reject", "fail", "encourage", "invite", "beg", "implore", "petition", "insist", "want",
		"expect", "hope", "wish")
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// doc holds what the matcher needs to know of a document.
type doc struct {
	d        *dyad.Document
	children [][]int
	mention  map[int]int // head token -> mention with an actor
}

// Code fills d.Events. d must be parsed and its mentions found.
func (c *Coder) Code(d *dyad.Document) {
	x := &doc{d: d, children: make([][]int, len(d.Tokens)), mention: map[int]int{}}
	for i, t := range d.Tokens {
		if t.Head >= 0 {
			x.children[t.Head] = append(x.children[t.Head], i)
		}
	}
	for mi, m := range d.Mentions {
		if m.Actor != "" {
			x.mention[m.Head] = mi
		}
	}
	d.Events = d.Events[:0]
	for si, s := range d.Sentences {
		for i := s.Start; i < s.End; i++ {
			t := d.Tokens[i]
			switch {
			case t.UPOS == dyad.VERB:
				c.verb(x, si, i)
			case t.UPOS == dyad.NOUN:
				c.noun(x, si, i)
			}
		}
	}
}

func (x *doc) lemma(i int) string { return strings.ToLower(x.d.Tokens[i].Lemma) }
func (x *doc) dep(i int) string   { return x.d.Tokens[i].Dep.String() }

// deps returns the dependents of i in a slot: "obj", "iobj", "xcomp", or a
// preposition ("to": obl or nmod dependents whose case marker is "to").
//
// For a passive verb, obj is its subject ("sanctions were imposed"). A
// preposition slot also takes the phrases of that preposition attached to
// the verb's object ("cut ties with Lithuania", where "with Lithuania"
// modifies "ties").
func (x *doc) deps(i int, slot string) []int {
	var out []int
	passive := x.child(i, "nsubj:pass") >= 0
	for _, c := range x.children[i] {
		dep := x.dep(c)
		switch slot {
		case "obj":
			if dep == "obj" || passive && dep == "nsubj:pass" {
				out = append(out, c)
			}
		case "iobj", "xcomp":
			if dep == slot {
				out = append(out, c)
			}
		default:
			if (strings.HasPrefix(dep, "obl") || strings.HasPrefix(dep, "nmod") || dep == "advcl") && x.hasCase(c, slot) {
				out = append(out, c)
			} else if _, named := x.mention[c]; strings.HasPrefix(dep, "obl") && !named && !relationNouns[x.lemma(c)] {
				// "stands in solidarity with Ukraine", "spoke by phone
				// with Netanyahu": an actor in a phrase hanging from one
				// of the verb's that names no one ("engaged in the
				// conflict with Russia" is about the conflict)
				for _, cc := range x.nmods(c, slot) {
					if _, ok := x.mention[cc]; ok {
						out = append(out, cc)
					}
				}
			}
			if dep == "obj" || passive && dep == "nsubj:pass" {
				out = append(out, x.nmods(c, slot)...)
			}
		}
	}
	return out
}

// nmods returns the nominal modifiers of token i marked by preposition p.
func (x *doc) nmods(i int, p string) []int {
	var out []int
	for _, c := range x.children[i] {
		if strings.HasPrefix(x.dep(c), "nmod") && x.hasCase(c, p) {
			out = append(out, c)
		}
	}
	return out
}

// hasCase reports whether a nominal is marked by preposition p ("out of"
// counts for "of").
func (x *doc) hasCase(i int, p string) bool {
	for _, c := range x.children[i] {
		if d := x.dep(c); (d == "case" || d == "mark") && x.lemma(c) == p {
			return true
		}
	}
	return false
}

// caseOf returns the first preposition marking a nominal ("" if none).
func (x *doc) caseOf(i int) string {
	for _, c := range x.children[i] {
		if d := x.dep(c); d == "case" || d == "mark" {
			return x.lemma(c)
		}
	}
	return ""
}

// child returns the first dependent of i with one of the relations.
func (x *doc) child(i int, deps ...string) int {
	for _, c := range x.children[i] {
		for _, d := range deps {
			if x.dep(c) == d {
				return c
			}
		}
	}
	return -1
}

// actors returns the mentions a nominal and its conjuncts stand for.
func (x *doc) actors(i int) []int {
	var out []int
	var walk func(int)
	walk = func(j int) {
		if m, ok := x.mention[j]; ok {
			out = append(out, m)
		} else if m, ok := x.antecedent(j); ok {
			out = append(out, m)
		} else if t := x.d.Tokens[j]; t.UPOS == dyad.NOUN || t.UPOS == dyad.PROPN {
			// "forces of Russia", "US claims", "Russia's concern": the
			// actor may modify a noun the dictionary lacks
			for _, c := range x.children[j] {
				d := x.dep(c)
				if d == "nmod" && x.caseOf(c) == "of" || d == "compound" || d == "nmod:poss" || d == "amod" {
					if m, ok := x.mention[c]; ok {
						out = append(out, m)
						break
					}
				}
			}
		}
		for _, c := range x.children[j] {
			if x.dep(c) == "conj" {
				walk(c)
			}
		}
	}
	walk(i)
	return out
}

// antecedent resolves a third-person pronoun subject to the actor it most
// likely refers back to: "he" and "she" to the nearest person named as a
// subject in the same or the previous sentence, "it" and "they" to the
// nearest such state or organisation. Anything less certain codes nothing.
func (x *doc) antecedent(p int) (int, bool) {
	t := x.d.Tokens[p]
	if t.UPOS != dyad.PRON || !strings.HasPrefix(x.dep(p), "nsubj") {
		return 0, false
	}
	var person bool
	switch x.lemma(p) {
	case "he", "she":
		person = true
	case "it", "they":
	default:
		return 0, false
	}
	sent := x.sentence(p)
	for mi := len(x.d.Mentions) - 1; mi >= 0; mi-- {
		m := x.d.Mentions[mi]
		if m.Head >= p {
			continue
		}
		if s := x.sentence(m.Head); s < sent-1 {
			break
		}
		if m.Actor == "" || !strings.HasPrefix(x.dep(m.Head), "nsubj") {
			continue
		}
		if (m.Type == dyad.PER) == person {
			return mi, true
		}
	}
	return 0, false
}

// sentence returns the index of the sentence holding token i.
func (x *doc) sentence(i int) int {
	ss := x.d.Sentences
	lo, hi := 0, len(ss)
	for lo < hi {
		mid := (lo + hi) / 2
		if ss[mid].End <= i {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// subject returns the token whose actor does what verb v says: its
// subject, the agent of a passive, the subject of a controlling or
// coordinated verb, or the noun a relative clause modifies. passive
// reports a passive verb.
func (x *doc) subject(v int) (subj int, passive bool) {
	for depth := 0; depth < 6 && v >= 0; depth++ {
		if a := x.child(v, "nsubj:pass", "csubj:pass"); a >= 0 {
			passive = true
			for _, c := range x.children[v] {
				if x.dep(c) == "obl:agent" || (strings.HasPrefix(x.dep(c), "obl") && x.caseOf(c) == "by") {
					return c, true
				}
			}
			return -1, true
		}
		if s := x.child(v, "nsubj"); s >= 0 {
			if x.d.Tokens[s].UPOS == dyad.PRON && x.dep(v) == "acl:relcl" {
				if l := x.lemma(s); l == "that" || l == "which" || l == "who" {
					return x.d.Tokens[v].Head, false
				}
			}
			return s, passive
		}
		switch d := x.dep(v); {
		case d == "xcomp" || d == "conj" || x.infinitive(v) && x.child(x.d.Tokens[v].Head, "nsubj") >= 0:
			v = x.d.Tokens[v].Head
		case d == "acl:relcl":
			return x.d.Tokens[v].Head, false
		case d == "acl":
			// "troops attacking Kyiv": the noun acts; but not in "claims of
			// providing weapons" or "plans to attack", whose doer is unsaid
			// but for an intention someone has or announces
			if n := x.d.Tokens[v].Head; x.intentNoun(v) {
				return x.intender(n), false
			}
			if x.child(v, "mark") >= 0 || x.d.Tokens[v].XPOS.String() != "VBG" {
				return -1, passive
			}
			return x.d.Tokens[v].Head, false
		default:
			return -1, passive
		}
	}
	return -1, passive
}

func (x *doc) negated(v int) bool {
	for _, c := range x.children[v] {
		if d := x.dep(c); (d == "advmod" || d == "det" || d == "aux") && negators[x.lemma(c)] {
			return true
		}
	}
	return false
}

// hypothetical reports a clause that says what did not or may not happen:
// "if"/"unless" clauses, "Had the US not ...", "would have been created".
func (x *doc) hypothetical(v int) bool {
	for depth := 0; depth < 4 && v >= 0; depth++ {
		var would, have bool
		for _, c := range x.children[v] {
			switch x.dep(c) {
			case "mark":
				if l := x.lemma(c); l == "if" || l == "unless" || l == "whether" {
					return true
				}
			case "aux":
				switch x.lemma(c) {
				case "would", "could", "might":
					would = true
				case "have":
					have = true
					// "Had the US not infringed": the auxiliary before the subject
					if s := x.child(v, "nsubj"); s >= 0 && c < s && strings.EqualFold(x.d.TokenText(c), "had") {
						return true
					}
				}
			}
		}
		if would && have {
			return true
		}
		if d := x.dep(v); d != "xcomp" && d != "conj" {
			return false
		}
		v = x.d.Tokens[v].Head
	}
	return false
}

// unrealized reports whether v is what another verb asks for, demands or
// refuses ("called on Sweden to extradite", "demanded that NATO
// withdraw", "refused to release"), so that it did not happen.
func (x *doc) unrealized(v int) bool {
	h := x.d.Tokens[v].Head
	if h < 0 {
		return false
	}
	switch x.dep(v) {
	case "xcomp", "ccomp", "advcl":
		return unrealVerbs[x.lemma(h)] && !intentVerbs[x.lemma(h)] && (x.dep(v) != "advcl" || x.infinitive(v))
	}
	return false
}

// intentNoun reports a "to" clause v that spells out an intention noun
// ("plans to provide").
func (x *doc) intentNoun(v int) bool {
	h := x.d.Tokens[v].Head
	return h >= 0 && x.dep(v) == "acl" && x.infinitive(v) && intentNouns[x.lemma(h)]
}

// intender returns who holds the intention noun n: its possessor ("its
// plans", "China's pledge"), else the subject of the verb that has it as
// its object ("the US announced plans"), or -1.
func (x *doc) intender(n int) int {
	if p := x.child(n, "nmod:poss"); p >= 0 {
		return p
	}
	if x.dep(n) == "obj" {
		if s, passive := x.subject(x.d.Tokens[n].Head); !passive {
			return s
		}
	}
	return -1
}

// governor returns the verb that governs v as an xcomp ("plans" in "plans
// to provide"), or -1.
func (x *doc) governor(v int) int {
	if x.dep(v) == "xcomp" || x.infinitive(v) {
		return x.d.Tokens[v].Head
	}
	return -1
}

// future reports a verb with "will", "shall" or "would" ("will provide";
// "Seoul would provide aid if ...", reported or conditional).
func (x *doc) future(v int) bool {
	for _, c := range x.children[v] {
		if x.dep(c) == "aux" {
			if l := x.lemma(c); l == "will" || l == "shall" || l == "would" {
				return true
			}
		}
	}
	return false
}

// infinitive reports a "to" clause attached as an adverbial or adnominal
// clause ("threatened to attack" parsed as advcl, "plans to provide" with
// "plans" taken for a noun): it reads as the governor's complement.
func (x *doc) infinitive(v int) bool {
	if d := x.dep(v); d != "advcl" && d != "acl" {
		return false
	}
	for _, c := range x.children[v] {
		if x.dep(c) == "mark" && x.lemma(c) == "to" {
			return true
		}
	}
	return false
}

// reported reports whether token v is part of what someone said.
func (x *doc) reported(v int) bool {
	for depth := 0; depth < 8 && v >= 0; depth++ {
		h := x.d.Tokens[v].Head
		if h < 0 {
			return false
		}
		if d := x.dep(v); (d == "ccomp" || d == "parataxis") && speechVerbs[x.lemma(h)] {
			return true
		}
		v = h
	}
	return false
}

// matches reports whether entry e's trigger particle and constraints hold
// at token i.
func (x *doc) matches(e *Entry, i int) bool {
	if _, prt, ok := strings.Cut(e.Trigger, "_"); ok {
		found := false
		for _, c := range x.children[i] {
			if x.lemma(c) == prt && (x.dep(c) == "compound:prt" || x.dep(c) == "advmod" || x.dep(c) == "case") {
				found = true
			}
			// "called off the strike", with "off" parsed as the case of "strike"
			if d := x.dep(c); (d == "obj" || strings.HasPrefix(d, "obl")) && i+1 < len(x.d.Tokens) &&
				x.lemma(i+1) == prt && x.d.Tokens[i+1].Head == c {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	for _, con := range e.Require {
		ds := x.deps(i, con.Slot)
		if con.Lemmas == nil {
			if len(ds) > 0 {
				return false
			}
			continue
		}
		ok := false
		for _, dj := range ds {
			for _, l := range con.Lemmas {
				if x.lemma(dj) == l || x.hasCompound(dj, l) {
					ok = true
				}
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// hasCompound reports whether nominal i has a compound or amod modifier
// with lemma l ("military aid" for obj=military).
func (x *doc) hasCompound(i int, l string) bool {
	for _, c := range x.children[i] {
		if d := x.dep(c); (d == "compound" || d == "amod") && x.lemma(c) == l {
			return true
		}
	}
	return false
}

// verbEntries returns the entries of verb token v: by its lemma, or, when
// the lemmatizer did not know the word ("extradited" as "extradit"), by the
// base forms English inflection allows.
func (c *Coder) verbEntries(x *doc, v int) []*Entry {
	if es := c.Dict.verbs[x.lemma(v)]; len(es) > 0 {
		return es
	}
	form := strings.ToLower(x.d.TokenText(v))
	for _, suf := range []string{"ed", "es", "s", "ing"} {
		stem, ok := strings.CutSuffix(form, suf)
		if !ok || len(stem) < 2 {
			continue
		}
		cands := []string{stem, stem + "e"}
		if n := len(stem); n > 2 && stem[n-1] == stem[n-2] {
			cands = append(cands, stem[:n-1]) // "shelled", "planned"
		}
		if strings.HasSuffix(stem, "i") {
			cands = append(cands, stem[:len(stem)-1]+"y") // "denied"
		}
		for _, l := range cands {
			if es := c.Dict.verbs[l]; len(es) > 0 {
				return es
			}
		}
	}
	return nil
}

func (c *Coder) verb(x *doc, si, v int) {
	entries := c.verbEntries(x, v)
	if len(entries) == 0 || x.hypothetical(v) || x.unrealized(v) {
		return
	}
	subj, passive := x.subject(v)
	for _, e := range entries {
		if !x.matches(e, v) {
			continue
		}
		var targets []int
		if e.Target != "" {
			slot := e.Target
			var tok []int
			if passive && slot == "obj" {
				tok = []int{x.child(v, "nsubj:pass")}
			} else {
				tok = x.deps(v, slot)
			}
			for _, t := range tok {
				if t >= 0 {
					targets = append(targets, x.actors(t)...)
				}
			}
			if len(targets) == 0 {
				continue // the entry wants a target the sentence does not give
			}
		} else {
			// "disputed US claims": whose claims they are is the target
			for _, o := range x.deps(v, "obj") {
				if _, ok := x.mention[o]; !ok {
					targets = append(targets, x.actors(o)...)
				}
			}
		}
		if subj < 0 {
			return
		}
		sources := x.actors(subj)
		if len(sources) == 0 {
			return
		}
		code := e.Code
		neg := x.negated(v)
		if x.future(v) {
			if to, ok := shifted(c.Dict.intent, code); ok {
				code = to // "will provide": an intention, not yet an act
			}
		}
		if x.intentNoun(v) {
			to, ok := shifted(c.Dict.intent, code)
			if !ok {
				return
			}
			code = to
		} else if g := x.governor(v); g >= 0 {
			neg = neg || x.negated(g)
			if intentVerbs[x.lemma(g)] {
				to, ok := shifted(c.Dict.intent, code)
				if !ok {
					return
				}
				code = to
			} else if threatVerbs[x.lemma(g)] {
				to, ok := shifted(c.Dict.threat, code)
				if !ok {
					return
				}
				code = to
			}
		}
		if e.Swap {
			if len(targets) == 0 {
				return
			}
			sources, targets = targets, sources
		}
		c.emit(x, si, v, sources, targets, x.patient(v, passive), code, neg, x.reported(v), e)
		return
	}
}

func (c *Coder) noun(x *doc, si, n int) {
	entries := c.Dict.nouns[x.lemma(n)]
	if len(entries) == 0 {
		return
	}
	src := x.child(n, "nmod:poss")
	if src < 0 {
		for _, ch := range x.children[n] {
			if x.dep(ch) == "nmod" && x.caseOf(ch) == "by" {
				src = ch
			}
		}
	}
	if src < 0 {
		// "Russian attack on Ukraine": the actor in an adjective
		if m, ok := x.mentionWithin(n); ok {
			src = x.d.Mentions[m].Head
		}
	}
	if src < 0 {
		return
	}
	sources := x.actors(src)
	if len(sources) == 0 {
		return
	}
	for _, e := range entries {
		if !x.matches(e, n) {
			continue
		}
		var targets []int
		if e.Target != "" {
			for _, t := range x.deps(n, e.Target) {
				targets = append(targets, x.actors(t)...)
			}
			if len(targets) == 0 {
				continue
			}
		}
		c.emit(x, si, n, sources, targets, false, e.Code, x.negated(n), x.reported(n), e)
		return
	}
}

// mentionWithin returns a mention headed by an amod or compound modifier
// of noun n ("Russian" in "Russian strikes").
func (x *doc) mentionWithin(n int) (int, bool) {
	for _, c := range x.children[n] {
		if d := x.dep(c); d == "amod" || d == "compound" {
			if m, ok := x.mention[c]; ok {
				return m, true
			}
		}
	}
	return 0, false
}

// mutual reports whether an act of code c takes two, so that coordinated
// actors with no target do it to each other: the codes the codebook calls
// reciprocal (cameo.Code.Reciprocal: accord, intents to cooperate and to
// meet, signing, cooperation), and all consultations (04), material
// cooperation (06) and fighting (19).
func mutual(c cameo.Code) bool {
	if c.Reciprocal() {
		return true
	}
	switch c.Root().String() {
	case "04", "06", "19":
		return true
	}
	return false
}

// patient reports whether verb v acts on someone, named or not: a passive
// verb on its subject ("we were attacked by al-Qaeda and bin Laden" is no
// attack of one on the other), an active one on an object that is a
// mention or a pronoun ("they attacked us"; "held talks" acts on no one).
func (x *doc) patient(v int, passive bool) bool {
	if passive {
		return x.child(v, "nsubj:pass") >= 0
	}
	for _, t := range x.deps(v, "obj") {
		if _, ok := x.mention[t]; ok || x.d.Tokens[t].UPOS == dyad.PRON {
			return true
		}
	}
	return false
}

// emit records the events of sources acting on targets; patient says that
// the act has an object that names or refers to someone (coded or not), so
// that coordinated sources with no target are not each other's.
func (c *Coder) emit(x *doc, si, trig int, sources, targets []int, patient bool, code cameo.Code, neg, rep bool, e *Entry) {
	if len(targets) == 0 && len(sources) > 1 && mutual(code) && !patient {
		// "Israel and Hamas agreed to a ceasefire", "Russia and China held
		// talks": coordinated actors with no target act on each other when
		// the act takes two (consult, cooperate, sign, fight); actors who
		// act alike ("Australia, Canada and Japan pledged their support")
		// act on nobody.
		for _, s := range sources {
			for _, t := range sources {
				if s != t && x.d.Mentions[s].Actor != x.d.Mentions[t].Actor {
					x.d.Events = append(x.d.Events, dyad.Event{Sentence: si, Source: s, Target: t, Code: code,
						Trigger: trig, Negated: neg, Reported: rep, Pattern: e.Source})
				}
			}
		}
		return
	}
	if len(targets) == 0 {
		if !c.Untargeted {
			return
		}
		targets = []int{-1}
	}
	for _, s := range sources {
		for _, t := range targets {
			if t >= 0 && (x.d.Mentions[s].Actor == x.d.Mentions[t].Actor ||
				ownCountry(x.d.Mentions[s].Actor, x.d.Mentions[t].Actor) && x.place(t)) {
				continue // an actor acting on itself, or on the place of its own country
			}
			x.d.Events = append(x.d.Events, dyad.Event{Sentence: si, Source: s, Target: t, Code: code,
				Trigger: trig, Negated: neg, Reported: rep, Pattern: e.Source})
		}
	}
}

// ownCountry reports whether target is the bare code of source's own
// country: "we" (USAGOV) investing "in America" (USA) is no interaction
// between two actors. A sector of the same country is one (USAGOV
// arresting USAOPP).
func ownCountry(source, target string) bool {
	return len(target) == 3 && len(source) > 3 && source[:3] == target
}

// place reports whether mention t names a place (a location, or a proper
// noun of no other type: a country, a state), not people coded by their
// country ("Ohio man James Alex Fields", sentenced by a US judge).
func (x *doc) place(t int) bool {
	m := x.d.Mentions[t]
	return m.Type == dyad.LOC || m.Type == dyad.NoEntity && x.d.Tokens[m.Head].UPOS == dyad.PROPN
}
