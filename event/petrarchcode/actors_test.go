package petrarchcode

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func testActors(t testing.TB) *Actors {
	t.Helper()
	a := NewActors()
	for _, f := range []struct {
		name string
		add  func(r *os.File, name string) error
	}{
		{"actors.txt", func(r *os.File, n string) error { return a.AddActors(r, n) }},
		{"agents.txt", func(r *os.File, n string) error { return a.AddAgents(r, n) }},
	} {
		path := filepath.Join("testdata", f.name)
		r, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.add(r, path); err != nil {
			t.Errorf("%s: %v", path, err)
		}
		r.Close()
	}
	return a
}

func TestActorsCode(t *testing.T) {
	a := testActors(t)
	day := func(s string) time.Time {
		d, err := RecordDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, tc := range []struct {
		phrase string
		date   time.Time
		want   string
	}{
		{"Arnor", time.Time{}, "ARN"},
		{"Minas Tirith", time.Time{}, "GON"},
		{"Barad-dur", time.Time{}, "MOR"},
		{"the Shire", time.Time{}, "FRO/BIL/SAM"},
		{"The Gondor government", time.Time{}, "GONGOV"},
		{"Gondor 's government", time.Time{}, "GONGOV"},
		{"Soldiers from Gondor", time.Time{}, "GONMIL"},
		{"An MSF Arnor diplomat", time.Time{}, "NGOARNGOV"},       // an agent in front, one behind
		{"the Gondor government minister", time.Time{}, "GONGOV"}, // a code the phrase has already
		{"officials", time.Time{}, "---GOV"},
		{"the plan", time.Time{}, NullCode},
		{"Arnor and Gondor", time.Time{}, "ARN"}, // the first actor; compounds are split before
		{"Smeagol", day("19940101"), "HOB"},
		{"Smeagol", day("19960101"), "HOBGOV"},
		{"Gollum", day("20010101"), "HOBREB"},
	} {
		if got := a.Code(strings.Fields(tc.phrase), tc.date); got != tc.want {
			t.Errorf("Code(%q, %v) = %q, want %q", tc.phrase, tc.date.Format("2006-01-02"), got, tc.want)
		}
	}
}

func TestHasBlock(t *testing.T) {
	for _, tc := range []struct {
		code, agent string
		want        bool
	}{
		{"GONGOV", "GOV", true}, {"GMWGOV", "WGO", false}, {"HGWGOVMED", "MED", true}, {"---GOV", "GOV", true},
		{"ARN", "RNG", false},
	} {
		if got := hasBlock(tc.code, tc.agent); got != tc.want {
			t.Errorf("hasBlock(%q, %q) = %v", tc.code, tc.agent, got)
		}
	}
}
