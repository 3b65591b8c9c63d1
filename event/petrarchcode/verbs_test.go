package petrarchcode

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/event/petrarch"
)

func TestRegularForms(t *testing.T) {
	for in, want := range map[string]string{
		"DEPART": "DEPARTS DEPARTED DEPARTING", "DEPLORE": "DEPLORES DEPLORED DEPLORING",
		"RATIFY": "RATIFIES RATIFIED RATIFYING", "PLAY": "PLAYS PLAYED PLAYING",
		"REACH": "REACHES REACHED REACHING", "FIX": "FIXES FIXED FIXING",
	} {
		if got := strings.Join(regularForms(in), " "); got != want {
			t.Errorf("regularForms(%s) = %s, want %s", in, got, want)
		}
	}
	for in, want := range map[string]string{"DOLLAR": "DOLLARS", "PARTY": "PARTIES", "TAX": "TAXES",
		"DAY": "DAYS"} {
		if got := plural(in); got != want {
			t.Errorf("plural(%s) = %s, want %s", in, got, want)
		}
	}
}

func readVerbs(t *testing.T, name string) *verbs {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := petrarch.ReadVerbs(f, name)
	if err != nil {
		t.Fatal(err)
	}
	return compileVerbs(d)
}

func TestCompileVerbs(t *testing.T) {
	v := readVerbs(t, "verbs.txt")
	if v.twoLevel {
		t.Error("verbs.txt read as PETRARCH-2")
	}
	forms := func(head string) []string {
		var out []string
		for _, f := range v.forms[head] {
			out = append(out, strings.Join(f.words(), "_")+"="+f.verb.code.String())
		}
		return out
	}
	for head, want := range map[string]string{
		"DEPARTED": "DEPARTED=032", "BROKE": "BROKE=1717 BROKE_DOWN=1717", "BROKEN": "BROKEN=1717 BROKEN_DOWN=1717",
		"TAPPED": "WIRE_TAPPED=1711", "MET": "MET=031:031", "BREAKS": "BREAKS_DOWN=1717", "DEPARTES": "",
	} {
		if got := strings.Join(forms(head), " "); got != want {
			t.Errorf("forms of %s: %q, want %q", head, got, want)
		}
	}
	if len(v.others["WIRE"]) != 3 {
		t.Errorf("WIRE_+TAP is not found from WIRE: %d forms", len(v.others["WIRE"]))
	}
	// heavier patterns first
	restore := v.forms["RESTORE"][0].verb
	var got []string
	for _, p := range restore.patterns {
		got = append(got, p.code.String())
	}
	if strings.Join(got, " ") != "0642 0641" {
		t.Errorf("RESTORE patterns in order %q, want 0642 0641", got)
	}
	// synset members get plurals
	c := v.forms["CONTRIBUTE"][0].verb.patterns[0].lower[0].syn
	var members []string
	for _, m := range c.members {
		var ws []string
		for _, e := range m {
			ws = append(ws, e.word)
		}
		members = append(members, strings.Join(ws, " "))
	}
	if m := strings.Join(members, ", "); !strings.Contains(m, "DOLLARS") || !strings.Contains(m, "SWISS FRANCS") {
		t.Errorf("&CURRENCY members %q", members)
	}
	if !readVerbs(t, "verbs2.txt").twoLevel {
		t.Error("verbs2.txt not read as PETRARCH-2")
	}
}
