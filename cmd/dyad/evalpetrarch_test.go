package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// petrarchTestdata is the records file and dictionaries of package
// event/petrarchcode's tests.
var petrarchTestdata = filepath.Join("..", "..", "event", "petrarchcode", "testdata")

// petrarchJSON returns the JSON object on the last line of stdout, and
// checks that it has exactly the report's keys.
func petrarchJSON(t *testing.T, stdout string) map[string]float64 {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	var got map[string]float64
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &got); err != nil {
		t.Fatalf("last line of stdout: %v\n%s", err, stdout)
	}
	for _, k := range []string{"records", "correct", "accuracy", "crashed"} {
		if _, ok := got[k]; !ok {
			t.Errorf("JSON lacks %q: %s", k, lines[len(lines)-1])
		}
	}
	if len(got) != 4 {
		t.Errorf("JSON has %d keys, want 4: %s", len(got), lines[len(lines)-1])
	}
	return got
}

func TestEvalPetrarch(t *testing.T) {
	records := filepath.Join(petrarchTestdata, "records.xml")
	for _, tc := range []struct {
		name             string
		args             []string
		correct          float64
		failures, stderr []string
	}{
		// T-06 expects a code that is not in the dictionary
		{"environment", nil, 5, []string{"FAIL T-06 [DEMO] Arnor opposed Gondor.", "want: ARN GON 999",
			"got:  ARN GON 112", "opposed verbs.txt:53: OPPOSE [112]"}, nil},
		// without the discard dictionary the baseball game is coded
		{"discards", []string{"--discards", filepath.Join(petrarchTestdata, "verbs2.txt")}, 4,
			[]string{"FAIL T-04 [DISCARD]", "got:  ARN GON 112"}, nil},
		// the PETRARCH-2 dictionary has no RESTORE and codes OPPOSE 110
		{"verbs", []string{"--verbs", filepath.Join(petrarchTestdata, "verbs2.txt")}, 2,
			[]string{"FAIL T-01", "FAIL T-08", "got:  HOBGOV ARN 110"}, nil},
		// no agents (an actor file read as agents is all skipped lines):
		// officials are no actor
		{"agents", []string{"--agents", filepath.Join(petrarchTestdata, "actors.txt")}, 4,
			[]string{"FAIL T-02"}, []string{"warning: " + filepath.Join(petrarchTestdata, "actors.txt") + ":4: agent without a [code]"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"eval", "petrarch", "--records", records}, tc.args...)
			r := runWith(t, loadPipeline, "", args...)
			if r.code != 0 {
				t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
			}
			got := petrarchJSON(t, r.stdout)
			if got["records"] != 6 || got["correct"] != tc.correct || got["crashed"] != 0 ||
				got["accuracy"] != round(tc.correct/6, 6) {
				t.Errorf("got %v, want 6 records, %v correct", got, tc.correct)
			}
			for _, w := range tc.failures {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("stdout lacks %q:\n%s", w, r.stdout)
				}
			}
			if !strings.Contains(r.stdout, "DEMO           3/4") && tc.name == "environment" {
				t.Errorf("stdout lacks the category table:\n%s", r.stdout)
			}
			for _, w := range tc.stderr {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, r.stderr)
				}
			}
			if tc.stderr == nil && r.stderr != "" {
				t.Errorf("stderr %q", r.stderr)
			}
		})
	}
}

func TestEvalPetrarchErrors(t *testing.T) {
	records := filepath.Join(petrarchTestdata, "records.xml")
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"eval", "petrarch"}, 2, "--records is required"},
		{[]string{"eval", "petrarch", "--records", "nosuch.xml"}, 1, "nosuch.xml"},
		{[]string{"eval", "petrarch", "--records", records, "--verbs", "nosuch.txt"}, 1, "nosuch.txt"},
		{[]string{"eval", "petrarch", "--records", records, "extra"}, 2, "takes no arguments"},
	} {
		r := runWith(t, noModel(t), "", tc.args...)
		if r.code != tc.code || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%q: exit %d, stderr %q; want exit %d and %q", tc.args, r.code, r.stderr, tc.code, tc.want)
		}
	}
	r := runWith(t, noModel(t), "", "eval", "petrarch", "--help")
	for _, w := range []string{"dyad eval petrarch --records FILE.xml", "--actors FILE", "<Config>", "accuracy",
		"Examples:"} {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("help lacks %q:\n%s", w, r.stdout)
		}
	}
}

// TestEvalPetrarchUnitTests scores PETRARCH's unit-test records, when the
// shared data is there.
func TestEvalPetrarchUnitTests(t *testing.T) {
	data := os.Getenv("DYAD_DATA")
	if data == "" {
		data = filepath.Join("..", "..", "..", "shared", "data")
	}
	records := filepath.Join(data, "petrarch-unittest", "PETR.UnitTest.records.xml")
	if _, err := os.Stat(records); err != nil {
		t.Skipf("shared data not found (%v): set DYAD_DATA to the shared/data directory to run this test", err)
	}
	r := runWith(t, loadPipeline, "", "eval", "petrarch", "--records", records)
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	got := petrarchJSON(t, r.stdout)
	if got["accuracy"] < 0.87 || got["crashed"] != 0 {
		t.Errorf("got %v, want accuracy at least 0.87", got)
	}
	if !strings.Contains(r.stderr, "warning: ") {
		t.Errorf("the dictionaries' skipped lines are not reported:\n%s", r.stderr)
	}
}
