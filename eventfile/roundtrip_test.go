package eventfile

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// fixtures are the hand-written files of testdata, each with its format
// and number of events.
var fixtures = []struct {
	file   string
	format Format
	events int
}{
	{"gdelt1.tsv", GDELT1, 3},
	{"gdelt1-backfile.tsv", GDELT1Backfile, 2},
	{"gdelt2.tsv", GDELT2, 3},
	{"icews.tsv", ICEWS, 5},
	{"polecat.tsv", POLECAT, 3},
	{"polecat-v1.tsv", POLECAT, 1},
}

// readAll reads every event of data, failing the test on any error.
func readAll(t testing.TB, name string, data []byte, f Format) ([]Event, Format) {
	t.Helper()
	r := NewReader(bytes.NewReader(data), f)
	r.Name = name
	var evs []Event
	for {
		e, err := r.Next()
		if err == io.EOF {
			return evs, r.Format()
		}
		if err != nil {
			t.Fatalf("%v", err)
		}
		evs = append(evs, e)
	}
}

// writeAll writes events in format f, failing the test on any error.
func writeAll(t testing.TB, evs []Event, f Format) []byte {
	t.Helper()
	var b bytes.Buffer
	w := NewWriter(&b, f)
	for _, e := range evs {
		if err := w.Write(e); err != nil {
			t.Fatalf("writing %v: %v", f, err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// golden compares got with testdata/golden/name, or writes it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it):\n%s", path, diffLines(want, got))
	}
}

// diffLines shows the first lines that differ.
func diffLines(want, got []byte) string {
	w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	var b strings.Builder
	for i := 0; i < max(len(w), len(g)) && b.Len() < 2000; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("line " + itoa(i+1) + ":\n  want " + wl + "\n  got  " + gl + "\n")
		}
	}
	return b.String()
}

func itoa(n int) string { return formatFloat(float64(n)) }

// TestRoundTrip reads each fixture, detecting its format, writes its
// events in the same format (compared with a golden file) and reads them
// back: the events must be the same.
func TestRoundTrip(t *testing.T) {
	for _, fx := range fixtures {
		t.Run(fx.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", fx.file))
			if err != nil {
				t.Fatal(err)
			}
			evs, f := readAll(t, fx.file, data, Auto)
			if f != fx.format {
				t.Errorf("detected %v, want %v", f, fx.format)
			}
			if len(evs) != fx.events {
				t.Errorf("%d events, want %d", len(evs), fx.events)
			}
			for _, e := range evs {
				if e.Dataset != fx.format.Dataset() {
					t.Errorf("event %s: dataset %q, want %q", e.ExternalID, e.Dataset, fx.format.Dataset())
				}
			}
			out := writeAll(t, evs, fx.format)
			golden(t, strings.TrimSuffix(fx.file, ".tsv")+"."+fx.format.String(), out)
			again, _ := readAll(t, "written", out, fx.format)
			if !reflect.DeepEqual(evs, again) {
				for i := range min(len(evs), len(again)) {
					if !reflect.DeepEqual(evs[i], again[i]) {
						t.Errorf("event %d changed:\nread    %+v\nreread  %+v", i, evs[i], again[i])
					}
				}
				if len(evs) != len(again) {
					t.Errorf("%d events, then %d", len(evs), len(again))
				}
			}
			// The same format, read without detection, gives the same events.
			if plain, _ := readAll(t, fx.file, data, fx.format); !reflect.DeepEqual(plain, evs) {
				t.Errorf("reading as %v differs from detecting", fx.format)
			}
		})
	}
}

// dyadRows are events as dyad's store returns them.
var dyadRows = []store.EventRow{
	{Doc: "kcna-2023-01-29", Date: "2023-01-29", Sentence: 0, Start: 0, End: 88, Source: "PRKGOV",
		Target: "USA", CAMEO: "138", Quad: 3, Goldstein: -7, PLOVER: "THREATEN", SourceText: "North Korea",
		TargetText: "the United States", Trigger: "warned", TriggerStart: 12, TriggerEnd: 18,
		Text: "North Korea warned the United States of \"an overwhelming response\" to the drills."},
	{Doc: "https://example.org/news/kyiv", Date: "2023-02-15", Sentence: 3, Start: 410, End: 470,
		Source: "RUSMIL", Target: "UKR", CAMEO: "195", Quad: 4, Goldstein: -10, PLOVER: "ASSAULT", Mode: "aerial",
		SourceText: "Russian forces", TargetText: "Kyiv", Trigger: "struck", TriggerStart: 425, TriggerEnd: 431,
		Text: "Russian forces\tstruck Kyiv\nwith drones overnight."},
	// A statement: PLOVER drops the 01 family, so POLECAT cannot hold it.
	{Doc: "reuters-0042", Date: "2023-03-01", Sentence: 1, Source: "IGOUNO", CAMEO: "010", Quad: 1,
		SourceText: "the UN", Trigger: "said", TriggerStart: 60, TriggerEnd: 64, Text: "The UN said so."},
	// A yield (081): material cooperation in CAMEO, CONCEDE (verbal
	// cooperation) in PLOVER.
	{Doc: "afp-7", Date: "2023-03-02", Sentence: 2, Source: "IRNGOV", Target: "IRNCVL", CAMEO: "081", Quad: 2,
		Goldstein: 5, PLOVER: "CONCEDE", SourceText: "Tehran", TargetText: "protesters", Trigger: "eased",
		TriggerStart: 200, TriggerEnd: 205, Text: "Tehran eased restrictions on protesters."},
}

