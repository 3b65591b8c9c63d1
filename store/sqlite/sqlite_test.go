package sqlite

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/store"
)

var stop = map[string]bool{"The": true, "Then": true, "No": true, "An": true}

// fakeDoc annotates text as a toy engine would, with no models: tokens at
// white space, a sentence per ".", a mention for each capitalised word
// but "The", "Then", "No" and "An" (its actor code the word's first three
// letters in upper case), and in each sentence with two mentions an event from the first
// to the second, coded by the sentence's first verb-like word.
func fakeDoc(id, date, text string) *dyad.Document {
	d := &dyad.Document{ID: id, Date: date, Text: text}
	start := 0
	for _, f := range strings.Fields(text) {
		b := start + strings.Index(text[start:], f)
		start = b + len(f)
		d.Tokens = append(d.Tokens, dyad.Token{Start: b, End: start, Head: -1})
	}
	codes := map[string]string{"met": "040", "attacked": "190", "criticised": "111", "praised": "051",
		"aided": "070", "threatened": "138"}
	s0 := 0
	for i := range d.Tokens {
		w := strings.TrimRight(d.TokenText(i), ".,")
		if w != "" && w[0] >= 'A' && w[0] <= 'Z' && !stop[w] {
			actor := ""
			if len(w) >= 3 {
				actor = strings.ToUpper(w[:3])
			}
			d.Mentions = append(d.Mentions, dyad.Mention{Span: dyad.Span{Start: i, End: i + 1}, Head: i,
				Type: dyad.LOC, Name: w, Actor: actor, Antecedent: -1})
		}
		if strings.HasSuffix(d.TokenText(i), ".") || i == len(d.Tokens)-1 {
			d.Sentences = append(d.Sentences, dyad.Sentence{Span: dyad.Span{Start: s0, End: i + 1}})
			s0 = i + 1
		}
	}
	for si, s := range d.Sentences {
		var ms []int
		for mi, m := range d.Mentions {
			if m.Start >= s.Start && m.Start < s.End {
				ms = append(ms, mi)
			}
		}
		for i := s.Start; i < s.End && len(ms) >= 1; i++ {
			if c, ok := codes[d.TokenText(i)]; ok {
				tgt := -1
				if len(ms) > 1 {
					tgt = ms[1]
				}
				d.Events = append(d.Events, dyad.Event{Sentence: si, Source: ms[0], Target: tgt,
					Code: cameo.MustParse(c), Trigger: i})
				break
			}
		}
	}
	return d
}

var corpus = []*dyad.Document{
	fakeDoc("a", "2023-01-29", "Korea attacked Japan. Then Korea met Russia in Moscow. The weather was fine."),
	fakeDoc("b", "2023-02-15", "Russia criticised Ukraine. Ukraine praised Poland."),
	fakeDoc("c", "2023-03-01", "Chinese officials threatened Taiwan. China aided Pakistan."),
	fakeDoc("d", "", "Korea met Koryo. No date here."),
	fakeDoc("", "2023-03-02", "Germany met France. An item without an id, named by its URL."),
}

func init() { corpus[4].URL = "https://example.org/e" }

