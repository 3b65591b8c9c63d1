package actor

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// petrarchFixture loads the hand-written PETRARCH fixtures into an empty
// dictionary.
func petrarchFixture(t *testing.T) *Dictionary {
	t.Helper()
	d := New()
	for _, f := range []string{"testdata/petrarch/small.actors.txt", "testdata/petrarch/small.agents.txt"} {
		err := d.AddFile(f)
		var list ErrorList
		if err != nil && !errors.As(err, &list) {
			t.Fatal(err)
		}
	}
	return d
}

func TestPetrarchActors(t *testing.T) {
	d := petrarchFixture(t)
	for _, tc := range []struct {
		date, phrase, want string
	}{
		{"2015-01-01", "North Korea", "PRK"},
		{"2015-01-01", "DPRK", "PRK"},
		{"2015-01-01", "Pyongyang", "PRK"},          // a synonym with an old ";" comment
		{"2015-01-01", "the Hermit Kingdom", "PRK"}, // two synonyms on one line
		{"2015-01-01", "D.P.R.K.", "PRK"},
		{"2015-01-01", "Kim Jong Un", "PRKGOV"}, // >20111217
		{"2010-01-01", "Kim Jong-un", "PRKELI"}, // the undated default
		{"2015-01-01", "the Kremlin", "RUSGOV"},
		{"2015-01-01", "Aragorn", ""}, // [---]
		{"1990-01-01", "Gollum", "HOB"},
		{"1995-06-01", "Smeagol", "HOB"},   // < includes the day
		{"1997-01-01", "Gollum", "HOBGOV"}, // YYYYMMDD - YYYYMMDD with spaces
		{"1999-08-15", "Gollum", "HOBGOV"}, // the end day is included
		{"1999-08-16", "Gollum", "HOBREB"}, // > YYMMDD
		{"1995-08-01", "Javier Solana", "IGOEUREEC"},
		{"1998-01-01", "Javier Solana", "IGOWSTNAT"}, // the second code on the line
		{"2015-01-01", "Palestinian", "PSE"},         // a lower-case code
		{"2015-01-01", "us", "USA"},                  // PETRARCH names match in any case
		{"2015-01-01", "Not Read", ""},               // after ---STOP---
	} {
		t.Run(tc.phrase+"@"+tc.date, func(t *testing.T) {
			date, _ := ParseDate(tc.date)
			if m, _ := d.Resolve(tc.phrase, date); m.Code != tc.want {
				t.Errorf("got %q, want %q", m.Code, tc.want)
			}
		})
	}
}

func TestPetrarchAgents(t *testing.T) {
	d := petrarchFixture(t)
	for phrase, want := range map[string]string{
		"DPRK police":                  "PRKCOP",
		"polices":                      "",       // {}: no plural
		"the DPRK foreign ministry":    "PRKGOV", // !MINIST! expanded
		"DPRK foreign ministers":       "PRKGOV",
		"US congresswomen":             "USALEG", // !PERSON! expanded
		"members of parliament":        "LEG",    // {plural}
		"DPRK human rights groups":     "NGOPRK", // NGO~: a prefix code
		"soldiers":                     "MIL",    // regular plural, spaces in [ ~MIL ]
		"the president of North Korea": "PRKGOV",
		"Kremlin soldiers":             "RUSGOV",
	} {
		t.Run(phrase, func(t *testing.T) {
			if m, _ := d.Resolve(phrase, day0("2015-01-01")); m.Code != want {
				t.Errorf("got %q, want %q", m.Code, want)
			}
		})
	}
}

func TestPetrarchErrors(t *testing.T) {
	for _, tc := range []struct {
		file   string
		agents bool
		want   []string
	}{
		{"testdata/petrarch/bad.actors.txt", false, []string{
			"testdata/petrarch/bad.actors.txt:1: code before any actor",
			"testdata/petrarch/bad.actors.txt:2: synonym before any actor",
			"testdata/petrarch/bad.actors.txt:4: bad date \"20201345\"",
			"testdata/petrarch/bad.actors.txt:5: bad date \"991301\"",
			"testdata/petrarch/bad.actors.txt:6: indented line without a [code]",
		}},
		{"testdata/petrarch/small.agents.txt", true, []string{
			"testdata/petrarch/small.agents.txt:13: agent without a [code]",
		}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			f, err := os.Open(tc.file)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			d := New()
			if tc.agents {
				err = d.AddPetrarchAgents(f, tc.file)
			} else {
				err = d.AddPetrarchActors(f, tc.file)
			}
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("want an ErrorList, have %v", err)
			}
			if len(list) != len(tc.want) {
				t.Fatalf("got %d errors, want %d:\n%v", len(list), len(tc.want), err)
			}
			for i, w := range tc.want {
				if !strings.HasPrefix(list[i].Error(), w) {
					t.Errorf("error %d:\n got %s\nwant %s...", i, list[i], w)
				}
			}
		})
	}
}

