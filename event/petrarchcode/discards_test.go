package petrarchcode

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/event/petrarch"
)

func TestReadDiscards(t *testing.T) {
	in := "<!-- header\n more -->\nBASEBALL\n+World Golf Championships  # story\nAFRICAN_NATIONS_CUP ; comment\n+\n"
	d, err := ReadDiscards(strings.NewReader(in), "d.txt")
	el, ok := err.(petrarch.ErrorList)
	if !ok || len(el) != 1 || el[0].Line != 6 {
		t.Errorf("errors %v, want one at line 6", err)
	}
	if d.Len() != 3 {
		t.Fatalf("%d phrases, want 3", d.Len())
	}
	for _, tc := range []struct {
		text          string
		phrase        string
		story, hasOne bool
	}{
		{"ARNOR PLAYED BASEBALL", "BASEBALL", false, true},
		{"THE WORLD GOLF CHAMPIONSHIPS OPENED", "WORLD GOLF CHAMPIONSHIPS", true, true},
		{"THE AFRICAN NATIONS CUP", "AFRICAN NATIONS CUP", false, true},
		{"THE AFRICAN NATIONS", "", false, false},
		{"BASEBALLS", "", false, false},
	} {
		p, story, ok := d.Match(strings.Fields(tc.text))
		if p != tc.phrase || story != tc.story || ok != tc.hasOne {
			t.Errorf("Match(%q) = %q, %v, %v", tc.text, p, story, ok)
		}
	}
}

func TestPICO(t *testing.T) {
	in := "# comment\n050:0x0080#cooperate\n110:0x1007f#0xFFFF+0x0080\n120:-0xFFFF\n121:-0xFFFF+0x0070\n" +
		"057:0x0087\n170:0x10086\nbad line\n999:0xZZ\n"
	p, err := ReadPICO(strings.NewReader(in), "pico.txt")
	if el, ok := err.(petrarch.ErrorList); !ok || len(el) != 2 {
		t.Errorf("errors %v, want 2", err)
	}
	for _, tc := range []struct{ in, want string }{
		{"050", "110"}, {"110", "050"}, {"170", "057"}, {"057", "170"}, {"050:050", "110:110"},
		{"120", ""}, {"999", ""}, {"777", ""},
	} {
		ev, rev, _ := strings.Cut(tc.in, ":")
		got := p.Negate(petrarch.Code{Event: ev, Reverse: rev})
		if got.String() != tc.want {
			t.Errorf("Negate(%s) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzReadDiscards(f *testing.F) {
	f.Add("BASEBALL\n+TYPHOON # c\n<!-- x -->\n")
	f.Add("<!--\n+\n")
	f.Fuzz(func(t *testing.T, in string) {
		d, _ := ReadDiscards(strings.NewReader(in), "fuzz")
		d.Match(strings.Fields(strings.ToUpper(in)))
	})
}

func FuzzReadPICO(f *testing.F) {
	f.Add("110:0x1007f#0xFFFF+0x0080\n120:-0xFFFF\n")
	f.Add("1:+-+\n")
	f.Fuzz(func(t *testing.T, in string) {
		p, _ := ReadPICO(strings.NewReader(in), "fuzz")
		for c := range p.value {
			p.Negate(petrarch.Code{Event: c})
		}
	})
}