func open(t testing.TB, path string) *DB {
	t.Helper()
	if path == "" {
		path = filepath.Join(t.TempDir(), "dyad.db")
	}
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func putAll(t testing.TB, db *DB, docs []*dyad.Document) map[store.Status]int {
	t.Helper()
	n := map[store.Status]int{}
	for _, d := range docs {
		st, err := db.Put(context.Background(), d)
		if err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		n[st]++
	}
	return n
}

func counts(t testing.TB, db *DB) store.Counts {
	t.Helper()
	c, err := db.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// checkIntegrity checks that every document has exactly the rows its
// counts say, and that no row belongs to no document.
func checkIntegrity(t testing.TB, db *DB) {
	t.Helper()
	var bad int
	err := db.SQL().QueryRow(`SELECT
		(SELECT count(*) FROM documents d WHERE n_sentences <> (SELECT count(*) FROM sentences WHERE doc = d.id)
			OR n_mentions <> (SELECT count(*) FROM mentions WHERE doc = d.id)
			OR n_events <> (SELECT count(*) FROM events WHERE doc = d.id))
		+ (SELECT count(*) FROM sentences WHERE doc NOT IN (SELECT id FROM documents))
		+ (SELECT count(*) FROM mentions WHERE doc NOT IN (SELECT id FROM documents))
		+ (SELECT count(*) FROM events WHERE doc NOT IN (SELECT id FROM documents))`).Scan(&bad)
	if err != nil {
		t.Fatal(err)
	}
	if bad != 0 {
		t.Errorf("%d documents or rows are half-written", bad)
	}
}

// dump returns the store's content without row ids and timestamps, to
// compare two stores.
func dump(t testing.TB, db *DB) string {
	t.Helper()
	var b strings.Builder
	for _, q := range []string{
		`SELECT key, hex(hash), title, url, date, given_date, text, n_sentences, n_mentions, n_events, problems
			FROM documents ORDER BY key`,
		`SELECT d.key, s.idx, s.start, s."end", s.paragraph FROM sentences s JOIN documents d ON d.id = s.doc
			ORDER BY d.key, s.idx`,
		`SELECT d.key, m.idx, m.sentence, m.start, m."end", m.head_start, m.head_end, m.type, m.name, m.actor,
			m.antecedent FROM mentions m JOIN documents d ON d.id = m.doc ORDER BY d.key, m.idx`,
		`SELECT d.key, e.idx, e.date, e.sentence, e.source, e.target, e.source_mention, e.target_mention, e.cameo,
			e.quad, e.goldstein, e.plover, e.mode, e.negated, e.reported, e.trigger_start, e.trigger_end, e.pattern
			FROM events e JOIN documents d ON d.id = e.doc ORDER BY d.key, e.idx`,
	} {
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
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(&b, vals...)
		}
		rows.Close()
	}
	return b.String()
}

func TestPutIdempotent(t *testing.T) {
	db := open(t, "")
	if n := putAll(t, db, corpus); n[store.Added] != len(corpus) {
		t.Errorf("first put: %v", n)
	}
	c1 := counts(t, db)
	want := store.Counts{Documents: 5, Sentences: 11, Mentions: 18, Events: 8}
	if c1 != want {
		t.Errorf("counts %+v, want %+v", c1, want)
	}
	d1 := dump(t, db)
	if n := putAll(t, db, corpus); n[store.Unchanged] != len(corpus) {
		t.Errorf("second put: %v", n)
	}
	if c2 := counts(t, db); c2 != c1 {
		t.Errorf("counts after the second put %+v, want %+v", c2, c1)
	}
	if d2 := dump(t, db); d2 != d1 {
		t.Errorf("content changed:\n%s\nwas\n%s", d2, d1)
	}
	for _, d := range corpus {
		ok, err := db.Has(context.Background(), store.Key(d), store.HashText(d.Text))
		if !ok || err != nil {
			t.Errorf("Has(%q) = %v, %v", store.Key(d), ok, err)
		}
	}
	if ok, _ := db.Has(context.Background(), "a", store.HashText("other text")); ok {
		t.Error("Has with another hash")
	}
	checkIntegrity(t, db)
}

func TestReplace(t *testing.T) {
	db := open(t, "")
	putAll(t, db, corpus)
	changed := fakeDoc("a", "2023-01-30", "Japan criticised Korea.")
	st, err := db.Put(context.Background(), changed)
	if err != nil || st != store.Replaced {
		t.Fatalf("Put = %v, %v; want replaced", st, err)
	}
	fresh := open(t, "")
	putAll(t, fresh, append([]*dyad.Document{changed}, corpus[1:]...))
	if got, want := dump(t, db), dump(t, fresh); got != want {
		t.Errorf("after replacing:\n%s\nwant\n%s", got, want)
	}
	checkIntegrity(t, db)
}

// TestCrashInTransaction fails a Put in the middle of its transaction, as
// a crash would: the old document stays whole, a new one is not stored.
func TestCrashInTransaction(t *testing.T) {
	db := open(t, "")
	putAll(t, db, corpus)
	before := dump(t, db)
	db.failAfter = 4
	if _, err := db.Put(context.Background(), fakeDoc("a", "2023-01-30", "Japan criticised Korea. Korea met China.")); !errors.Is(err, errSimulatedCrash) {
		t.Fatalf("replacing: %v", err)
	}
	if _, err := db.Put(context.Background(), fakeDoc("new", "2023-01-30", "Japan criticised Korea. Korea met China.")); !errors.Is(err, errSimulatedCrash) {
		t.Fatalf("adding: %v", err)
	}
	db.failAfter = 0
	if after := dump(t, db); after != before {
		t.Errorf("a failed transaction changed the store:\n%s\nwas\n%s", after, before)
	}
	checkIntegrity(t, db)
}

// crashCorpus is what the child process of TestKill writes.
func crashCorpus() []*dyad.Document {
	var docs []*dyad.Document
	for i := range 400 {
		docs = append(docs, fakeDoc(fmt.Sprintf("doc-%03d", i), fmt.Sprintf("2023-%02d-%02d", i%12+1, i%28+1),
			strings.Repeat(fmt.Sprintf("Korea met Japan %d times. Russia attacked Ukraine. China aided Iran. ", i), 20)))
	}
	return docs
}

// TestKill kills a process that is writing documents with SIGKILL, then
// writes the same documents again: the result is what one uninterrupted
// run leaves.
func TestKill(t *testing.T) {
	if path := os.Getenv("DYAD_STORE_CRASH_CHILD"); path != "" {
		db, err := Open(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		for _, d := range crashCorpus() {
			if _, err := db.Put(context.Background(), d); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
		}
		time.Sleep(time.Minute) // wait to be killed
		os.Exit(0)
	}
	if testing.Short() {
		t.Skip("starts a child process")
	}
	path := filepath.Join(t.TempDir(), "dyad.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestKill$")
	cmd.Env = append(os.Environ(), "DYAD_STORE_CRASH_CHILD="+path)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once it has written some, but not all, documents.
	deadline := time.Now().Add(time.Minute)
	for n := 0; n < 50; {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("the child wrote too few documents in a minute")
		}
		time.Sleep(5 * time.Millisecond)
		if db, err := Open(path); err == nil {
			c, _ := db.Counts(context.Background())
			n = int(c.Documents)
			db.Close()
		}
	}
	cmd.Process.Kill()
	cmd.Wait()

	db := open(t, path)
	checkIntegrity(t, db)
	c := counts(t, db)
	t.Logf("killed after %d documents", c.Documents)
	n := putAll(t, db, crashCorpus())
	if n[store.Unchanged] != int(c.Documents) || n[store.Added] != 400-int(c.Documents) {
		t.Errorf("rerun: %v after %d stored", n, c.Documents)
	}
	fresh := open(t, "")
	putAll(t, fresh, crashCorpus())
	if dump(t, db) != dump(t, fresh) {
		t.Error("the rerun after the crash differs from an uninterrupted run")
	}
}

func TestSchemaVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dyad.db")
	db := open(t, path)
	var v int
	db.SQL().QueryRow("PRAGMA user_version").Scan(&v)
	if v != SchemaVersion() {
		t.Errorf("user_version %d, want %d", v, SchemaVersion())
	}
	db.Close()
	db = open(t, path) // reopening migrates nothing
	db.SQL().Exec("PRAGMA user_version = 99")
	db.Close()
	if _, err := Open(path); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("opening a newer schema: %v", err)
	}
}

