package cameo

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestCounts(t *testing.T) {
	if n := len(Codes()); n != 312 {
		t.Errorf("Codes: %d, want 312", n)
	}
	roots := Roots()
	if len(roots) != 20 {
		t.Fatalf("Roots: %d, want 20", len(roots))
	}
	for i, r := range roots {
		if want := fmt.Sprintf("%02d", i+1); r.String() != want {
			t.Errorf("root %d is %s, want %s", i, r, want)
		}
	}
	if n := len(PLOVERTypes()); n != 16 {
		t.Errorf("PLOVERTypes: %d, want 16", n)
	}
}

func TestCodes(t *testing.T) {
	tests := []struct {
		code      string
		name      string
		goldstein float64
		root      string
		parent    string
		quad      Quad
		plover    PLOVER
		mode      string
		contexts  []string
	}{
		{"0332", "Express intent to provide military aid", 5.2, "03", "033", VerbalCooperation, Agree, "", []string{"military"}},
		{"190", "Use conventional military force", -10, "19", "19", MaterialConflict, Assault, "", []string{"military"}},
		{"19", "FIGHT", -10, "19", "", MaterialConflict, Assault, "", nil},
		{"051", "Praise or endorse", 3.4, "05", "05", VerbalCooperation, Support, "", []string{"diplomatic"}},
		{"1721", "Impose restrictions on political freedoms", -5, "17", "172", MaterialConflict, Coerce, "restrict", []string{"rights_freedoms"}},
		{"016", "Deny responsibility", -5, "01", "01", VerbalCooperation, 0, "", nil},
		{"020", "Make an appeal or request", 3, "02", "02", VerbalCooperation, 0, "", nil},
		{"0874", "Retreat or surrender militarily", 10, "08", "087", MaterialCooperation, Retreat, "disarm", []string{"military"}},
		{"083", "Accede to requests or demands for political reform", 5, "08", "08", MaterialCooperation, Concede, "", []string{"political_institutions"}},
		{"041", "Discuss by telephone", 1, "04", "04", VerbalCooperation, Consult, "phone", nil},
		{"090", "Investigate", -2, "09", "09", VerbalConflict, Accuse, "investigate", nil},
		{"1121", "Accuse of crime, corruption", -2, "11", "112", VerbalConflict, Accuse, "allege", []string{"crime", "corruption"}},
		{"145", "Protest violently, riot", -7.5, "14", "14", MaterialConflict, Protest, "riot", nil},
		// Disagreements resolved as DISAGREEMENTS.md says.
		{"163", "Impose embargo, boycott, or sanctions", -8, "16", "16", MaterialConflict, Coerce, "restrict", []string{"diplomatic"}},
		{"175", "Use tactics of violent repression", -9, "17", "17", MaterialConflict, Assault, "", []string{"pro_autocracy", "military"}},
		{"2042", "Detonate nuclear weapons", -10, "20", "204", MaterialConflict, Assault, "unconventional", []string{"cbrn"}},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			c, err := Parse(tt.code)
			if err != nil {
				t.Fatal(err)
			}
			if c.String() != tt.code || !c.Valid() {
				t.Errorf("String %q, Valid %v", c, c.Valid())
			}
			if c.Name() != tt.name {
				t.Errorf("Name %q, want %q", c.Name(), tt.name)
			}
			if c.Goldstein() != tt.goldstein {
				t.Errorf("Goldstein %v, want %v", c.Goldstein(), tt.goldstein)
			}
			if c.Root().String() != tt.root {
				t.Errorf("Root %s, want %s", c.Root(), tt.root)
			}
			if c.Parent().String() != tt.parent {
				t.Errorf("Parent %q, want %q", c.Parent(), tt.parent)
			}
			if c.Quad() != tt.quad {
				t.Errorf("Quad %v, want %v", c.Quad(), tt.quad)
			}
			p, mode := c.PLOVER()
			if p != tt.plover || mode != tt.mode {
				t.Errorf("PLOVER %v %q, want %v %q", p, mode, tt.plover, tt.mode)
			}
			if got := c.PLOVERContexts(); !slices.Equal(got, tt.contexts) {
				t.Errorf("PLOVERContexts %q, want %q", got, tt.contexts)
			}
		})
	}
}

