package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/eventfile"
	"github.com/dyadproject/dyad/store/sqlite"
)

// exportEvent is an event of a test document: the words of its source,
// trigger and target (target "" for none), its code and its flags.
type exportEvent struct {
	source, trigger, target, code string
	negated                       bool
}

// exportDoc annotates text as the engine would, without a model: tokens
// at white space, one sentence per line, an actor mention for each word
// in actors, and the given events, each in the sentence of its trigger.
func exportDoc(id, date, text string, actors map[string]string, evs ...exportEvent) *dyad.Document {
	d := &dyad.Document{ID: id, Date: date, Text: text}
	pos := 0
	for i, line := range strings.Split(text, "\n") {
		first := len(d.Tokens)
		for _, w := range strings.Fields(line) {
			b := pos + strings.Index(text[pos:], w)
			pos = b + len(w)
			d.Tokens = append(d.Tokens, dyad.Token{Start: b, End: pos, Head: -1})
		}
		d.Sentences = append(d.Sentences, dyad.Sentence{Span: dyad.Span{Start: first, End: len(d.Tokens)},
			Paragraph: i})
	}
	token := func(w string) int {
		for i := range d.Tokens {
			if d.TokenText(i) == w {
				return i
			}
		}
		panic("no token " + w)
	}
	mention := func(w string) int {
		if w == "" {
			return -1
		}
		i := token(w)
		d.Mentions = append(d.Mentions, dyad.Mention{Span: dyad.Span{Start: i, End: i + 1}, Head: i, Name: w,
			Actor: actors[w], Antecedent: -1})
		return len(d.Mentions) - 1
	}
	for _, e := range evs {
		trig := token(e.trigger)
		sent := 0
		for si, s := range d.Sentences {
			if trig >= s.Start && trig < s.End {
				sent = si
			}
		}
		d.Events = append(d.Events, dyad.Event{Sentence: sent, Source: mention(e.source), Target: mention(e.target),
			Code: cameo.MustParse(e.code), Trigger: trig, Negated: e.negated})
	}
	return d
}

// exportStore writes a store of three documents: one with a threat, a
// negated attack and a statement (PLOVER has no type for it), one a month
// later, one without a date.
func exportStore(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "corpus.db")
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	actors := map[string]string{"Pyongyang": "PRKGOV", "Washington": "USA", "Moscow": "RUSMIL", "Kyiv": "UKR",
		"UN": "IGOUNO", "Seoul": "KORGOV", "Tokyo": "JPN"}
	for _, d := range []*dyad.Document{
		exportDoc("kcna-1", "2023-01-29", "Pyongyang threatened Washington\nMoscow did not attack Kyiv\nThe UN said so",
			actors,
			exportEvent{"Pyongyang", "threatened", "Washington", "138", false},
			exportEvent{"Moscow", "attack", "Kyiv", "190", true},
			exportEvent{"UN", "said", "", "010", false}),
		exportDoc("https://example.org/b", "2023-02-15", "Seoul hosted Tokyo", actors,
			exportEvent{"Seoul", "hosted", "Tokyo", "043", false}),
		exportDoc("undated", "", "Tokyo accused Seoul", actors,
			exportEvent{"Tokyo", "accused", "Seoul", "112", false}),
	} {
		if _, err := db.Put(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// readEvents reads an event file, failing on any bad line.
func readEvents(t *testing.T, data string) ([]eventfile.Event, eventfile.Format) {
	t.Helper()
	r := eventfile.NewReader(strings.NewReader(data), eventfile.Auto)
	var evs []eventfile.Event
	for {
		e, err := r.Next()
		if err == io.EOF {
			return evs, r.Format()
		}
		if err != nil {
			t.Fatalf("reading the export: %v\n%s", err, data)
		}
		evs = append(evs, e)
	}
}

func TestExport(t *testing.T) {
	db := exportStore(t)
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		format eventfile.Format
		ids    []string // ExternalIDs of the events written, as read back
		stderr []string
	}{
		{"gdelt2", []string{"--format", "gdelt2", "--from", "2023"}, 0, eventfile.GDELT2,
			[]string{"kcna-1#0", "kcna-1#2", "https://example.org/b#0"},
			[]string{"dyad: export: 3 events written as gdelt2, 1 negated left out to standard output"}},
		{"negated", []string{"--format", "GDELT1", "--from", "2023", "--negated", "--source", "rus"}, 0,
			eventfile.GDELT1, []string{"kcna-1#1"}, []string{"1 events written as gdelt1 to"}},
		{"icews", []string{"--format", "icews", "--from", "2023-01", "--to", "2023-01", "--quad", "verbal-conflict"}, 0, eventfile.ICEWS,
			[]string{"kcna-1#0"}, []string{"1 events written as icews"}},
		{"polecat", []string{"--format", "polecat", "--from", "2023"}, 0, eventfile.POLECAT,
			[]string{"kcna-1#0", "https://example.org/b#0"},
			[]string{"2 events written as polecat, 1 negated left out, 1 without a PLOVER event type left out"}},
		{"limit", []string{"--format", "gdelt1-backfile", "--from", "2023", "--limit", "2"}, 0,
			eventfile.GDELT1Backfile, []string{"kcna-1#0", "kcna-1#2"}, []string{"2 events written"}},
		{"undated", []string{"--format", "gdelt2", "--cameo", "11"}, 1, eventfile.GDELT2, nil,
			[]string{`dyad: export: event "undated#0": gdelt2: no date`, "0 events written as gdelt2, 1 failed",
				"dyad: 1 events could not be written"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runWith(t, noModel(t), "", append([]string{"export", "--db", db}, tc.args...)...)
			if r.code != tc.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", r.code, tc.code, r.stderr)
			}
			for _, w := range tc.stderr {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, r.stderr)
				}
			}
			evs, f := readEvents(t, r.stdout)
			if len(evs) > 0 && f != tc.format {
				t.Errorf("wrote %v, want %v", f, tc.format)
			}
			var ids []string
			for _, e := range evs {
				ids = append(ids, e.ExternalID)
			}
			if tc.format == eventfile.GDELT1 || tc.format == eventfile.GDELT2 || tc.format == eventfile.GDELT1Backfile ||
				tc.format == eventfile.ICEWS {
				// Their identifiers are numbers: hashes of dyad's.
				for i, id := range tc.ids {
					tc.ids[i] = hashOf(t, id, tc.format)
				}
			}
			if strings.Join(ids, " ") != strings.Join(tc.ids, " ") {
				t.Errorf("wrote %q, want %q", ids, tc.ids)
			}
		})
	}
}

