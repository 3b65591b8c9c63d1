package cameo

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// PLOVER is a PLOVER event type (AGREE, CONSULT, ... ASSAULT). The zero
// PLOVER is no event type. The constants are in plover_tables.go,
// generated from the PLOVER manual.
type PLOVER uint8

// String returns the event type in capitals as PLOVER writes it
// ("AGREE"), "" for the zero PLOVER.
func (p PLOVER) String() string {
	if int(p) < len(ploverNames) {
		return ploverNames[p]
	}
	return "PLOVER(" + strconv.Itoa(int(p)) + ")"
}

// Valid reports whether p is one of the PLOVER event types.
func (p PLOVER) Valid() bool { return p > 0 && int(p) < len(ploverNames) }

// Quad returns the quad class the PLOVER manual gives p.
func (p PLOVER) Quad() Quad {
	if p.Valid() {
		return ploverQuads[p]
	}
	return NoQuad
}

// Modes returns the modes the PLOVER manual lists for p ("visit",
// "third-party", ... for CONSULT), or nil for types without modes.
func (p PLOVER) Modes() []string {
	if p.Valid() {
		return slices.Clone(ploverModes[p])
	}
	return nil
}

// Definition returns a one-paragraph definition of p.
func (p PLOVER) Definition() string {
	if p.Valid() {
		return ploverDefinitions[p]
	}
	return ""
}

// PLOVERTypes returns the 16 PLOVER event types in the manual's order.
func PLOVERTypes() []PLOVER {
	ps := make([]PLOVER, 0, len(ploverNames)-1)
	for p := 1; p < len(ploverNames); p++ {
		ps = append(ps, PLOVER(p))
	}
	return ps
}

// Contexts returns the PLOVER manual's general contexts ("military",
// "economic", ...), which can go with any event type.
func Contexts() []string { return slices.Clone(ploverContexts) }

// ParsePLOVER returns the event type named s, in any case ("ASSAULT",
// "assault").
func ParsePLOVER(s string) (PLOVER, error) {
	for p := 1; p < len(ploverNames); p++ {
		if strings.EqualFold(s, ploverNames[p]) {
			return PLOVER(p), nil
		}
	}
	in := s
	if len(in) > 40 {
		in = in[:40] + "..."
	}
	return 0, fmt.Errorf("cameo: %q is not a PLOVER event type", in)
}

// MarshalText returns the event type's name; "" for the zero PLOVER.
func (p PLOVER) MarshalText() ([]byte, error) {
	if p == 0 {
		return []byte{}, nil
	}
	if !p.Valid() {
		return nil, fmt.Errorf("cameo: %v is not a PLOVER event type", p)
	}
	return []byte(p.String()), nil
}

// UnmarshalText parses an event type as ParsePLOVER does; "" gives 0.
func (p *PLOVER) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = 0
		return nil
	}
	v, err := ParsePLOVER(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}