func TestOddPath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a?b#c%20.db")
	db := open(t, path)
	putAll(t, db, corpus[:1])
	if _, err := os.Stat(path); err != nil {
		t.Error(err)
	}
}

func events(t *testing.T, db *DB, f store.Filter) []string {
	t.Helper()
	var out []string
	err := db.Events(context.Background(), f, func(r store.EventRow) error {
		out = append(out, fmt.Sprintf("%s %s %s>%s %s q%d [%s|%s|%s] %q", r.Doc, r.Date, r.Source, r.Target, r.CAMEO,
			r.Quad, r.SourceText, r.Trigger, r.TargetText, r.Text))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestEvents(t *testing.T) {
	db := open(t, "")
	putAll(t, db, corpus)
	all := []string{
		`d  KOR>KOR 040 q1 [Korea|met|Koryo.] "Korea met Koryo."`,
		`a 2023-01-29 KOR>JAP 190 q4 [Korea|attacked|Japan.] "Korea attacked Japan."`,
		`a 2023-01-29 KOR>RUS 040 q1 [Korea|met|Russia] "Then Korea met Russia in Moscow."`,
		`b 2023-02-15 RUS>UKR 111 q3 [Russia|criticised|Ukraine.] "Russia criticised Ukraine."`,
		`b 2023-02-15 UKR>POL 051 q1 [Ukraine|praised|Poland.] "Ukraine praised Poland."`,
		`c 2023-03-01 CHI>TAI 138 q3 [Chinese|threatened|Taiwan.] "Chinese officials threatened Taiwan."`,
		`c 2023-03-01 CHI>PAK 070 q2 [China|aided|Pakistan.] "China aided Pakistan."`,
		`https://example.org/e 2023-03-02 GER>FRA 040 q1 [Germany|met|France.] "Germany met France."`,
	}
	pick := func(idx ...int) []string {
		var out []string
		for _, i := range idx {
			out = append(out, all[i])
		}
		return out
	}
	for _, tc := range []struct {
		name string
		f    store.Filter
		want []string
	}{
		{"all", store.Filter{}, all},
		{"source", store.Filter{Source: "KOR"}, pick(0, 1, 2)},
		{"source prefix", store.Filter{Source: "K"}, pick(0, 1, 2)},
		{"dyad", store.Filter{Source: "KOR", Target: "RUS"}, pick(2)},
		{"target prefix", store.Filter{Target: "KO"}, pick(0)},
		{"cameo", store.Filter{CAMEO: "040"}, pick(0, 2, 7)},
		{"cameo prefix", store.Filter{CAMEO: "1"}, pick(1, 3, 5)},
		{"quad", store.Filter{Quad: 3}, pick(3, 5)},
		{"from", store.Filter{From: "2023-02-15"}, pick(3, 4, 5, 6, 7)},
		{"to", store.Filter{To: "2023-02-15"}, pick(0, 1, 2, 3, 4)},
		{"month", store.Filter{From: "2023-02", To: "2023-02"}, pick(3, 4)},
		{"dyad and dates", store.Filter{Source: "CHI", From: "2023-03-01", To: "2023-03-01"}, pick(5, 6)},
		{"text", store.Filter{Text: "MOSCOW"}, pick(2)},
		{"text with metacharacters", store.Filter{Text: "100%_"}, nil},
		{"limit", store.Filter{Limit: 2}, pick(0, 1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := events(t, db, tc.f)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tc.want, "\n\t"))
			}
		})
	}
	for _, f := range []store.Filter{{Source: "kor"}, {CAMEO: "19x"}, {Quad: 5}, {From: "March"}, {Source: "K%"}} {
		if err := db.Events(context.Background(), f, func(store.EventRow) error { return nil }); err == nil {
			t.Errorf("%+v: no error", f)
		}
	}
}

