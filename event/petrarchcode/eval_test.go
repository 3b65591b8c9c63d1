package petrarchcode

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/event/petrarch"
)

// dataDir is the shared data directory: $DYAD_DATA, or ../shared/data from
// the repository root (as CI has it).
func dataDir() string {
	if d := os.Getenv("DYAD_DATA"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared", "data")
}

// evalFile scores a records file of the shared data, or skips the test
// when the data is not there.
func evalFile(t *testing.T, rel string) Result {
	t.Helper()
	path := filepath.Join(dataDir(), rel)
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("shared data not found (%v): set DYAD_DATA to the shared/data directory to run this test", err)
	}
	defer f.Close()
	recs, rerr := petrarch.ReadRecords(f, path)
	if recs == nil {
		t.Fatal(rerr)
	}
	c, _, err := Load(FilesOf(recs.Environment))
	if err != nil {
		t.Fatal(err)
	}
	return Evaluate(recs, c, pipeline(t))
}

func reportEval(t *testing.T, r Result) {
	t.Helper()
	var cats []string
	for k, c := range r.Categories {
		cats = append(cats, fmt.Sprintf("%s %d/%d", k, c.Correct, c.Records))
	}
	sort.Strings(cats)
	t.Logf("%d/%d = %.3f (crashed %d); %s", r.Correct, r.Records, r.Accuracy(), r.Crashed, strings.Join(cats, ", "))
	for _, f := range r.Failures {
		t.Logf("FAIL %s: want %q got %q", f.ID, f.Want, f.Got)
	}
}

// The floors are the accuracies reached when this was written (255/283 and
// 239/264) less a margin for changes of the model bundle. PETRARCH-1 coded
// 276/281 of the unit tests from their gold parses; PETRARCH-2 codes 28/284
// of them, and 114/220 of the 2.02 validation records.
const (
	unitTestFloor   = 0.87
	validationFloor = 0.87
)

// TestUnitTestRecords codes PETRARCH's unit-test records from their text.
func TestUnitTestRecords(t *testing.T) {
	r := evalFile(t, filepath.Join("petrarch-unittest", "PETR.UnitTest.records.xml"))
	reportEval(t, r)
	if r.Crashed > 0 {
		t.Errorf("%d records crashed", r.Crashed)
	}
	if r.Accuracy() < unitTestFloor {
		t.Errorf("accuracy %.3f below the floor %.2f", r.Accuracy(), unitTestFloor)
	}
}

// TestValidationRecords codes UD-PETRARCH's 2.02 validation records, with
// their PETRARCH-2 dictionary, from their text.
func TestValidationRecords(t *testing.T) {
	r := evalFile(t, filepath.Join("udpetrarch-validation", "PETR_Validate_records_2_02.xml"))
	reportEval(t, r)
	if r.Crashed > 0 {
		t.Errorf("%d records crashed", r.Crashed)
	}
	if r.Accuracy() < validationFloor {
		t.Errorf("accuracy %.3f below the floor %.2f", r.Accuracy(), validationFloor)
	}
}

// TestEvaluateRecords scores a small records file of testdata: options,
// evaluate="false", noevents, errors, records without expectation, <Stop>.
func TestEvaluateRecords(t *testing.T) {
	path := filepath.Join("testdata", "records.xml")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := petrarch.ReadRecords(f, path)
	if err != nil {
		t.Fatal(err)
	}
	files := FilesOf(recs.Environment)
	if want := filepath.Join("testdata", "verbs.txt"); files.Verbs != want {
		t.Errorf("verb file %q, want %q", files.Verbs, want)
	}
	c, warnings, err := Load(files)
	if err != nil || len(warnings) > 0 {
		t.Fatal(err, warnings)
	}
	r := Evaluate(recs, c, pipeline(t))
	if r.Records != 6 || r.Correct != 5 || r.Crashed != 0 {
		t.Errorf("records %d correct %d crashed %d, want 6, 5, 0", r.Records, r.Correct, r.Crashed)
	}
	if len(r.Failures) != 1 || r.Failures[0].ID != "T-06" {
		t.Fatalf("failures %+v, want T-06", r.Failures)
	}
	fl := r.Failures[0]
	if strings.Join(fl.Want, ";") != "ARN GON 999" || strings.Join(fl.Got, ";") != "ARN GON 112" {
		t.Errorf("T-06: want %q got %q", fl.Want, fl.Got)
	}
	if len(fl.Patterns) != 1 || !strings.Contains(fl.Patterns[0], "verbs.txt:53: OPPOSE [112]") {
		t.Errorf("T-06 patterns %q", fl.Patterns)
	}
	if cat := r.Categories["DEMO"]; cat == nil || cat.Records != 4 || cat.Correct != 3 {
		t.Errorf("category DEMO %+v, want 3/4", cat)
	}
}

func TestLoadErrors(t *testing.T) {
	if _, _, err := Load(Files{}); err == nil {
		t.Error("no verb file accepted")
	}
	if _, _, err := Load(Files{Verbs: filepath.Join("testdata", "nosuch.txt")}); err == nil {
		t.Error("missing verb file accepted")
	}
	f := Files{Verbs: filepath.Join("testdata", "verbs.txt"), Actors: []string{filepath.Join("testdata", "nosuch.txt")}}
	if _, _, err := Load(f); err == nil {
		t.Error("missing actor file accepted")
	}
}

func TestRecordDate(t *testing.T) {
	for in, want := range map[string]string{"19950101": "1995-01-01", "950601": "1995-06-01",
		"080120": "2008-01-20", "20121109": "2012-11-09"} {
		d, err := RecordDate(in)
		if err != nil || d.Format("2006-01-02") != want {
			t.Errorf("RecordDate(%q) = %v, %v; want %s", in, d, err, want)
		}
	}
	for _, bad := range []string{"", "1995", "19951301", "abcdefgh"} {
		if _, err := RecordDate(bad); err == nil {
			t.Errorf("RecordDate(%q) accepted", bad)
		}
	}
}