// hashOf is the number a writer gives a dyad identifier, found by writing
// an event with it.
func hashOf(t *testing.T, id string, f eventfile.Format) string {
	var b strings.Builder
	w := eventfile.NewWriter(&b, f)
	if err := w.Write(eventfile.Event{ExternalID: id, Date: "2023-01-01", CAMEO: "010", Goldstein: eventfile.Float(0)}); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	evs, _ := readEvents(t, b.String())
	return evs[0].ExternalID
}

// TestExportFields checks what a GDELT 2.0 export holds.
func TestExportFields(t *testing.T) {
	db := exportStore(t)
	r := runWith(t, noModel(t), "", "export", "--db", db, "--format", "gdelt2", "--source", "PRK")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	evs, _ := readEvents(t, r.stdout)
	if len(evs) != 1 {
		t.Fatalf("%d events", len(evs))
	}
	e := evs[0]
	if e.Date != "2023-01-29" || e.Source.Code != "PRKGOV" || e.Source.Country != "PRK" ||
		strings.Join(e.Source.Sectors, ",") != "GOV" || e.Source.Name != "Pyongyang" || e.Target.Code != "USA" ||
		e.CAMEO != "138" || e.RootCode != "13" || e.Quad != 3 || *e.Goldstein != -7 || !e.RootEvent ||
		e.NumMentions != 1 || e.URL != "kcna-1" || e.Added != "2023-01-29T00:00:00Z" {
		t.Errorf("%+v", e)
	}
}

// TestExportFile writes a file, and leaves no file when the export fails.
func TestExportFile(t *testing.T) {
	db := exportStore(t)
	out := filepath.Join(t.TempDir(), "events.tab")
	r := runWith(t, noModel(t), "", "export", "--db", db, "--format", "icews", "--from", "2023", "-o", out)
	if r.code != 0 || r.stdout != "" || !strings.Contains(r.stderr, "to "+out) {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if evs, _ := readEvents(t, string(data)); len(evs) != 3 {
		t.Errorf("%d events in the file", len(evs))
	}
	if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v", fi.Mode())
	}
	entries, _ := os.ReadDir(filepath.Dir(out))
	if len(entries) != 1 {
		t.Errorf("left %d files beside the export", len(entries))
	}

	// The query fails (the store is gone): no file.
	failed := filepath.Join(t.TempDir(), "never.tab")
	r = runWith(t, noModel(t), "", "export", "--db", filepath.Join(t.TempDir(), "none.db"), "--format", "icews",
		"-o", failed)
	if r.code != 1 || !strings.Contains(r.stderr, "no store") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if _, err := os.Stat(failed); err == nil {
		t.Error("a failed export left a file")
	}
}

func TestExportUsage(t *testing.T) {
	db := exportStore(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"export", "--db", db}, "export needs --format"},
		{[]string{"export", "--db", db, "--format", "csv"}, `--format must be gdelt1, gdelt1-backfile, gdelt2, icews or polecat, not "csv"`},
		{[]string{"export", "--db", db, "--format", "auto"}, "--format must be"},
		{[]string{"export", "--db", db, "--format", "gdelt2", "extra"}, "takes no arguments"},
		{[]string{"export", "--db", db, "--format", "gdelt2", "--quad", "9"}, "not 1 to 4"},
		{[]string{"export", "--db", db, "--format", "gdelt2", "--limit", "-1"}, "negative limit"},
		{[]string{"export", "--db", db, "--format", "gdelt2", "--cameo", "x"}, "not an event code"},
	} {
		r := runWith(t, noModel(t), "", tc.args...)
		if r.code != 2 || !strings.Contains(r.stderr, tc.want) || !strings.Contains(r.stderr, "dyad export --help") {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", tc.args, r.code, r.stderr, tc.want)
		}
	}
}