func TestDocumentsAndActors(t *testing.T) {
	db := open(t, "")
	putAll(t, db, corpus)
	docs := func(f store.Filter) []string {
		var out []string
		err := db.Documents(context.Background(), f, func(r store.DocumentRow) error {
			out = append(out, fmt.Sprintf("%s %s s%d m%d e%d %d", r.ID, r.Date, r.Sentences, r.Mentions, r.Events,
				r.Bytes))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	for _, tc := range []struct {
		f    store.Filter
		want []string
	}{
		{store.Filter{}, []string{"d  s2 m2 e1 30", "a 2023-01-29 s3 m5 e2 76", "b 2023-02-15 s2 m4 e2 50",
			"c 2023-03-01 s2 m4 e2 58", "https://example.org/e 2023-03-02 s2 m3 e1 60"}},
		{store.Filter{Source: "RUS"}, []string{"b 2023-02-15 s2 m4 e2 50"}},
		{store.Filter{Target: "RUS", Quad: 1}, []string{"a 2023-01-29 s3 m5 e2 76"}},
		{store.Filter{CAMEO: "07", From: "2023-03"}, []string{"c 2023-03-01 s2 m4 e2 58"}},
		{store.Filter{Text: "weather"}, []string{"a 2023-01-29 s3 m5 e2 76"}},
	} {
		if got := docs(tc.f); !slices.Equal(got, tc.want) {
			t.Errorf("%+v: got %q, want %q", tc.f, got, tc.want)
		}
	}
	actors := func(f store.Filter) []string {
		var out []string
		err := db.Actors(context.Background(), f, func(r store.ActorRow) error {
			out = append(out, fmt.Sprintf("%s %s m%d d%d s%d t%d %s..%s", r.Actor, r.Name, r.Mentions, r.Documents,
				r.AsSource, r.AsTarget, r.First, r.Last))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	got := actors(store.Filter{Actor: "KOR"})
	want := []string{"KOR Korea m4 d2 s3 t1 ..2023-01-29"}
	if !slices.Equal(got, want) {
		t.Errorf("KOR: %q, want %q", got, want)
	}
	got = actors(store.Filter{From: "2023-02-01", Limit: 3})
	want = []string{"CHI China m2 d1 s2 t0 2023-03-01..2023-03-01", "UKR Ukraine m2 d1 s1 t1 2023-02-15..2023-02-15",
		"FRA France m1 d1 s0 t1 2023-03-02..2023-03-02"}
	if !slices.Equal(got, want) {
		t.Errorf("from February: %q, want %q", got, want)
	}
}

// TestQueryPlan checks that a query by dyad and dates reads the
// (source, target, date) index rather than scanning the events.
func TestQueryPlan(t *testing.T) {
	db := open(t, "")
	fill(t, db, 2000, 20)
	for _, tc := range []struct {
		f    store.Filter
		want string
	}{
		{store.Filter{Source: "PRK", Target: "USA", From: "2023-01-01", To: "2023-06-30"}, "USING INDEX events_dyad"},
		{store.Filter{Target: "USA", From: "2023-01-01"}, "USING INDEX events_target"},
		{store.Filter{From: "2023-01-01", To: "2023-01-31"}, "USING INDEX events_date"},
		{store.Filter{CAMEO: "19", From: "2023-01-01"}, "USING INDEX events_cameo"},
	} {
		q, args := EventsQuery(tc.f)
		rows, err := db.SQL().Query("EXPLAIN QUERY PLAN "+q, args...)
		if err != nil {
			t.Fatal(err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			rows.Scan(&id, &parent, &unused, &detail)
			plan = append(plan, detail)
		}
		rows.Close()
		p := strings.Join(plan, "\n")
		if !strings.Contains(p, "SEARCH e "+tc.want) || strings.Contains(p, "SCAN e") {
			t.Errorf("%+v: plan\n%s\nwant SEARCH e %s", tc.f, p, tc.want)
		}
	}
}

// fill generates a store of nDocs documents with perDoc events each,
// inside SQLite, for benchmarks: actors from a list of 200 codes with
// agents, dates over four years.
func fill(b testing.TB, db *DB, nDocs, perDoc int) {
	b.Helper()
	const codes = `'USA','USAGOV','USAMIL','CHN','CHNGOV','RUS','RUSGOV','RUSMIL','PRK','PRKGOV','KOR','KORGOV','JPN',
		'UKR','UKRMIL','IRN','ISR','GBR','FRA','DEU'`
	sqls := []string{
		`CREATE TEMP TABLE nums(value INTEGER PRIMARY KEY)`,
		`INSERT INTO temp.nums WITH RECURSIVE n(v) AS (SELECT 0 UNION ALL SELECT v + 1 FROM n WHERE v < ` +
			strconv.Itoa(max(nDocs, perDoc, 200)) + `) SELECT v FROM n`,
		`CREATE TEMP TABLE codes(i INTEGER PRIMARY KEY, c TEXT)`,
		`INSERT INTO temp.codes(c) SELECT column1 FROM (VALUES ` + valuesList(codes) + `)`,
		`INSERT INTO temp.codes(c) SELECT printf('C%02d', value) FROM (SELECT value FROM temp.nums WHERE value BETWEEN 20 AND 199)`,
		`INSERT INTO documents (id, key, hash, title, url, date, given_date, text, n_sentences, n_mentions, n_events,
			problems, stored)
		SELECT value, 'doc-' || value, randomblob(32), '', '', date('2020-01-01', '+' || (value % 1461) || ' days'), '',
			'Alpha met Beta.', ` + strconv.Itoa(perDoc) + `, 2, ` + strconv.Itoa(perDoc) + `, '', ''
		FROM (SELECT value FROM temp.nums WHERE value BETWEEN 1 AND ` + strconv.Itoa(nDocs) + `)`,
		`INSERT INTO sentences SELECT d.id, s.value, 0, 15, 0 FROM documents d,
			(SELECT value FROM temp.nums WHERE value BETWEEN 0 AND ` + strconv.Itoa(perDoc-1) + `) s`,
		`INSERT INTO mentions SELECT d.id, m.value, 0, m.value * 10, m.value * 10 + 5, 0, 5, 'LOC', 'Alpha', 'X', -1
			FROM documents d, (SELECT value FROM temp.nums WHERE value BETWEEN 0 AND 1) m`,
		// Half the events go to the 20 big actors, the rest spread
		// over all 200.
		`CREATE TEMP TABLE ev AS SELECT d.id AS doc, s.value AS idx, d.date AS date, abs(random()) AS k,
				CASE WHEN random() > 0 THEN 1 + abs(random()) % 20 ELSE 1 + abs(random()) % 200 END AS si,
				CASE WHEN random() > 0 THEN 1 + abs(random()) % 20 ELSE 1 + abs(random()) % 200 END AS ti
			FROM documents d, (SELECT value FROM temp.nums WHERE value BETWEEN 0 AND ` + strconv.Itoa(perDoc-1) + `) s`,
		`INSERT INTO events (doc, idx, date, sentence, source, target, source_mention, target_mention, cameo, quad,
			goldstein, plover, mode, negated, reported, trigger_start, trigger_end, pattern)
		SELECT r.doc, r.idx, r.date, r.idx, cs.c, ct.c, 0, 1, '0' || (10 + r.k % 10) || '0', 1 + r.k % 4, 1.0,
			'', '', 0, 0, 6, 9, ''
		FROM temp.ev r JOIN temp.codes cs ON cs.i = r.si JOIN temp.codes ct ON ct.i = r.ti
		ORDER BY r.doc, r.idx`,
		`DROP TABLE temp.ev`,
		`ANALYZE`,
	}
	for _, q := range sqls {
		if _, err := db.SQL().Exec(q); err != nil {
			b.Fatalf("%v\n%s", err, q)
		}
	}
}

func valuesList(csv string) string {
	var parts []string
	for _, c := range strings.Split(csv, ",") {
		parts = append(parts, "("+strings.TrimSpace(c)+")")
	}
	return strings.Join(parts, ",")
}

// BenchmarkEventQuery queries events by dyad and a date range over a
// million stored events.
func BenchmarkEventQuery(b *testing.B) {
	db := open(b, "")
	start := time.Now()
	fill(b, db, 50_000, 20)
	c := counts(b, db)
	b.Logf("generated %d events in %v", c.Events, time.Since(start).Round(time.Millisecond))
	for _, f := range []store.Filter{
		{Source: "PRK", Target: "USA", From: "2021-01-01", To: "2021-12-31"},
		{Source: "USA", From: "2022-03-01", To: "2022-03-31"},
		{Source: "RUS", Target: "UKR"},
	} {
		b.Run(fmt.Sprintf("%s-%s-%s-%s", f.Source, f.Target, f.From, f.To), func(b *testing.B) {
			n := 0
			for b.Loop() {
				n = 0
				if err := db.Events(context.Background(), f, func(store.EventRow) error { n++; return nil }); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n), "rows")
		})
	}
}

// BenchmarkPut writes documents of 30 sentences, 60 mentions and 30
// events, each in its transaction.
func BenchmarkPut(b *testing.B) {
	db := open(b, "")
	text := strings.Repeat("Korea met Japan in Tokyo. ", 30)
	i := 0
	for b.Loop() {
		if _, err := db.Put(context.Background(), fakeDoc(strconv.Itoa(i), "2023-01-29", text)); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

func TestQuotes(t *testing.T) {
	db := open(t, "")
	ctx := context.Background()
	text := `“We will stand with Russia,” Kim Yo-jong said.`
	start := len("“")
	end := strings.Index(text, ",”")
	d := &dyad.Document{ID: "q1", Date: "2023-01-27", Text: text, Quotes: []dyad.Quote{{
		Start: start, End: end, Text: text[start:end], Kind: dyad.DirectQuote, Cue: "said", CueStart: -1, CueEnd: -1,
		Speaker: "Kim Yo-jong", SpeakerActor: "PRKGOV", SpeakerStart: -1, SpeakerEnd: -1, SpeakerMention: -1,
		About: []string{"RUS"}}}}
	if _, err := db.Put(ctx, d); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		f    store.Filter
		want int
	}{
		{store.Filter{}, 1}, {store.Filter{Actor: "PRK"}, 1}, {store.Filter{Actor: "USA"}, 0},
		{store.Filter{Text: "stand"}, 1}, {store.Filter{From: "2023-02"}, 0},
	} {
		var got []store.QuoteRow
		if err := db.Quotes(ctx, tt.f, func(r store.QuoteRow) error { got = append(got, r); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(got) != tt.want {
			t.Errorf("%+v: %d quotes, want %d", tt.f, len(got), tt.want)
			continue
		}
		if tt.want == 1 && (got[0].Text != "We will stand with Russia" || got[0].Speaker != "Kim Yo-jong" ||
			got[0].Doc != "q1" || got[0].Kind != "direct") {
			t.Errorf("quote %+v", got[0])
		}
	}
}
