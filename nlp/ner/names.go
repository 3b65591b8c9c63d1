package ner

import (
	"maps"
	"slices"
	"strings"

	"github.com/dyadproject/dyad"
	p "github.com/dyadproject/dyad/nlp/perceptron"
)

// names is a list of known names from outside the training data (the
// actor dictionary's people, places and organizations), each with its
// entity type. A word inside a run of words that the list holds gets
// features of the name's type and the word's place in it, as written or,
// for longer names, matched without case.
type names struct {
	exact, lower map[string]dyad.EntityType
	// prefixes holds the first word, first two words and so on of every
	// name, as written and in lower case, so that a match stops as soon
	// as no name goes on with the words seen
	prefixes map[string]struct{}
}

// nameMinLower is the length below which a name must match with its case:
// "US" is a name, "us" is not.
const nameMinLower = 4

// newNames indexes a list of names by the words the recogniser sees: a
// possessive "'s" and hyphens are words of their own, as in Universal
// Dependencies ("Lashkar - e - Toiba"), and the unsplit hyphenated form
// is kept too.
func newNames(list map[string]dyad.EntityType) *names {
	if len(list) == 0 {
		return nil
	}
	n := &names{exact: map[string]dyad.EntityType{}, lower: map[string]dyad.EntityType{}, prefixes: map[string]struct{}{}}
	// in order, so that of two names with the same words the first keeps
	// them whatever the map's order
	for _, name := range slices.Sorted(maps.Keys(list)) {
		t := list[name]
		if t < dyad.PER || t > dyad.LOC {
			continue
		}
		for _, ws := range nameForms(name) {
			key := strings.Join(ws, " ")
			if _, ok := n.exact[key]; !ok {
				n.exact[key] = t
			}
			if lower := strings.ToLower(key); len(key) >= nameMinLower {
				if _, ok := n.lower[lower]; !ok {
					n.lower[lower] = t
				}
			}
			for k := 1; k <= len(ws); k++ {
				pre := strings.Join(ws[:k], " ")
				n.prefixes[pre] = struct{}{}
				n.prefixes[strings.ToLower(pre)] = struct{}{}
			}
		}
	}
	return n
}

// nameForms splits a name into words as the recogniser's input has them.
func nameForms(name string) [][]string {
	var plain, split []string
	for _, f := range strings.Fields(name) {
		base, poss := f, ""
		if strings.HasSuffix(f, "'s") && len(f) > 2 {
			base, poss = f[:len(f)-2], "'s"
		}
		plain = append(plain, base)
		for i, part := range strings.Split(base, "-") {
			if i > 0 {
				split = append(split, "-")
			}
			if part != "" {
				split = append(split, part)
			}
		}
		if poss != "" {
			plain = append(plain, poss)
			split = append(split, poss)
		}
	}
	if len(plain) == 0 {
		return nil
	}
	if slices.Equal(plain, split) {
		return [][]string{plain}
	}
	return [][]string{plain, split}
}

// annotate adds the name-list features of a sentence's words, whose
// lower-case forms are lowers: at each word, the longest name that starts
// there (written as the list writes it or, for names of nameMinLower
// bytes or more, in any case; of two of the same length, the one written
// alike).
func (n *names) annotate(forms, lowers []string, ws []word) {
	if n == nil {
		return
	}
	var b, lb strings.Builder
	for i := range forms {
		b.Reset()
		lb.Reset()
		bestK, bestT, bestExact := 0, dyad.NoEntity, uint64(0)
		for k := 1; i+k <= len(forms); k++ {
			key, lower := forms[i], lowers[i]
			if k > 1 {
				if k == 2 {
					b.WriteString(forms[i])
					lb.WriteString(lowers[i])
				}
				b.WriteByte(' ')
				b.WriteString(forms[i+k-1])
				lb.WriteByte(' ')
				lb.WriteString(lowers[i+k-1])
				key, lower = b.String(), lb.String()
			}
			_, pre := n.prefixes[key]
			if _, lpre := n.prefixes[lower]; !pre && !lpre {
				break
			}
			if t, ok := n.exact[key]; ok {
				bestK, bestT, bestExact = k, t, 1
			} else if t, ok := n.lower[lower]; ok && len(key) >= nameMinLower {
				bestK, bestT, bestExact = k, t, 2
			}
		}
		for j := i; j < i+bestK; j++ {
			pos := uint64('I')
			switch {
			case bestK == 1:
				pos = 'U'
			case j == i:
				pos = 'B'
			case j == i+bestK-1:
				pos = 'L'
			}
			ws[j].gaz = append(ws[j].gaz, namesFeature(bestT, pos, bestExact), uint64(p.Hash(7, uint64(bestT), 0, bestExact)))
		}
	}
}

// namesFeature is the feature value of a word at place pos ('B', 'I',
// 'L' or 'U') in a listed name of type t, matched as written (exact 1) or
// in another case (2).
func namesFeature(t dyad.EntityType, pos, exact uint64) uint64 {
	return uint64(p.Hash(6, uint64(t), pos, exact))
}

// namesFile is the stored form of a name list: the names of each type,
// sorted.
type namesFile struct {
	PER []string `json:"PER,omitempty"`
	ORG []string `json:"ORG,omitempty"`
	LOC []string `json:"LOC,omitempty"`
}

// namesFileOf returns the stored form of the names as given to newNames.
func namesFileOf(list map[string]dyad.EntityType) *namesFile {
	if len(list) == 0 {
		return nil
	}
	f := &namesFile{}
	for name, t := range list {
		switch t {
		case dyad.PER:
			f.PER = append(f.PER, name)
		case dyad.ORG:
			f.ORG = append(f.ORG, name)
		case dyad.LOC:
			f.LOC = append(f.LOC, name)
		}
	}
	slices.Sort(f.PER)
	slices.Sort(f.ORG)
	slices.Sort(f.LOC)
	return f
}

// list returns the names of a stored list with their types.
func (f *namesFile) list() map[string]dyad.EntityType {
	if f == nil {
		return nil
	}
	m := make(map[string]dyad.EntityType, len(f.PER)+len(f.ORG)+len(f.LOC))
	for _, n := range f.PER {
		m[n] = dyad.PER
	}
	for _, n := range f.ORG {
		m[n] = dyad.ORG
	}
	for _, n := range f.LOC {
		m[n] = dyad.LOC
	}
	return m
}
