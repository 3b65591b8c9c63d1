package cameo

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Code is a CAMEO event code of two to four digits. The zero Code is no
// code. Codes made by Parse are codebook codes; Valid reports whether any
// other value is one.
//
// A Code holds its digits in base 11, one place per digit position, each
// digit d stored as d+1 and an absent digit as 0: the order of Codes is the
// order of their strings, so a root sorts before its children.
type Code uint16

// entry is one row of the generated codebook table.
type entry struct {
	code        string
	goldstein   float64
	name        string
	description string
	usage       string
	example     string
}

// ploverMapping is one row of the generated CAMEO→PLOVER table.
type ploverMapping struct {
	code     string
	event    PLOVER
	mode     string
	contexts []string
}

// codes[i] is codebook[i].code as a Code.
var codes = func() []Code {
	cs := make([]Code, len(codebook))
	for i, e := range codebook {
		c, ok := encode(e.code)
		if !ok || (i > 0 && c <= cs[i-1]) || codePLOVER[i].code != e.code {
			panic("cameo: generated tables are out of order at " + e.code + "; run go generate")
		}
		cs[i] = c
	}
	return cs
}()

// encode turns 2 to 4 ASCII digits into a Code.
func encode(s string) (Code, bool) {
	if len(s) < 2 || len(s) > 4 {
		return 0, false
	}
	var v uint16
	for i := range 4 {
		v *= 11
		if i < len(s) {
			d := s[i]
			if d < '0' || d > '9' {
				return 0, false
			}
			v += uint16(d-'0') + 1
		}
	}
	return Code(v), true
}

// decode returns the digits of c and their number, or 0 when c does not
// encode 2 to 4 digits.
func (c Code) decode() (digits [4]byte, n int) {
	if c == 0 || c >= 11*11*11*11 {
		return digits, 0
	}
	v := uint16(c)
	var place [4]uint16
	for i := 3; i >= 0; i-- {
		place[i] = v % 11
		v /= 11
	}
	for i, p := range place {
		if p == 0 {
			break
		}
		digits[i] = byte('0' + p - 1)
		n++
	}
	for _, p := range place[n:] {
		if p != 0 {
			return digits, 0 // a digit after a gap
		}
	}
	if n < 2 {
		return digits, 0
	}
	return digits, n
}

// index returns the position of c in the codebook.
func (c Code) index() (int, bool) {
	return slices.BinarySearch(codes, c)
}

// ErrSyntax and ErrUnknown are the reasons a ParseError gives.
var (
	ErrSyntax  = errors.New("not a string of 2 to 4 digits")
	ErrUnknown = errors.New("not a code of the CAMEO codebook")
)

// A ParseError reports a string that is not a CAMEO code.
type ParseError struct {
	Input string
	Err   error // ErrSyntax or ErrUnknown
}

