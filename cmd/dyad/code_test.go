package main

import (
	"encoding/json"
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
	for _, args := range [][]string{{"code", "--format", "xml"}, {"code", "--input", "html"}, {"code", "--date", "yesterday"}} {
		r := runWith(t, func(string) (annotator, error) { return nil, nil }, "", args...)
		if r.code != 2 {
			t.Errorf("%q: exit %d, stderr %q", args, r.code, r.stderr)
		}
	}
}
