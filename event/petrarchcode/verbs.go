package petrarchcode

import (
	"path/filepath"
	"strings"

	"github.com/dyadproject/dyad/event/petrarch"
)

// verbs is a PETRARCH verb dictionary compiled for matching: every form of
// every verb, the patterns of the blocks that list it, and the synsets.
type verbs struct {
	name string // the dictionary's file name, without its directory
	// forms maps the upper-case form of a verb's head word ("BROKEN") to
	// the verbs that can have it there.
	forms map[string][]*verbForm
	// others maps the other words of multi-word verbs ("WIRE" of
	// "WIRE_+TAP") to their forms, for when the tagger takes such a word
	// for the verb.
	others map[string][]*verbForm
	// twoLevel is set for PETRARCH-2 dictionaries (CAMEO 2.0 format, with
	// {NP} and (PREP ...) groups): patterns are then read over the
	// structure of the clause rather than its word order.
	twoLevel bool
}

// verbForm is one form of a verb: its head word and the words the verb
// has before and after it ("WIRE" before "TAPPED", "DOWN" after
// "BROKEN").
type verbForm struct {
	pre, post []string // upper case, in text order
	head      string
	verb      *verb
}

// words returns all the words of the form, in text order, with the head
// among them.
func (f *verbForm) words() []string {
	return append(append(append([]string{}, f.pre...), f.head), f.post...)
}

// verb is one verb of the dictionary with what it codes: its default code
// and its patterns, from every block that lists it.
type verb struct {
	name     string // as written: "+CORDON_OFF"
	code     petrarch.Code
	patterns []*pattern
	line     int
}

// pattern is a compiled pattern line.
type pattern struct {
	upper []*elem // the elements before the verb, in text order
	lower []*elem // the elements after it
	// verbJoined: the verb is written joined to the element before it
	// ("RECENTLY_*"); lower[0].joined says the same of the one after.
	verbJoined bool
	code       petrarch.Code
	line       int
	text       string
	weight     int // how much of the sentence the pattern pins down; heavier patterns are tried first
	order      int // position in the dictionary, to break ties
}

type elemKind uint8

const (
	eWord     elemKind = iota + 1 // a literal word
	eSynset                       // a synonym set
	eSource                       // $
	eTarget                       // +
	eCompound                     // %
	eSkip                         // ^
	eNP                           // {...}
	ePP                           // (PREP ...)
)

// elem is a compiled pattern element.
type elem struct {
	kind   elemKind
	word   string  // eWord, upper case
	syn    *synset // eSynset
	kids   []*elem // eNP, ePP
	joined bool    // written joined to the element before it: nothing may come between
}

// synset is a compiled synonym set: each member is a sequence of
// elements (words as a rule).
type synset struct {
	name    string
	members [][]*elem
}

// compileVerbs compiles a verb dictionary.
func compileVerbs(d *petrarch.VerbDictionary) *verbs {
	v := &verbs{name: filepath.Base(d.Name), forms: map[string][]*verbForm{}, others: map[string][]*verbForm{}}
	v.twoLevel = isTwoLevel(d)
	syns := map[string]*synset{}
	// two passes so that synsets may refer to synsets defined later
	for _, s := range d.Synsets {
		if _, dup := syns[s.Name]; !dup {
			syns[s.Name] = &synset{name: s.Name}
		}
	}
	for _, s := range d.Synsets {
		cs := syns[s.Name]
		if len(cs.members) > 0 && s.Line != d.Synset(s.Name).Line {
			continue // a second definition: the first is the one used
		}
		for _, m := range s.Members {
			es := compileElems(m.Elems, syns)
			if len(es) == 0 {
				continue
			}
			cs.members = append(cs.members, es)
			if s.NoPlural || m.NoPlural {
				continue
			}
			// PETRARCH forms the plural of a synset phrase's last word
			if last := es[len(es)-1]; last.kind == eWord {
				if p := plural(last.word); p != last.word {
					pl := append(append([]*elem{}, es[:len(es)-1]...), &elem{kind: eWord, word: p, joined: last.joined})
					cs.members = append(cs.members, pl)
				}
			}
		}
	}
	order := 0
	byName := map[string]*verb{} // a verb listed in several blocks is one verb
	for bi := range d.Blocks {
		b := &d.Blocks[bi]
		var pats []*pattern
		for _, p := range b.Patterns {
			cp := compilePattern(p, syns)
			if cp == nil {
				continue
			}
			cp.order = order
			order++
			pats = append(pats, cp)
		}
		for _, vl := range b.Verbs {
			key := vl.VerbPhrase.String()
			vb := byName[key]
			if vb == nil {
				vb = &verb{name: key, line: vl.Line}
				byName[key] = vb
				for _, f := range verbForms(vl) {
					vf := &verbForm{pre: f.pre, post: f.post, head: f.head, verb: vb}
					v.forms[f.head] = append(v.forms[f.head], vf)
					for _, w := range vf.words() {
						if w != f.head {
							v.others[w] = append(v.others[w], vf)
						}
					}
				}
			}
			vb.code = b.Code
			if !vl.Code.IsZero() {
				vb.code = vl.Code
			}
			vb.patterns = append(vb.patterns, pats...)
		}
	}
	for _, vb := range byName {
		sortPatterns(vb.patterns)
	}
	return v
}

// isTwoLevel reports a PETRARCH-2 dictionary: one whose patterns use noun
// phrase or prepositional phrase groups.
func isTwoLevel(d *petrarch.VerbDictionary) bool {
	for _, b := range d.Blocks {
		for _, p := range b.Patterns {
			for _, e := range p.Elems {
				if e.Kind == petrarch.NounPhrase || e.Kind == petrarch.PrepPhrase {
					return true
				}
			}
		}
	}
	return false
}