// dataDir is the shared data directory: $DYAD_DATA, or ../../shared/data
// from this package (../shared/data from the repository root, as CI has it).
func dataDir() string {
	if d := os.Getenv("DYAD_DATA"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "shared", "data")
}

// TestPetrarchRealDictionaries reads the Phoenix dictionaries and the
// PETRARCH validation suite's, when the shared data is there.
func TestPetrarchRealDictionaries(t *testing.T) {
	dir := filepath.Join(dataDir(), "petrarch2-dictionaries")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared data not found (%v): set DYAD_DATA to the shared/data directory to run this test", err)
	}
	d := New()
	for _, f := range []struct {
		name   string
		format Format
	}{
		{"Phoenix.Countries.actors.txt", FormatPetrarchActors},
		{"Phoenix.International.actors.txt", FormatPetrarchActors},
		{"Phoenix.MilNonState.actors.txt", FormatPetrarchActors},
		{"Phoenix.agents.txt", FormatPetrarchAgents},
	} {
		path := filepath.Join(dir, f.name)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := DetectFormat(b); got != f.format {
			t.Errorf("%s: DetectFormat = %v, want %v", f.name, got, f.format)
		}
		err = d.AddFormat(strings.NewReader(string(b)), path, f.format)
		var list ErrorList
		if err != nil && !errors.As(err, &list) {
			t.Fatal(err)
		}
		t.Logf("%s: %d lines skipped as PETRARCH would", f.name, len(list))
		for _, e := range list {
			if e.File != path || e.Line <= 0 {
				t.Errorf("error without a file and line: %v", e)
			}
		}
	}
	s := d.Stats()
	t.Log(s)
	if s.Kinds[Imported]+s.Kinds[Block] < 10000 || s.Kinds[Agent] < 1500 {
		t.Errorf("too few entries read: %v", s)
	}
	for _, tc := range []struct {
		date, phrase, want string
	}{
		{"2012-06-01", "Barack Obama", "USAGOV"},
		{"1990-06-01", "Barack Obama", "USAELI"},
		{"2012-06-01", "Afghanistan", "AFG"},
		{"2012-06-01", "the Kremlin", "RUSGOV"},
		{"2012-06-01", "Russian police", "RUSCOP"},
		{"2012-06-01", "NATO", "IGOWSTNAT"},
		{"2012-06-01", "Hamas", "PSEREBHMS"},
		{"2012-06-01", "Taliban", "AFGREB"},
	} {
		date, _ := ParseDate(tc.date)
		if m, _ := d.Resolve(tc.phrase, date); m.Code != tc.want {
			t.Errorf("Phoenix: %s %q: got %q, want %q", tc.date, tc.phrase, m.Code, tc.want)
		}
	}

	// The validation suite's dictionaries, over dyad's own.
	vdir := filepath.Join(dataDir(), "petrarch-unittest")
	v := defaultDict(t)
	v2, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	_ = v
	for _, f := range []string{"PETR.Validate.actors.txt", "PETR.Validate.agents.txt"} {
		err := v2.AddFile(filepath.Join(vdir, f))
		var list ErrorList
		if err != nil && !errors.As(err, &list) {
			t.Fatal(err)
		}
	}
	for phrase, want := range map[string]string{
		"Gondor":           "GON", // from the validation actors
		"Egypt":            "UAR", // the validation file overrides dyad's EGY
		"Ithilen military": "ITHMIL",
		"Seoul":            "KOR",
	} {
		if m, _ := v2.Resolve(phrase, day0("2015-01-01")); m.Code != want {
			t.Errorf("validation over dyad: %q: got %q, want %q", phrase, m.Code, want)
		}
	}
}