func TestEveryCodeRoundTrips(t *testing.T) {
	cs := Codes()
	for i, c := range cs {
		s := c.String()
		p, err := Parse(s)
		if err != nil || p != c {
			t.Errorf("Parse(%q) = %v, %v; want %v", s, p, err, c)
		}
		b, err := c.MarshalText()
		if err != nil || string(b) != s {
			t.Errorf("MarshalText(%s) = %q, %v", s, b, err)
		}
		var u Code
		if err := u.UnmarshalText(b); err != nil || u != c {
			t.Errorf("UnmarshalText(%q) = %v, %v", b, u, err)
		}
		if i > 0 && !(cs[i-1] < c && cs[i-1].String() < s) {
			t.Errorf("%s and %s out of order", cs[i-1], c)
		}
		if c.Name() == "" {
			t.Errorf("%s has no name", s)
		}
		if len(s) > 2 && c.Description() == "" {
			t.Errorf("%s has no description", s)
		}
		if !c.In(c.Root()) || !c.In(c) || (c.Parent() != 0 && !c.In(c.Parent())) {
			t.Errorf("%s: In fails for its own ancestors", s)
		}
		if c.Parent() != 0 && !c.Parent().Valid() {
			t.Errorf("%s: parent %s is not a code", s, c.Parent())
		}
		if c.Quad() == NoQuad {
			t.Errorf("%s has no quad class", s)
		}
		p2, _ := c.PLOVER()
		if root := c.Root().String(); (root == "01" || root == "02") != (p2 == 0) {
			t.Errorf("%s: PLOVER %v", s, p2)
		}
		for _, text := range []string{c.Name(), c.Description(), c.UsageNotes(), c.Example()} {
			if strings.Contains(text, "‚Ä") || strings.Contains(text, "\uFFFD") {
				t.Errorf("%s: mojibake left in %q", s, text)
			}
		}
	}
	// JSON: a Code is its digits.
	type event struct {
		Code Code `json:"code"`
	}
	in := []event{{MustParse("0332")}, {MustParse("19")}, {}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `[{"code":"0332"},{"code":"19"},{"code":""}]`; string(b) != want {
		t.Errorf("JSON %s, want %s", b, want)
	}
	var out []event
	if err := json.Unmarshal(b, &out); err != nil || !slices.Equal(in, out) {
		t.Errorf("JSON round trip: %v, %v", out, err)
	}
}

func TestEncodingCoversAllDigitStrings(t *testing.T) {
	var all []string
	var gen func(prefix string)
	gen = func(prefix string) {
		if len(prefix) >= 2 {
			all = append(all, prefix)
		}
		if len(prefix) == 4 {
			return
		}
		for d := '0'; d <= '9'; d++ {
			gen(prefix + string(d))
		}
	}
	gen("")
	slices.Sort(all)
	var prev Code
	for _, s := range all {
		c, ok := encode(s)
		if !ok || c.String() != s {
			t.Fatalf("encode(%q) = %v, %v", s, c, ok)
		}
		if c <= prev {
			t.Fatalf("encode(%q) = %d is not above %d", s, c, prev)
		}
		prev = c
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"", ErrSyntax},
		{"1", ErrSyntax},
		{"12345", ErrSyntax},
		{"0a", ErrSyntax},
		{" 01", ErrSyntax},
		{"-1", ErrSyntax},
		{"042:043", ErrSyntax},
		{"---", ErrSyntax},
		{"00", ErrUnknown},
		{"21", ErrUnknown},
		{"099", ErrUnknown},
		{"1214", ErrUnknown}, // in the PLOVER table, not in the codebook
		{"0339", ErrUnknown},
	}
	for _, tt := range tests {
		c, err := Parse(tt.in)
		var pe *ParseError
		if !errors.Is(err, tt.want) || !errors.As(err, &pe) || pe.Input != tt.in || c != 0 {
			t.Errorf("Parse(%q) = %v, %v; want %v", tt.in, c, err, tt.want)
		}
	}
	var c Code
	if err := c.UnmarshalText([]byte("21")); err == nil {
		t.Error("UnmarshalText(21) succeeded")
	}
	if _, err := Code(5).MarshalText(); err == nil {
		t.Error("MarshalText of an invalid Code succeeded")
	}
}