// TestDyadGolden writes dyad's rows in every format.
func TestDyadGolden(t *testing.T) {
	for _, f := range Formats() {
		t.Run(f.String(), func(t *testing.T) {
			var b bytes.Buffer
			w := NewWriter(&b, f)
			var skipped []string
			for _, r := range dyadRows {
				if err := w.Write(FromRow(r)); err != nil {
					var ee *EventError
					if !errors.As(err, &ee) {
						t.Fatal(err)
					}
					skipped = append(skipped, ee.ID)
				}
			}
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			golden(t, "dyad."+f.String(), b.Bytes())
			want := []string(nil)
			if f == POLECAT {
				want = []string{"reuters-0042#0"}
			}
			if !reflect.DeepEqual(skipped, want) {
				t.Errorf("skipped %q, want %q", skipped, want)
			}
			evs, got := readAll(t, "dyad."+f.String(), b.Bytes(), Auto)
			if got != f && !(f == GDELT1Backfile && got == GDELT1Backfile) {
				t.Errorf("written %v, detected %v", f, got)
			}
			if len(evs) != len(dyadRows)-len(want) {
				t.Fatalf("read back %d events", len(evs))
			}
			e := evs[0]
			if e.Date != "2023-01-29" || e.Source.Country != "PRK" || e.Target.Country != "USA" {
				t.Errorf("read back %+v", e)
			}
			switch f {
			case GDELT1, GDELT1Backfile, GDELT2:
				if e.Source.Code != "PRKGOV" || e.CAMEO != "138" || *e.Goldstein != -7 || e.Quad != 3 ||
					!e.RootEvent || e.NumMentions != 1 {
					t.Errorf("read back %+v", e)
				}
			case ICEWS:
				if e.Source.Code != "PRKGOV" || e.Source.Name != "North Korea" || e.Target.CountryName != "United States" ||
					e.Sentence != 1 || *e.Intensity != -7 || e.EventText != "Threaten with military force" {
					t.Errorf("read back %+v", e)
				}
			case POLECAT:
				if e.Source.Code != "PRKGOV" || e.PLOVER != "THREATEN" || e.Quad != 3 || e.StoryID != "kcna-2023-01-29" ||
					e.Text != dyadRows[0].Text {
					t.Errorf("read back %+v", e)
				}
				if q := evs[2].Quad; q != 1 {
					t.Errorf("CONCEDE written with quad %d, want PLOVER's 1", q)
				}
			}
		})
	}
}

// TestCrossFormat converts fixtures between formats, completing the
// events first, and compares with golden files.
func TestCrossFormat(t *testing.T) {
	for _, tc := range []struct {
		file string
		to   Format
	}{
		{"icews.tsv", GDELT2},
		{"icews.tsv", POLECAT},
		{"gdelt2.tsv", ICEWS},
		{"gdelt2.tsv", POLECAT},
		{"gdelt1-backfile.tsv", GDELT1},
		{"polecat.tsv", ICEWS},
	} {
		t.Run(tc.file+"-"+tc.to.String(), func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			evs, _ := readAll(t, tc.file, data, Auto)
			var b bytes.Buffer
			w := NewWriter(&b, tc.to)
			for _, e := range evs {
				e.Complete()
				if err := w.Write(e); err != nil {
					// POLECAT events have no CAMEO code for ICEWS.
					b.WriteString("# " + err.Error() + "\n")
				}
			}
			w.Flush()
			golden(t, strings.TrimSuffix(tc.file, ".tsv")+"-to."+tc.to.String(), b.Bytes())
		})
	}
}
