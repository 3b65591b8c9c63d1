package dyad

import "fmt"

// UPOS is a Universal Dependencies part-of-speech tag. The zero value means
// "not tagged".
type UPOS uint8

// The 17 universal part-of-speech tags.
const (
	NoUPOS UPOS = iota
	ADJ
	ADP
	ADV
	AUX
	CCONJ
	DET
	INTJ
	NOUN
	NUM
	PART
	PRON
	PROPN
	PUNCT
	SCONJ
	SYM
	VERB
	X
	numUPOS
)

var uposNames = [...]string{"_", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
	"PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

// XPOS is an English Penn Treebank tag as used by UD English treebanks. The
// zero value means "not tagged".
type XPOS uint8

var xposNames = [...]string{"_", "NN", "IN", "DT", "NNP", "PRP", "JJ", "RB", ".", "VB", "NNS", ",", "CC",
	"VBD", "VBP", "VBZ", "CD", "VBN", "VBG", "MD", "TO", "PRP$", "-RRB-", "-LRB-", "WDT", ":", "WRB",
	"``", "''", "WP", "RP", "UH", "POS", "HYPH", "NNPS", "JJR", "JJS", "EX", "NFP", "RBR", "ADD", "GW",
	"$", "SYM", "PDT", "LS", "FW", "RBS", "AFX", "WP$", "XX", "#"}

// Dep is a Universal Dependencies relation label, subtype included
// ("nmod:poss"). The zero value means "no relation".
type Dep uint8

var depNames = [...]string{"_", "root", "punct", "case", "det", "nsubj", "amod", "advmod", "obj", "obl",
	"nmod", "compound", "conj", "cc", "mark", "aux", "cop", "nmod:poss", "advcl", "xcomp", "flat",
	"acl:relcl", "ccomp", "acl", "aux:pass", "appos", "nummod", "parataxis", "nsubj:pass",
	"nmod:unmarked", "obl:unmarked", "discourse", "compound:prt", "list", "expl", "fixed", "iobj",
	"obl:agent", "dep", "nmod:desc", "csubj", "nsubj:outer", "det:predet", "advcl:relcl", "vocative",
	"goeswith", "reparandum", "cc:preconj", "orphan", "dislocated", "csubj:pass", "csubj:outer",
	"nmod:tmod", "obl:tmod", "nmod:npmod", "obl:npmod", "flat:foreign", "flat:name", "det:poss",
	"compound:lvc", "compound:svc", "expl:pv", "nsubj:xsubj", "obl:arg", "clf", "acl:adv", "advcl:cleft"}

// Root is the relation of a sentence's root token.
const Root Dep = 1

var (
	uposIndex = index(uposNames[:])
	xposIndex = index(xposNames[:])
	depIndex  = index(depNames[:])
)

func index(names []string) map[string]uint8 {
	m := make(map[string]uint8, len(names))
	for i, n := range names {
		m[n] = uint8(i)
	}
	return m
}

func (t UPOS) String() string { return name(uposNames[:], int(t)) }
func (t XPOS) String() string { return name(xposNames[:], int(t)) }
func (t Dep) String() string  { return name(depNames[:], int(t)) }

func name(names []string, i int) string {
	if i < len(names) {
		return names[i]
	}
	return fmt.Sprintf("?%d", i)
}

// NumUPOS, NumXPOS and NumDep give the sizes of the tag sets, zero value
// included, for code that indexes arrays by tag.
const NumUPOS = int(numUPOS)

var (
	NumXPOS = len(xposNames)
	NumDep  = len(depNames)
)

// ParseUPOS returns the UPOS named s ("_" and "" give NoUPOS).
func ParseUPOS(s string) (UPOS, error) {
	v, ok := uposIndex[s]
	if !ok && s != "" {
		return 0, fmt.Errorf("unknown UPOS tag %q", s)
	}
	return UPOS(v), nil
}

// ParseXPOS returns the XPOS named s ("_" and "" give the zero tag).
func ParseXPOS(s string) (XPOS, error) {
	v, ok := xposIndex[s]
	if !ok && s != "" {
		return 0, fmt.Errorf("unknown XPOS tag %q", s)
	}
	return XPOS(v), nil
}

// ParseDep returns the relation named s ("_" and "" give the zero relation).
func ParseDep(s string) (Dep, error) {
	v, ok := depIndex[s]
	if !ok && s != "" {
		return 0, fmt.Errorf("unknown dependency relation %q", s)
	}
	return Dep(v), nil
}

// Base returns the relation without its subtype ("nmod:poss" gives "nmod").
func (d Dep) Base() Dep {
	s := d.String()
	for i := 0; i < len(s); i++ {
		if s[i] == ':' {
			return Dep(depIndex[s[:i]])
		}
	}
	return d
}

func (t UPOS) MarshalText() ([]byte, error) { return []byte(t.String()), nil }
func (t XPOS) MarshalText() ([]byte, error) { return []byte(t.String()), nil }
func (d Dep) MarshalText() ([]byte, error)  { return []byte(d.String()), nil }

func (t *UPOS) UnmarshalText(b []byte) (err error) { *t, err = ParseUPOS(string(b)); return }
func (t *XPOS) UnmarshalText(b []byte) (err error) { *t, err = ParseXPOS(string(b)); return }
func (d *Dep) UnmarshalText(b []byte) (err error)  { *d, err = ParseDep(string(b)); return }