func TestInvalidCodes(t *testing.T) {
	for _, c := range []Code{0, 1, 5, 14641, 65535} {
		if c.Valid() || c.Name() != "" || c.Goldstein() != 0 || c.Quad() != NoQuad || c.PLOVERContexts() != nil {
			t.Errorf("Code(%d) acts valid", c)
		}
		if p, m := c.PLOVER(); p != 0 || m != "" {
			t.Errorf("Code(%d).PLOVER() = %v %q", c, p, m)
		}
	}
	if s := Code(0).String(); s != "" {
		t.Errorf("zero Code String %q", s)
	}
	if s := Code(5).String(); s != "Code(5)" {
		t.Errorf("Code(5).String() = %q", s)
	}
	if !MustParse("0332").In(MustParse("03")) || MustParse("03").In(MustParse("0332")) || MustParse("0332").In(MustParse("04")) || MustParse("0332").In(0) {
		t.Error("In is wrong")
	}
}

func TestPLOVER(t *testing.T) {
	want := []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
		"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
	var got []string
	for _, p := range PLOVERTypes() {
		got = append(got, p.String())
		q, err := ParsePLOVER(strings.ToLower(p.String()))
		if err != nil || q != p {
			t.Errorf("ParsePLOVER(%s) = %v, %v", p, q, err)
		}
		if p.Definition() == "" {
			t.Errorf("%s has no definition", p)
		}
		b, _ := p.MarshalText()
		var u PLOVER
		if err := u.UnmarshalText(b); err != nil || u != p {
			t.Errorf("text round trip of %s: %v %v", p, u, err)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("PLOVER types %v, want %v", got, want)
	}
	quads := map[PLOVER]Quad{Agree: VerbalCooperation, Concede: VerbalCooperation, Aid: MaterialCooperation,
		Retreat: MaterialCooperation, Request: VerbalConflict, Threaten: VerbalConflict, Protest: MaterialConflict,
		Mobilize: MaterialConflict, Assault: MaterialConflict}
	for p, q := range quads {
		if p.Quad() != q {
			t.Errorf("%s quad %v, want %v", p, p.Quad(), q)
		}
	}
	if m := Consult.Modes(); !slices.Equal(m, []string{"visit", "third-party", "multilateral", "phone"}) {
		t.Errorf("CONSULT modes %q", m)
	}
	if m := Agree.Modes(); m != nil {
		t.Errorf("AGREE modes %q", m)
	}
	if !slices.Contains(Contexts(), "military") || !slices.Contains(Contexts(), "cbrn") {
		t.Errorf("contexts %q", Contexts())
	}
	if _, err := ParsePLOVER("FIGHT"); err == nil {
		t.Error("ParsePLOVER(FIGHT) succeeded")
	}
	var zero PLOVER
	if zero.String() != "" || zero.Valid() || zero.Quad() != NoQuad || PLOVER(200).Valid() {
		t.Error("invalid PLOVER values act valid")
	}
}

// Every code's PLOVER quad agrees with its CAMEO quad except for the
// verbal concessions of CAMEO 08 (DISAGREEMENTS.md).
func TestQuadsAgree(t *testing.T) {
	for _, c := range Codes() {
		p, _ := c.PLOVER()
		if p == 0 || p.Quad() == c.Quad() {
			continue
		}
		if p != Concede || c.Root().String() != "08" {
			t.Errorf("%s: CAMEO quad %v, %s quad %v", c, c.Quad(), p, p.Quad())
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"0332", "19", "", "1214", "abc", "012345"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := Parse(s)
		if err != nil {
			if c != 0 {
				t.Fatalf("Parse(%q) returned %v with an error", s, c)
			}
			_ = err.Error()
			return
		}
		if c.String() != s || !c.Valid() {
			t.Fatalf("Parse(%q) = %v", s, c)
		}
	})
}
