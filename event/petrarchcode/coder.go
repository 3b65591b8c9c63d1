package petrarchcode

import (
	"fmt"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/event/petrarch"
)

// Options are PETRARCH's coding options, as <Config> elements of a
// records file set them.
type Options struct {
	// RequireDyad drops events whose source or target is the null code
	// "---" (PETRARCH's require_dyad, on by default).
	RequireDyad bool
	// Comma-delimited clauses of CommaMin to CommaMax words between two
	// commas, of CommaBMin to CommaBMax words before the first comma, and
	// of CommaEMin to CommaEMax words after the last one, are taken out of
	// the sentence before coding. A maximum of 0 turns that deletion off.
	CommaMin, CommaMax, CommaBMin, CommaBMax, CommaEMin, CommaEMax int
}

// DefaultOptions returns PETRARCH's defaults.
func DefaultOptions() Options {
	return Options{RequireDyad: true, CommaMin: 2, CommaMax: 8, CommaEMin: 2, CommaEMax: 8}
}

// Set sets an option by its PETRARCH name ("require_dyad", "comma_max",
// ...). Options that do not change what is coded here (stop_on_error,
// new_actor_length) are accepted and ignored; unknown ones are an error.
func (o *Options) Set(name, value string) error {
	v := strings.ToLower(strings.TrimSpace(value))
	num := func(p *int) error {
		var n int
		if _, err := fmt.Sscanf(v, "%d", &n); err != nil {
			return fmt.Errorf("option %s: %q is not a number", name, value)
		}
		*p = n
		return nil
	}
	switch strings.ToLower(name) {
	case "require_dyad":
		o.RequireDyad = !strings.Contains(v, "false")
	case "comma_min":
		return num(&o.CommaMin)
	case "comma_max":
		return num(&o.CommaMax)
	case "comma_bmin":
		return num(&o.CommaBMin)
	case "comma_bmax":
		return num(&o.CommaBMax)
	case "comma_emin":
		return num(&o.CommaEMin)
	case "comma_emax":
		return num(&o.CommaEMax)
	case "stop_on_error", "new_actor_length", "write_actor_root", "write_actor_text":
	default:
		return fmt.Errorf("unknown option %q", name)
	}
	return nil
}

// Event is one coded event. Codes are strings as the dictionaries write
// them: actor codes may carry agents ("ARNGOV") or be null ("---GOV"), and
// event codes need not be CAMEO ("174K" in the unit tests).
type Event struct {
	Sentence int    // index into Document.Sentences
	Source   string // actor code
	Target   string
	Code     string // event code
	Verb     int    // token index of the verb
	// Pattern is the dictionary line that gave the code, as "FILE:LINE:
	// - PATTERN [CODE]", or "FILE:LINE: VERB [CODE]" for a verb's own code.
	Pattern string
}

func (e Event) String() string { return e.Source + " " + e.Target + " " + e.Code }

// Coder codes events with PETRARCH dictionaries. It is safe for concurrent
// use.
type Coder struct {
	verbs    *verbs
	actors   *Actors
	discards *Discards
	pico     *PICO
}

// New returns a coder for a verb dictionary, actor and agent dictionaries
// (Actors) and, optionally, discards and a PICO table (nil for none).
func New(vd *petrarch.VerbDictionary, a *Actors, disc *Discards, pico *PICO) *Coder {
	return &Coder{verbs: compileVerbs(vd), actors: a, discards: disc, pico: pico}
}

// TwoLevel reports whether the verb dictionary is in PETRARCH-2's format.
func (c *Coder) TwoLevel() bool { return c.verbs.twoLevel }

// Code codes the events of a parsed document on date (the zero Time for
// none; dated actor codes then take their undated code).
func (c *Coder) Code(d *dyad.Document, date time.Time, opt Options) []Event {
	var out []Event
	for si, s := range d.Sentences {
		x := newSent(d, s)
		if c.discards != nil {
			if _, _, ok := c.discards.Match(x.words); ok {
				continue
			}
		}
		if dateline(x) {
			continue
		}
		c.rescueVerbs(x)
		x.buildPhrases(c.actors, date)
		x.deleteClauses(opt)
		out = append(out, c.codeSentence(x, si, opt)...)
	}
	return out
}