func compileElems(es []petrarch.Elem, syns map[string]*synset) []*elem {
	var out []*elem
	for _, e := range es {
		ce := &elem{joined: e.Joined}
		switch e.Kind {
		case petrarch.Literal:
			ce.kind, ce.word = eWord, strings.ToUpper(e.Text)
		case petrarch.SynsetRef:
			ce.kind, ce.syn = eSynset, syns[strings.TrimRight(e.Text, "_")]
			if ce.syn == nil {
				return nil
			}
		case petrarch.SourceSlot:
			ce.kind = eSource
		case petrarch.TargetSlot:
			ce.kind = eTarget
		case petrarch.CompoundSlot:
			ce.kind = eCompound
		case petrarch.SkipMark:
			ce.kind = eSkip
		case petrarch.NounPhrase, petrarch.PrepPhrase:
			ce.kind = eNP
			if e.Kind == petrarch.PrepPhrase {
				ce.kind = ePP
			}
			ce.kids = compileElems(e.Children, syns)
			if ce.kids == nil {
				return nil
			}
		default:
			return nil // TABARI alternatives: PETRARCH skips such patterns
		}
		out = append(out, ce)
	}
	return out
}

func compilePattern(p petrarch.Pattern, syns map[string]*synset) *pattern {
	vi := p.Verb()
	if vi < 0 {
		return nil
	}
	cp := &pattern{code: p.Code, line: p.Line, text: p.String(), verbJoined: p.Elems[vi].Joined}
	if vi > 0 {
		cp.upper = compileElems(p.Elems[:vi], syns)
		if cp.upper == nil {
			return nil
		}
	}
	if vi+1 < len(p.Elems) {
		cp.lower = compileElems(p.Elems[vi+1:], syns)
		if cp.lower == nil {
			return nil
		}
	}
	cp.weight = weight(cp.upper) + weight(cp.lower)
	if cp.verbJoined {
		cp.weight++
	}
	return cp
}

// weight is how specific a sequence of elements is: a word or synset
// counts two, a slot one, a joint one more.
func weight(es []*elem) int {
	n := 0
	for _, e := range es {
		switch e.kind {
		case eWord, eSynset:
			n += 2
		case eNP, ePP:
			n += weight(e.kids)
		default:
			n++
		}
		if e.joined {
			n++
		}
	}
	return n
}

// sortPatterns orders patterns heaviest first, in dictionary order among
// equals: TABARI's rule that the longer of two matching patterns wins.
func sortPatterns(ps []*pattern) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0; j-- {
			a, b := ps[j-1], ps[j]
			if a.weight > b.weight || a.weight == b.weight && a.order <= b.order {
				break
			}
			ps[j-1], ps[j] = b, a
		}
	}
}

type formSpec struct {
	head      string
	pre, post []string
}

// verbForms returns the forms of a verb line: the forms written in {...}
// or, when there are none, the regular ones PETRARCH makes (-S, -ED, -ING
// on the head word).
func verbForms(v petrarch.Verb) []formSpec {
	phrases := []petrarch.VerbPhrase{v.VerbPhrase}
	if v.Irregular {
		phrases = append(phrases, v.Forms...)
	}
	var out []formSpec
	seen := map[string]bool{}
	add := func(vp petrarch.VerbPhrase, head string) {
		h := vp.Head
		if h < 0 {
			h = 0 // a multi-word verb with no "+" is headed by its first word
		}
		f := formSpec{head: strings.ToUpper(head)}
		for i, w := range vp.Words {
			switch {
			case i < h:
				f.pre = append(f.pre, strings.ToUpper(w))
			case i > h:
				f.post = append(f.post, strings.ToUpper(w))
			}
		}
		k := strings.Join(f.pre, "_") + "|" + f.head + "|" + strings.Join(f.post, "_")
		if !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	for _, vp := range phrases {
		h := max(vp.Head, 0)
		add(vp, vp.Words[h])
	}
	if !v.Irregular {
		h := max(v.Head, 0)
		for _, f := range regularForms(strings.ToUpper(v.Words[h])) {
			add(v.VerbPhrase, f)
		}
	}
	return out
}

func isVowel(c byte) bool { return strings.IndexByte("AEIOU", c) >= 0 }

// regularForms returns the -S, -ED and -ING forms of an upper-case verb.
func regularForms(w string) []string {
	n := len(w)
	if n < 2 {
		return []string{w + "S", w + "ED", w + "ING"}
	}
	last := w[n-1]
	switch {
	case last == 'E':
		return []string{w + "S", w + "D", w[:n-1] + "ING"}
	case last == 'Y' && !isVowel(w[n-2]):
		return []string{w[:n-1] + "IES", w[:n-1] + "IED", w + "ING"}
	case last == 'S' || last == 'X' || last == 'Z' || strings.HasSuffix(w, "CH") || strings.HasSuffix(w, "SH"):
		return []string{w + "ES", w + "ED", w + "ING"}
	}
	return []string{w + "S", w + "ED", w + "ING"}
}

// plural returns the regular plural of an upper-case noun, as PETRARCH
// makes it for synset phrases.
func plural(w string) string {
	n := len(w)
	if n < 2 || !isLetterByte(w[n-1]) {
		return w
	}
	last := w[n-1]
	switch {
	case last == 'Y' && !isVowel(w[n-2]):
		return w[:n-1] + "IES"
	case last == 'S' || last == 'X' || last == 'Z' || strings.HasSuffix(w, "CH") || strings.HasSuffix(w, "SH"):
		return w + "ES"
	}
	return w + "S"
}

func isLetterByte(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }
