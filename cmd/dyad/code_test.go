package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCodeJSONL(t *testing.T) {
	p := builtIn(t)
	in := `{"id":"a","date":"2023-01-29","text":"Kim Yo-jong criticised the United States. Russian troops entered Ukraine."}
{"id":"b", broken
{"id":"c","date":"2015-06-01","text":"Obama met Chinese President Xi Jinping in Washington."}
`
	r := runWith(t, func(string) (annotator, error) { return p, nil }, in, "code")
	if r.code != 1 || !strings.Contains(r.stderr, "<stdin>:2:") {
		t.Errorf("a broken record: exit %d, stderr %q (want exit 1 and the line number)", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d output lines, want 2:\n%s", len(lines), r.stdout)
	}
	want := map[string]map[string]string{
		"a": {"Kim Yo-jong": "PRKGOV", "the United States": "USA", "Russian troops": "RUSMIL", "Ukraine": "UKR"},
		"c": {"Obama": "USAGOV", "Chinese President Xi Jinping": "CHNGOV", "Washington": "USA"},
	}
	for _, line := range lines {
		var rec struct {
			ID       string
			Mentions []struct {
				Start, End  int
				Text, Actor string
			}
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, m := range rec.Mentions {
			got[m.Text] = m.Actor
		}
		for text, code := range want[rec.ID] {
			if got[text] != code {
				t.Errorf("%s: %q coded %q, want %q (all: %v)", rec.ID, text, got[text], code, got)
			}
		}
	}
}

func TestCodeFlags(t *testing.T) {
	for _, args := range [][]string{{"code", "--format", "xml"}, {"code", "--input", "pdf"}, {"code", "--date", "yesterday"}} {
		r := runWith(t, func(string) (annotator, error) { return nil, nil }, "", args...)
		if r.code != 2 {
			t.Errorf("%q: exit %d, stderr %q", args, r.code, r.stderr)
		}
	}
}

// TestCodePetrarch codes with the PETRARCH unit-test dictionaries, which
// know fictional states ("Arnor", "Gondor").
func TestCodePetrarch(t *testing.T) {
	p := builtIn(t)
	dir := filepath.Join(dataDir(), "petrarch-unittest")
	if _, err := os.Stat(filepath.Join(dir, "PETR.Validate.verbs.txt")); err != nil {
		t.Skipf("PETRARCH unit-test dictionaries not found (%v); set DYAD_DATA", err)
	}
	load := func(string) (annotator, error) { return p, nil }
	r := runWith(t, load, "Arnor is about to restore full diplomatic ties with Gondor.", "code", "--format", "tsv", "--date", "1995-01-01",
		"--petrarch-verbs", filepath.Join(dir, "PETR.Validate.verbs.txt"),
		"--petrarch-actors", filepath.Join(dir, "PETR.Validate.actors.txt"),
		"--petrarch-agents", filepath.Join(dir, "PETR.Validate.agents.txt"))
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	f := strings.Split(strings.TrimRight(r.stdout, "\n"), "\t")
	if len(f) < 8 || f[5] != "ARN" || f[6] != "GON" || f[7] != "064" {
		t.Errorf("got %q, want ARN GON 064", r.stdout)
	}
	r = runWith(t, load, "x", "code", "--petrarch-actors", "a.txt")
	if r.code != 2 || !strings.Contains(r.stderr, "need --petrarch-verbs") {
		t.Errorf("actors without verbs: exit %d, %q", r.code, r.stderr)
	}
}
