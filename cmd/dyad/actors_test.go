package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestActorsResolve(t *testing.T) {
	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
		want  string
	}{
		{"arguments", "", []string{"actors", "resolve", "--date", "2023-03-01",
			"the North Korean Foreign Ministry", "Russia's defence minister", "us"},
			"the North Korean Foreign Ministry\tPRKGOV\nRussia's defence minister\tRUSGOVMIL\nus\t\n"},
		{"standard input, blank lines kept", "Donald Trump\n\nKim Jong-un\r\n", []string{"actors", "resolve", "--date", "2022-06-01"},
			"Donald Trump\tUSAELI\n\t\nKim Jong-un\tPRKGOV\n"},
		{"by date", "", []string{"actors", "resolve", "--date", "2019-06-01", "Donald Trump"}, "Donald Trump\tUSAGOV\n"},
		{"no date: latest role", "", []string{"actors", "resolve", "Lloyd Austin"}, "Lloyd Austin\tUSAGOVMIL\n"},
		{"context", "", []string{"actors", "resolve", "--context", "KOR,USA", "the North", "the South"},
			"the North\tPRK\nthe South\tKOR\n"},
		{"long", "", []string{"actors", "resolve", "--long", "--date", "2023-03-01", "Russian President Vladimir Putin"},
			"Russian President Vladimir Putin\tRUSGOV\tVladimir Putin\tVladimir Putin\tVladimir Putin\n"},
		{"PETRARCH files over ours", "", []string{"actors", "resolve", "--date", "2015-01-01",
			"--actors", "../../actor/testdata/petrarch/small.actors.txt",
			"--agents", "../../actor/testdata/petrarch/small.agents.txt", "Gollum", "DPRK human rights groups"},
			"Gollum\tHOBREB\nDPRK human rights groups\tNGOPRK\n"},
		{"only PETRARCH files", "", []string{"actors", "resolve", "--no-builtin",
			"--actors", "../../actor/testdata/petrarch/small.actors.txt", "Russia", "the Kremlin"},
			"Russia\t\nthe Kremlin\tRUSGOV\n"},
		{"a file in dyad's format", "", []string{"actors", "resolve", "--date", "2003-01-01",
			"--actors", "../../actor/testdata/dyad/small.txt", "Ann Example", "Atlantean high councillors"},
			"Ann Example\tXAAGOV\nAtlantean high councillors\tXAAGOV\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runWith(t, noModel(t), tc.stdin, tc.args...)
			if r.code != 0 {
				t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
			}
			if r.stdout != tc.want {
				t.Errorf("stdout:\n%q\nwant:\n%q", r.stdout, tc.want)
			}
		})
	}
}

func TestActorsErrors(t *testing.T) {
	dir := t.TempDir()
	badGold := filepath.Join(dir, "bad.tsv")
	if err := os.WriteFile(badGold, []byte("2023-01-01\tonly two fields\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"actors"}, 2, "dyad actors needs a command: eval, resolve, stats"},
		{[]string{"actors", "resolve", "--date", "yesterday", "x"}, 2, `--date: bad date "yesterday"`},
		{[]string{"actors", "eval"}, 2, "--gold is required"},
		{[]string{"actors", "eval", "--gold", "x", "extra"}, 2, "takes no arguments"},
		{[]string{"actors", "eval", "--gold", filepath.Join(dir, "missing.tsv")}, 1, "no such file"},
		{[]string{"actors", "eval", "--gold", badGold}, 1, "bad.tsv:1: want DATE<TAB>PHRASE<TAB>CODE"},
		{[]string{"actors", "resolve", "--actors", "../../actor/testdata/dyad/bad.txt", "x"}, 1,
			"bad.txt:1: want a three-letter country code"},
		{[]string{"actors", "resolve", "--actors", filepath.Join(dir, "none.txt"), "x"}, 1, "no such file"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := runWith(t, noModel(t), "", tc.args...)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", r.code, r.stderr, tc.code, tc.want)
			}
		})
	}
}

func TestActorsPetrarchWarnings(t *testing.T) {
	r := runWith(t, noModel(t), "", "actors", "resolve", "--agents", "../../actor/testdata/petrarch/small.agents.txt",
		"police")
	if r.code != 0 || r.stdout != "police\tCOP\n" ||
		!strings.Contains(r.stderr, "dyad: warning: ../../actor/testdata/petrarch/small.agents.txt:13: agent without a [code]") {
		t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

func TestActorsEval(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.tsv")
	text := "# a comment\n2023-03-01\tthe North Korean Foreign Ministry\tPRKGOV\n\n" +
		"2022-06-01\tDonald Trump\tUSAGOV\n\tMichael Jordan\t\n"
	if err := os.WriteFile(gold, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runWith(t, noModel(t), "", "actors", "eval", "--gold", gold)
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], `gold.tsv:4: 2022-06-01 "Donald Trump": got "USAELI", want "USAGOV"`) {
		t.Errorf("failures:\n%s", r.stdout)
	}
	var rep struct {
		Phrases, Correct int
		Accuracy         float64
	}
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &rep); err != nil {
		t.Fatalf("last line is not JSON: %v", err)
	}
	if rep.Phrases != 3 || rep.Correct != 2 || rep.Accuracy != 0.666667 {
		t.Errorf("report %+v", rep)
	}
	r = runWith(t, noModel(t), "", "actors", "eval", "--gold", gold, "--min-accuracy", "0.9")
	if r.code != 1 || !strings.Contains(r.stderr, "below --min-accuracy") {
		t.Errorf("--min-accuracy: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestActorsGoldFile runs the eval command on the package's gold list.
func TestActorsGoldFile(t *testing.T) {
	r := runWith(t, noModel(t), "", "actors", "eval", "--gold", "../../actor/testdata/gold.tsv", "--min-accuracy", "0.9")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q\n%s", r.code, r.stderr, r.stdout)
	}
	t.Log(r.stdout[strings.LastIndex(strings.TrimSuffix(r.stdout, "\n"), "\n")+1:])
}

func TestActorsStats(t *testing.T) {
	r := runWith(t, noModel(t), "", "actors", "stats")
	var s struct {
		Entries int            `json:"entries"`
		Roles   int            `json:"person_roles"`
		Kinds   map[string]int `json:"kinds"`
	}
	if r.code != 0 || json.Unmarshal([]byte(r.stdout), &s) != nil || s.Kinds["country"] < 200 || s.Roles < 600 {
		t.Errorf("exit %d, stdout %q", r.code, r.stdout)
	}
}
