package main

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/eventfile"
	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/sqlite"
)

// importedRows lists a store's imported events as "dataset:id date
// source>target cameo".
func importedRows(t *testing.T, db string) []string {
	t.Helper()
	st, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var out []string
	if err := st.Events(context.Background(), store.Filter{Dataset: store.DatasetAll}, func(r store.EventRow) error {
		out = append(out, r.Dataset+":"+r.ID+" "+r.Date+" "+r.Source+">"+r.Target+" "+r.CAMEO)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestImport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "dyad.db")
	fixture := func(name string) string { return filepath.Join("..", "..", "eventfile", "testdata", name) }
	// A GDELT 2.0 file with one malformed line among good ones.
	good, err := os.ReadFile(fixture("gdelt2.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.tsv")
	lines := strings.SplitAfter(string(good), "\n")
	cols := strings.Split(lines[1], "\t")
	cols[1] = "2023-13-45" // SQLDATE
	if err := os.WriteFile(bad, []byte(lines[0]+strings.Join(cols, "\t")+strings.Join(lines[2:], "")), 0o644); err != nil {
		t.Fatal(err)
	}

	r := runWith(t, noModel(t), "", "import", "--db", db, fixture("gdelt2.tsv"), fixture("icews.tsv"))
	if r.code != 0 || !strings.Contains(r.stderr, "8 events: 8 added, 0 replaced, 0 unchanged; 0 bad lines") {
		t.Fatalf("first import: exit %d\n%s", r.code, r.stderr)
	}
	first := importedRows(t, db)
	if len(first) != 8 || !strings.HasPrefix(first[0], "icews:35127456 2022-02-24 RUS") {
		t.Errorf("stored:\n%s", strings.Join(first, "\n"))
	}

	// Again, with the file read from standard input: nothing changes.
	in, err := os.ReadFile(fixture("icews.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	r = runWith(t, noModel(t), string(in), "import", "--db", db, "--format", "icews", "-")
	if r.code != 0 || !strings.Contains(r.stderr, "5 events: 0 added, 0 replaced, 5 unchanged") {
		t.Errorf("second import: exit %d\n%s", r.code, r.stderr)
	}
	if again := importedRows(t, db); strings.Join(again, "\n") != strings.Join(first, "\n") {
		t.Errorf("second import changed the store:\n%s", strings.Join(again, "\n"))
	}

	// A bad line is reported with its place; the others are kept.
	r = runWith(t, noModel(t), "", "import", "--db", db, bad)
	if r.code != 1 || !strings.Contains(r.stderr, "bad.tsv") || !strings.Contains(r.stderr, "line 2: column 2 (SQLDATE)") ||
		!strings.Contains(r.stderr, "2 events: 0 added, 0 replaced, 2 unchanged; 1 bad lines") {
		t.Errorf("bad line: exit %d\n%s", r.code, r.stderr)
	}

	// Imported events go back out as they came in.
	r = runWith(t, noModel(t), "", "export", "--db", db, "--format", "gdelt2", "--dataset", "gdelt2")
	if r.code != 0 {
		t.Fatalf("export: exit %d\n%s", r.code, r.stderr)
	}
	evs, _ := readEvents(t, r.stdout)
	want, _ := readEvents(t, string(good))
	if len(evs) != len(want) {
		t.Fatalf("exported %d events, want %d", len(evs), len(want))
	}
	byID := map[string]eventfile.Event{}
	for _, e := range evs {
		byID[e.ExternalID] = e
	}
	for _, w := range want {
		if !reflect.DeepEqual(byID[w.ExternalID], w) {
			t.Errorf("event %s: got %+v\nwant %+v", w.ExternalID, byID[w.ExternalID], w)
		}
	}

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"import", "--db", db}, "import needs a FILE"},
		{[]string{"import", "--db", db, "--format", "acled", bad}, "--format"},
		{[]string{"import", "--db", db, filepath.Join(dir, "missing.tsv")}, "missing.tsv"},
	} {
		r := runWith(t, noModel(t), "", tc.args...)
		if r.code == 0 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr:\n%s", tc.args, r.code, r.stderr)
		}
	}
}
