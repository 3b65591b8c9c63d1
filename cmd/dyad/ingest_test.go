package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/open"
	"github.com/dyadproject/dyad/store/postgres"
	"github.com/dyadproject/dyad/store/postgres/pgtest"
	"github.com/dyadproject/dyad/store/sqlite"
	"github.com/dyadproject/dyad/store/storetest"
)

// backend is a kind of store the ingest tests run against.
type backend struct {
	name string
	// dsn returns the --db of a new, empty store, removed when t ends.
	dsn func(t *testing.T) string
}

// backends are SQLite, always, and PostgreSQL, on the server that
// DYAD_TEST_POSTGRES names (see store/postgres/pgtest).
var backends = []backend{
	{"sqlite", func(t *testing.T) string { return filepath.Join(t.TempDir(), "corpus.db") }},
	{"postgres", func(t *testing.T) string { return pgtest.DSN(t) }},
}

func openDSN(t *testing.T, dsn string) store.Store {
	t.Helper()
	st, err := open.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// storeDump returns a store's content without row ids and timestamps: what
// the Store interface lists, and the rows of each table.
func storeDump(t *testing.T, dsn string) string {
	t.Helper()
	st := openDSN(t, dsn)
	defer st.Close()
	var b strings.Builder
	b.WriteString(storetest.Dump(t, st))
	for _, q := range []string{
		`SELECT key, hash, title, url, date, text, n_sentences, n_mentions, n_events, problems FROM documents
			ORDER BY key`,
		`SELECT d.key, s.idx, s.start, s."end" FROM sentences s JOIN documents d ON d.id = s.doc ORDER BY 1, 2`,
		`SELECT d.key, m.idx, m.start, m."end", m.actor, m.name, m.antecedent FROM mentions m
			JOIN documents d ON d.id = m.doc ORDER BY 1, 2`,
		`SELECT d.key, e.idx, e.source, e.target, e.cameo, e.trigger_start FROM events e
			JOIN documents d ON d.id = e.doc ORDER BY 1, 2`,
	} {
		switch db := st.(type) {
		case *sqlite.DB:
			rows, err := db.SQL().Query(q)
			if err != nil {
				t.Fatal(err)
			}
			cols, _ := rows.Columns()
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			for rows.Next() {
				rows.Scan(ptrs...)
				fmt.Fprintln(&b, vals...)
			}
			rows.Close()
		case *postgres.DB:
			rows, err := db.Pool().Query(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				vals, err := rows.Values()
				if err != nil {
					t.Fatal(err)
				}
				fmt.Fprintln(&b, vals...)
			}
			rows.Close()
		default:
			t.Fatalf("a %T", st)
		}
	}
	return b.String()
}

func storeCounts(t *testing.T, dsn string) [4]int64 {
	t.Helper()
	st := openDSN(t, dsn)
	defer st.Close()
	c, err := st.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return [4]int64{c.Documents, c.Sentences, c.Mentions, c.Events}
}

// TestIngestAndQuery ingests files into each backend, twice, then changes
// a document and queries the store. Both backends end with the same
// content.
func TestIngestAndQuery(t *testing.T) {
	p := builtIn(t)
	load := func(string) (annotator, error) { return p, nil }
	dumps := map[string]string{}
	for _, be := range backends {
		t.Run(be.name, func(t *testing.T) {
			db := be.dsn(t)
			testIngestAndQuery(t, load, db)
			st := openDSN(t, db)
			defer st.Close()
			dumps[be.name] = storetest.Dump(t, st)
		})
	}
	if len(dumps) == len(backends) && dumps["sqlite"] != dumps["postgres"] {
		t.Errorf("SQLite and PostgreSQL differ:\n%s\n%s", dumps["sqlite"], dumps["postgres"])
	}
}

func testIngestAndQuery(t *testing.T, load loader, db string) {
	in := []string{"../../source/testdata/jsonl/broken.jsonl", "../../source/testdata/feed",
		"../../source/testdata/html/article.html"}
	r := runWith(t, load, "", append([]string{"ingest", "--db", db}, in...)...)
	if r.code != 1 {
		t.Errorf("exit %d, want 1 for the bad records; stderr:\n%s", r.code, r.stderr)
	}
	for _, want := range []string{
		"dyad: ../../source/testdata/jsonl/broken.jsonl:3: invalid character",
		"dyad: ../../source/testdata/feed/news.rss: item 3: no content or description",
		"dyad: ../../source/testdata/feed/truncated.rss:13: XML syntax error",
		"dyad: ingest: 9 documents: 9 added, 0 replaced, 0 unchanged, 6 failed;",
		"dyad: 6 inputs or records failed",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	first := storeCounts(t, db)
	if first[0] != 9 || first[3] == 0 {
		t.Errorf("stored %v (documents, sentences, mentions, events)", first)
	}
	firstDump := storeDump(t, db)

	// Again: nothing changes.
	r = runWith(t, load, "", append([]string{"ingest", "--db", db}, in...)...)
	if !strings.Contains(r.stderr, "9 documents: 0 added, 0 replaced, 9 unchanged, 6 failed;") {
		t.Errorf("second run: %s", r.stderr)
	}
	if again := storeCounts(t, db); again != first {
		t.Errorf("second run: %v, first %v", again, first)
	}
	if again := storeDump(t, db); again != firstDump {
		t.Errorf("second run changed the rows:\n%s\nwere\n%s", again, firstDump)
	}

	// A changed document replaces the old one.
	changed := filepath.Join(t.TempDir(), "changed.jsonl")
	os.WriteFile(changed, []byte(`{"id":"a","date":"2023-01-29","text":"Russia attacked Ukraine on Monday."}`), 0o644)
	r = runWith(t, load, "", "ingest", "--db", db, changed)
	if r.code != 0 || !strings.Contains(r.stderr, "1 documents: 0 added, 1 replaced") {
		t.Errorf("replacing: exit %d, %s", r.code, r.stderr)
	}

	// Queries.
	r = runWith(t, noModel(t), "", "query", "events", "--db", db, "--source", "rus", "--format", "jsonl")
	if r.code != 0 {
		t.Fatalf("query: exit %d, %s", r.code, r.stderr)
	}
	var ev struct {
		Doc, Source, Target, CAMEO, Trigger, Text string
		Start, End                                int
		TriggerStart                              int `json:"trigger_start"`
		TriggerEnd                                int `json:"trigger_end"`
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if err := json.Unmarshal([]byte(lines[0]), &ev); err != nil {
		t.Fatalf("%v: %q", err, r.stdout)
	}
	if ev.Doc != "a" || ev.Source != "RUS" || ev.Target != "UKR" || ev.Trigger != "attacked" ||
		ev.Text != "Russia attacked Ukraine on Monday." || ev.TriggerStart != 7 || ev.TriggerEnd != 15 ||
		ev.CAMEO != "190" || ev.Start != 0 || ev.End != 34 {
		t.Errorf("event %+v", ev)
	}

	r = runWith(t, noModel(t), "", "query", "documents", "--db", db, "--from", "2023-01-30", "--to", "2023-01-31",
		"--format", "csv")
	recs, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil || r.code != 0 {
		t.Fatalf("exit %d, %v: %s", r.code, err, r.stderr)
	}
	var ids []string
	for _, rec := range recs[1:] {
		ids = append(ids, rec[0]+" "+rec[1])
	}
	if got := strings.Join(ids, ", "); got != "example-2023-0130-1 2023-01-30, https://example.org/c 2023-01-30, "+
		"https://news.example.org/2023/01/31/china-japan 2023-01-31" {
		t.Errorf("documents: %s", got)
	}

	r = runWith(t, noModel(t), "", "query", "actors", "--db", db, "--actor", "PRK", "--format", "table")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "ACTOR ") || !strings.Contains(r.stdout, "North Korea") {
		t.Errorf("actors: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = runWith(t, noModel(t), "", "query", "events", "--db", db, "--cameo", "19", "--quad", "material-conflict")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "date\tsource\tcameo\ttarget") {
		t.Errorf("events tsv: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

func TestIngestUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"ingest", "--db", db}, 2, "needs a PATH"},
		{[]string{"ingest", "--db", db, "--input", "pdf", "x"}, 2, "unknown input format"},
		{[]string{"ingest", "--db", db, "--date", "soon", "x"}, 2, "--date"},
		{[]string{"ingest", "--db", "postgres://dyad:s3cret@127.0.0.1:1/dyad?connect_timeout=5", "x"}, 1,
			"postgres: postgres://dyad:xxxxx@127.0.0.1:1/dyad"},
		{[]string{"query", "events", "--db", "postgresql://dyad:s3cret@127.0.0.1:1/dyad?connect_timeout=5"}, 1,
			"postgres: postgresql://dyad:xxxxx@127.0.0.1:1/dyad"},
		{[]string{"ingest", "--db", "", "x"}, 1, "--db: empty DSN"},
		{[]string{"query", "events", "--db", "sqlite:"}, 1, "--db: sqlite:: no file name"},
		{[]string{"query", "events", "--db", db}, 1, "no store"},
		{[]string{"query", "events", "--db", db, "--quad", "9"}, 2, "not 1 to 4"},
		{[]string{"query", "events", "--db", db, "--cameo", "abc"}, 2, "not an event code"},
		{[]string{"query", "events", "--db", db, "--from", "Jan"}, 2, "not YYYY-MM-DD"},
		{[]string{"query", "events", "--db", db, "--format", "xml"}, 2, "--format"},
		{[]string{"query", "actors", "--db", db, "--source", "USA"}, 2, "unknown flag"},
		{[]string{"query", "events", "extra"}, 2, "takes no arguments"},
		{[]string{"query"}, 2, "documents, events"},
	} {
		r := runWith(t, noModel(t), "", tc.args...)
		if r.code != tc.code || !strings.Contains(r.stderr, tc.want) || strings.Contains(r.stderr, "s3cret") {
			t.Errorf("%q: exit %d, stderr %q; want %d and %q", tc.args, r.code, r.stderr, tc.code, tc.want)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("a query created the store")
	}
}

// slow is the fake model, slowed down so that a test can kill an ingest
// in the middle.
type slow struct{ fake }

func (s slow) Annotate(d *dyad.Document) {
	time.Sleep(20 * time.Millisecond)
	s.fake.Annotate(d)
}

func writeCorpus(t *testing.T, n int) string {
	t.Helper()
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `{"id":"doc-%03d","date":"2023-01-%02d","text":"Russia attacked Ukraine. Story %d. The United States condemned Russia."}`+"\n",
			i, i%28+1, i)
	}
	p := filepath.Join(t.TempDir(), "corpus.jsonl")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestIngestKill kills an ingest with SIGKILL in the middle and runs the
// same command again: the store ends as one uninterrupted run leaves it.
func TestIngestKill(t *testing.T) {
	if args := os.Getenv("DYAD_INGEST_CHILD"); args != "" {
		code := run(strings.Split(args, "\x1f"), strings.NewReader(""), os.Stdout, os.Stderr,
			func(string) (annotator, error) { return slow{}, nil })
		os.Exit(code)
	}
	if testing.Short() {
		t.Skip("starts a child process")
	}
	const n = 300
	corpus := writeCorpus(t, n)
	for _, be := range backends {
		t.Run(be.name, func(t *testing.T) {
			db := be.dsn(t)
			args := []string{"ingest", "--db", db, corpus}
			cmd := exec.Command(os.Args[0], "-test.run=^TestIngestKill$")
			cmd.Env = append(os.Environ(), "DYAD_INGEST_CHILD="+strings.Join(args, "\x1f"))
			var childErr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &childErr, &childErr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()
			deadline := time.Now().Add(2 * time.Minute)
			for stored := int64(0); stored < 20; {
				select {
				case err := <-exited:
					t.Fatalf("the child ended (%v) after %d documents:\n%s", err, stored, childErr.String())
				default:
				}
				if time.Now().After(deadline) {
					cmd.Process.Kill()
					<-exited
					t.Fatalf("the child stored %d documents in two minutes:\n%s", stored, childErr.String())
				}
				time.Sleep(100 * time.Millisecond) // each look opens the store: not too often
				if _, err := os.Stat(db); err == nil || be.name != "sqlite" {
					stored = storeCounts(t, db)[0]
				}
			}
			cmd.Process.Kill()
			<-exited
			killed := storeCounts(t, db)
			if killed[0] >= n {
				t.Fatalf("the child finished (%d documents) before it was killed", killed[0])
			}
			t.Logf("killed after %d of %d documents", killed[0], n)

			r := runWith(t, func(string) (annotator, error) { return fake{}, nil }, "", args...)
			if r.code != 0 {
				t.Fatalf("rerun: exit %d: %s", r.code, r.stderr)
			}
			want := fmt.Sprintf("%d documents: %d added, 0 replaced, %d unchanged, 0 failed", n, n-killed[0],
				killed[0])
			if !strings.Contains(r.stderr, want) {
				t.Errorf("rerun: %s, want %s", r.stderr, want)
			}
			whole := be.dsn(t)
			r = runWith(t, func(string) (annotator, error) { return fake{}, nil }, "", "ingest", "--db", whole, corpus)
			if r.code != 0 {
				t.Fatalf("uninterrupted run: exit %d: %s", r.code, r.stderr)
			}
			if got, want := storeDump(t, db), storeDump(t, whole); got != want {
				t.Errorf("killed and rerun differs from one uninterrupted run")
			}
		})
	}
}

// TestIngestDuplicates gives the same id twice with different texts: the
// last one read is stored, whatever order the workers finish in.
func TestIngestDuplicates(t *testing.T) {
	var b strings.Builder
	for i := range 40 {
		fmt.Fprintf(&b, `{"id":"same","text":"Version %d of the story."}`+"\n", i)
	}
	for _, be := range backends {
		t.Run(be.name, func(t *testing.T) {
			db := be.dsn(t)
			r := runWith(t, func(string) (annotator, error) { return fake{}, nil }, b.String(), "ingest", "--db", db,
				"--workers", "4", "-")
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			r = runWith(t, noModel(t), "", "query", "documents", "--db", db, "--text", "Version 39")
			if strings.Count(r.stdout, "\n") != 2 || !strings.Contains(r.stdout, "same") {
				t.Errorf("stored:\n%s", r.stdout)
			}
			if c := storeCounts(t, db); c[0] != 1 {
				t.Errorf("%d documents stored, want 1", c[0])
			}
		})
	}
}

// TestIngestRecode: each document records its coder; --recode codes again
// the documents another coder (here: other dictionaries) coded.
func TestIngestRecode(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "dyad.db")
	in := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(in, []byte("Korea met Japan."), 0o644); err != nil {
		t.Fatal(err)
	}
	dict := filepath.Join(dir, "extra.txt")
	if err := os.WriteFile(dict, []byte("igo IGOXYZ Example Council; the Example Council\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	load := func(string) (annotator, error) { return fake{}, nil }
	coders := func() string {
		r := runWith(t, noModel(t), "", "query", "documents", "--db", db, "--format", "jsonl")
		var rows []string
		for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
			var d struct{ Coder string }
			if err := json.Unmarshal([]byte(line), &d); err != nil {
				t.Fatalf("%v: %q", err, line)
			}
			rows = append(rows, d.Coder)
		}
		return strings.Join(rows, "|")
	}
	for _, tc := range []struct {
		args         []string
		summary      string
		dictionaries bool
	}{
		{nil, "1 added", false},
		{[]string{"--actors", dict}, "1 unchanged", false},
		{[]string{"--recode"}, "1 unchanged", false},
		{[]string{"--actors", dict, "--recode"}, "1 replaced", true},
		{[]string{"--actors", dict, "--recode"}, "1 unchanged", true},
	} {
		r := runWith(t, load, "", append(append([]string{"ingest", "--db", db}, tc.args...), in)...)
		if r.code != 0 || !strings.Contains(r.stderr, tc.summary) {
			t.Errorf("%v: exit %d, want %q:\n%s", tc.args, r.code, tc.summary, r.stderr)
		}
		c := coders()
		if !strings.HasPrefix(c, "dyad ") || strings.Contains(c, "dictionaries sha256:") != tc.dictionaries {
			t.Errorf("%v: coder %q", tc.args, c)
		}
	}
}