func (e *ParseError) Error() string {
	in := e.Input
	if len(in) > 40 {
		in = in[:40] + "..."
	}
	return fmt.Sprintf("cameo: %q: %v", in, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// Parse returns the Code written as s, which must be a code of the
// codebook written with all its digits ("0332", "190", "04"). Errors are
// *ParseError.
func Parse(s string) (Code, error) {
	c, ok := encode(s)
	if !ok {
		return 0, &ParseError{s, ErrSyntax}
	}
	if _, ok := c.index(); !ok {
		return 0, &ParseError{s, ErrUnknown}
	}
	return c, nil
}

// MustParse is like Parse but panics when s is not a codebook code. It is
// meant for constants in programs and tests, not for input.
func MustParse(s string) Code {
	c, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return c
}

// Codes returns every code of the codebook in order: each root followed
// by its three- and four-digit codes.
func Codes() []Code { return slices.Clone(codes) }

// Roots returns the 20 cue-category codes "01" to "20".
func Roots() []Code {
	var rs []Code
	for _, c := range codes {
		if _, n := c.decode(); n == 2 {
			rs = append(rs, c)
		}
	}
	return rs
}

// Valid reports whether c is a code of the codebook.
func (c Code) Valid() bool {
	_, ok := c.index()
	return ok
}

// String returns the digits of c, "" for the zero Code, and "Code(n)" for a
// value that encodes no digits.
func (c Code) String() string {
	if c == 0 {
		return ""
	}
	d, n := c.decode()
	if n == 0 {
		return "Code(" + strconv.Itoa(int(c)) + ")"
	}
	return string(d[:n])
}

func (c Code) entry() *entry {
	if i, ok := c.index(); ok {
		return &codebook[i]
	}
	return nil
}

// Name returns the codebook's name for c ("Express intent to provide
// military aid"); cue categories are in capitals ("THREATEN"). It is ""
// for a Code that is not valid.
func (c Code) Name() string {
	if e := c.entry(); e != nil {
		return e.name
	}
	return ""
}

// Description returns the CAMEO manual's description of c; roots have none.
func (c Code) Description() string {
	if e := c.entry(); e != nil {
		return e.description
	}
	return ""
}

// UsageNotes returns the CAMEO manual's usage notes for c.
func (c Code) UsageNotes() string {
	if e := c.entry(); e != nil {
		return e.usage
	}
	return ""
}

// Example returns the CAMEO manual's example sentence for c.
func (c Code) Example() string {
	if e := c.entry(); e != nil {
		return e.example
	}
	return ""
}

// Goldstein returns the Goldstein conflict–cooperation value of c, from
// -10 (most conflictual) to +10, as the codebook gives it; 0 for a Code
// that is not valid.
func (c Code) Goldstein() float64 {
	if e := c.entry(); e != nil {
		return e.goldstein
	}
	return 0
}

// Reciprocal reports whether the codebook says that an act of code c, or
// of the code it refines, is coded in both directions between two actors
// who do it together ("Two reciprocal events are coded with actors
// reversed": express accord 019, intents to cooperate 030-031 and to meet
// 036, consultations such as meeting at a third location 044, diplomatic
// and material cooperation 050, 057, 060-062, breaking relations 164,
// violating a ceasefire 196). Appeals and demands "for reciprocal economic
// exchange" are not.
func (c Code) Reciprocal() bool {
	for ; c != 0; c = c.Parent() {
		e := c.entry()
		if e == nil {
			return false
		}
		text := strings.ToLower(e.usage + " " + e.example)
		for _, says := range []string{"reciprocal event", "can be reciprocal", "could be reciprocal",
			"event itself is reciprocal", "reciprocal in nature"} {
			if strings.Contains(text, says) {
				return true
			}
		}
	}
	return false
}

// Root returns the cue category of c, its first two digits: "03" for
// "0332", "19" for "19". It is 0 when c encodes no digits.
func (c Code) Root() Code {
	d, n := c.decode()
	if n == 0 {
		return 0
	}
	r, _ := encode(string(d[:2]))
	return r
}

// Parent returns c without its last digit ("033" for "0332", "03" for
// "033"), or 0 for a root.
func (c Code) Parent() Code {
	d, n := c.decode()
	if n <= 2 {
		return 0
	}
	p, _ := encode(string(d[:n-1]))
	return p
}

// In reports whether c is ancestor or one of its descendants: "0332" is
// in "03", "033" and "0332".
func (c Code) In(ancestor Code) bool {
	d, n := c.decode()
	a, m := ancestor.decode()
	return n > 0 && m > 0 && m <= n && string(d[:m]) == string(a[:m])
}

// Quad returns the quad class of c from its root: 01–05 verbal
// cooperation, 06–08 material cooperation, 09–13 verbal conflict and
// 14–20 material conflict. It is NoQuad for a Code that is not valid.
func (c Code) Quad() Quad {
	if !c.Valid() {
		return NoQuad
	}
	d, _ := c.decode()
	switch r := int(d[0]-'0')*10 + int(d[1]-'0'); {
	case r <= 5:
		return VerbalCooperation
	case r <= 8:
		return MaterialCooperation
	case r <= 13:
		return VerbalConflict
	default:
		return MaterialConflict
	}
}

// PLOVER returns the PLOVER event type of c and its mode ("" when the
// table gives none), per the CAMEO→PLOVER table of the PLOVER manual. The
// type is 0 for codes PLOVER drops (the 01 and 02 families) and for a Code
// that is not valid. DISAGREEMENTS.md lists where the table departs from
// the manual and what was chosen.
func (c Code) PLOVER() (event PLOVER, mode string) {
	if i, ok := c.index(); ok {
		m := &codePLOVER[i]
		return m.event, m.mode
	}
	return 0, ""
}

// PLOVERContexts returns the PLOVER contexts the CAMEO→PLOVER table gives
// c ("military", "economic", ...), or nil.
func (c Code) PLOVERContexts() []string {
	if i, ok := c.index(); ok {
		return slices.Clone(codePLOVER[i].contexts)
	}
	return nil
}

// MarshalText returns the digits of c; the zero Code is "". It fails for
// a Code that is not valid.
func (c Code) MarshalText() ([]byte, error) {
	if c == 0 {
		return []byte{}, nil
	}
	if !c.Valid() {
		return nil, fmt.Errorf("cameo: %v is not a code of the CAMEO codebook", c)
	}
	return []byte(c.String()), nil
}

// UnmarshalText parses a code as Parse does; "" gives the zero Code.
func (c *Code) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = 0
		return nil
	}
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Quad is a quad class: the four-way split of events into verbal and
// material cooperation and conflict used with CAMEO and PLOVER.
type Quad uint8

// Quad classes, numbered as CAMEO data sets number them.
const (
	NoQuad              Quad = iota
	VerbalCooperation        // 1
	MaterialCooperation      // 2
	VerbalConflict           // 3
	MaterialConflict         // 4
)

var quadNames = [...]string{"", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"}

// String returns "verbal cooperation", "material cooperation", "verbal
// conflict" or "material conflict"; "" for NoQuad.
func (q Quad) String() string {
	if int(q) < len(quadNames) {
		return quadNames[q]
	}
	return "Quad(" + strconv.Itoa(int(q)) + ")"
}

// Cooperation reports whether q is one of the two cooperation classes.
func (q Quad) Cooperation() bool { return q == VerbalCooperation || q == MaterialCooperation }

// Material reports whether q is one of the two material classes.
func (q Quad) Material() bool { return q == MaterialCooperation || q == MaterialConflict }