// dateline reports a sentence that starts with a dateline, "CEBU CITY:
// --": PETRARCH rejects those.
func dateline(x *sent) bool {
	n := 0
	for i, w := range x.words {
		switch {
		case w == ":" || w == "--" || w == "—":
			return n > 0 && i < 6
		case isCapsWord(x.d.TokenText(x.first + i)):
			n++
		case w == ",":
		default:
			return false
		}
	}
	return false
}

func isCapsWord(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= 'a' && r <= 'z':
			return false
		}
	}
	return letters >= 2
}

// codeSentence codes each verb of a sentence, left to right. A verb that
// codes takes the words of its phrase with it: verbs inside them are not
// coded on their own, as in PETRARCH.
func (c *Coder) codeSentence(x *sent, si int, opt Options) []Event {
	var evs []Event
	skipTo := -1
	for v := 0; v < x.n(); v++ {
		if v <= skipTo || x.gone[v] || !x.isVerb(v) {
			continue
		}
		vf, vs, ve := c.findVerb(x, v)
		if vf == nil {
			continue
		}
		end := max(x.phraseEnd(v), ve)
		up := x.upperView(vs)
		low := x.lowerView(ve, end)
		// PETRARCH-2 patterns read the clause's structure: the part before
		// the verb is matched against the subject, the part after it
		// against the verb's phrase less the clauses in it, and words by
		// their lemma too
		mup, mlow := up, low
		subj := -1
		if c.verbs.twoLevel {
			subj = x.subjectPhrase(v)
			mup = &view{x: x, back: true}
			if subj >= 0 {
				mup = x.phraseView(subj)
			}
			mlow = x.withoutClauses(low, v)
			mup.lemmas, mlow.lemmas = true, true
		}
		code, r, pat := c.match(vf.verb, mup, mlow)
		if code.IsZero() || code.Null() {
			continue
		}
		if c.pico != nil && x.negated(v) {
			code = c.pico.Negate(code)
			if code.IsZero() {
				skipTo = end
				continue
			}
		}
		// PETRARCH-1 goes on past the verb's phrase once the verb has a
		// code; PETRARCH-2 only once it has coded an event
		if !c.verbs.twoLevel {
			skipTo = end
		}
		src, tgt := r.src, r.tgt
		fromPattern := src >= 0 || tgt >= 0
		if src < 0 && subj >= 0 && x.phr[subj].coded() {
			src = subj
		}
		if src < 0 {
			src = findSource(x, up)
		}
		if src < 0 {
			continue
		}
		if tgt < 0 {
			tgt = findTarget(x, up, low, src)
		}
		if tgt < 0 {
			continue
		}
		passive := x.passive(v, low, c.verbs.twoLevel) && !(c.verbs.twoLevel && fromPattern)
		srcs, tgts := x.phr[src].codes(), x.phr[tgt].codes()
		if !c.verbs.twoLevel {
			srcs, tgts = expandSlash(srcs), expandSlash(tgts)
		}
		for _, e := range makeEvents(srcs, tgts, code, passive) {
			if c.verbs.twoLevel && (e.Source == NullCode || e.Target == NullCode) {
				// PETRARCH-2 codes no event with a null actor, whatever
				// require_dyad says
				continue
			}
			e.Sentence, e.Verb, e.Pattern = si, x.first+v, pat
			evs = append(evs, e)
			skipTo = end
		}
	}
	if opt.RequireDyad {
		kept := evs[:0]
		for _, e := range evs {
			if e.Source != NullCode && e.Target != NullCode {
				kept = append(kept, e)
			}
		}
		evs = kept
	}
	return dedupe(evs)
}

func dedupe(evs []Event) []Event {
	seen := map[string]bool{}
	out := evs[:0]
	for _, e := range evs {
		k := e.String()
		if !seen[k] {
			seen[k] = true
			out = append(out, e)
		}
	}
	return out
}

// expandSlash expands codes written "FRO/BIL/SAM" into their parts, as
// PETRARCH-1 does.
func expandSlash(cs []string) []string {
	var out []string
	for _, c := range cs {
		out = append(out, strings.Split(c, "/")...)
	}
	return out
}

// makeEvents makes the events of a code between the source and target
// codes: every pair but an actor with itself; a pair code "A:B" gives A
// from source to target and B back (with a null side taking the other's
// codes); a passive verb swaps the two.
func makeEvents(srcs, tgts []string, code petrarch.Code, passive bool) []Event {
	var out []Event
	mk := func(ss, ts []string, ec string) {
		if ec == "" {
			return
		}
		for _, s := range ss {
			for _, t := range ts {
				if s == t {
					continue
				}
				if passive {
					out = append(out, Event{Source: t, Target: s, Code: ec})
				} else {
					out = append(out, Event{Source: s, Target: t, Code: ec})
				}
			}
		}
	}
	if code.Reverse != "" {
		if srcs[0] == NullCode || tgts[0] == NullCode {
			if tgts[0] == NullCode {
				tgts = srcs
			} else {
				srcs = tgts
			}
		}
		mk(srcs, tgts, code.Event)
		mk(tgts, srcs, code.Reverse)
		return out
	}
	mk(srcs, tgts, code.Event)
	return out
}

// findSource returns the first phrase before the verb (in text order,
// back to a comma) that names an actor or is a compound; failing that the
// first phrase at all.
func findSource(x *sent, up *view) int {
	ps := up.phrases()
	for i := len(ps) - 1; i >= 0; i-- {
		if x.phr[ps[i]].coded() {
			return ps[i]
		}
	}
	if len(ps) > 0 {
		return ps[len(ps)-1]
	}
	return -1
}

// findTarget returns, in PETRARCH's order of preference, the first coded
// phrase after the verb that is not the source's actor, the first null
// phrase after it, the nearest coded phrase before it, the nearest null
// one.
func findTarget(x *sent, up, low *view, src int) int {
	sp := x.phr[src]
	other := func(p int) bool {
		q := x.phr[p]
		if sp.compound() || q.compound() {
			return true
		}
		return !strings.HasPrefix(q.code(), sp.code())
	}
	lp := low.phrases()
	for _, p := range lp {
		if x.phr[p].coded() && other(p) {
			return p
		}
	}
	for _, p := range lp {
		if !x.phr[p].coded() {
			return p
		}
	}
	upp := up.phrases()
	for _, p := range upp {
		if x.phr[p].coded() && other(p) {
			return p
		}
	}
	for _, p := range upp {
		if !x.phr[p].coded() && p != src {
			return p
		}
	}
	return -1
}

// phrases returns the phrases a view reads, in reading order.
func (v *view) phrases() []int {
	var out []int
	last := -1
	for _, t := range v.toks {
		if p := v.x.ne[t]; p >= 0 && p != last {
			out = append(out, p)
			last = p
		}
	}
	return out
}

// match tries the verb's patterns and returns the code of the one that
// matches the most words (the heaviest, then the first in the dictionary,
// among equals) with the phrases it binds; failing all, the verb's own
// code.
func (c *Coder) match(vb *verb, up, low *view) (petrarch.Code, roles, string) {
	var best *pattern
	var bestRoles roles
	for _, p := range vb.patterns {
		var got roles
		ok := low.seq(lowerSteps(p), 0, roles{src: -1, tgt: -1}, func(_ int, r roles) bool {
			return up.seq(upperSteps(p), 0, r, func(_ int, r2 roles) bool {
				got = r2
				return true
			})
		})
		if !ok {
			continue
		}
		if best == nil || got.words > bestRoles.words ||
			got.words == bestRoles.words && (p.weight > best.weight || p.weight == best.weight && p.order < best.order) {
			best, bestRoles = p, got
		}
	}
	if best != nil {
		return best.code, bestRoles, fmt.Sprintf("%s:%d: %s", c.verbs.name, best.line, best.text)
	}
	return vb.code, roles{src: -1, tgt: -1}, fmt.Sprintf("%s:%d: %s [%s]", c.verbs.name, vb.line, vb.name, vb.code)
}
