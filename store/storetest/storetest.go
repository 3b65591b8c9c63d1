// Package storetest is the conformance suite every store.Store
// implementation passes: Run writes hand-built documents (FakeDoc, Corpus)
// and checks what each query returns against the same expected rows for
// every backend, that writing is idempotent, that a replaced document
// leaves none of its old rows, that a failure in the middle of a Put or a
// process killed with SIGKILL leaves no half-written document, and that
// concurrent Puts keep the store whole.
//
// A backend's test calls Run with a Backend: how to create, open and break
// its stores. Dump renders a store's content through the Store interface,
// so that tests can compare two stores, of one backend or of two.
package storetest

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/store"
)

// Backend is what the suite needs of an implementation.
type Backend struct {
	// New creates an empty store for t, removed when t ends, and returns
	// the name Open opens it by (a file name, a DSN).
	New func(t testing.TB) string
	// Open opens the store named, in this process or in a child process
	// the suite starts (the test binary itself).
	Open func(name string) (store.Store, error)
	// FailAfter makes st's Puts fail after n rows, before they commit, as
	// a crash in the middle of the transaction would; n 0 ends that. It
	// returns the error those Puts return (or wrap).
	FailAfter func(st store.Store, n int) error
	// Query runs SQL on st's database and returns its rows, for checks
	// below the Store interface. The suite's SQL runs unchanged on SQLite
	// and PostgreSQL.
	Query func(st store.Store, sql string) ([][]any, error)
}

// Run runs the suite, each test in parallel on a store of its own.
func Run(t *testing.T, b Backend) {
	for _, tc := range []struct {
		name string
		fn   func(*testing.T, Backend)
	}{
		{"PutIdempotent", testPutIdempotent},
		{"Replace", testReplace},
		{"CrashInTransaction", testCrashInTransaction},
		{"PutBatch", testPutBatch},
		{"Kill", testKill},
		{"ConcurrentPuts", testConcurrentPuts},
		{"Events", testEvents},
		{"Documents", testDocuments},
		{"Actors", testActors},
		{"Quotes", testQuotes},
		{"BadFilters", testBadFilters},
		{"CaseFolding", testCaseFolding},
		{"OddBytes", testOddBytes},
		{"Imported", testImported},
		{"Coder", testCoder},
		{"Search", testSearch},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if os.Getenv(killEnv) == "" {
				t.Parallel()
			}
			tc.fn(t, b)
		})
	}
}

var stop = map[string]bool{"The": true, "Then": true, "No": true, "An": true}

// FakeDoc annotates text as a toy engine would, with no models: tokens at
// white space, a sentence per ".", a mention for each capitalised word but
// "The", "Then", "No" and "An" (its actor code the word's first three
// letters in upper case), and in each sentence with a mention and a verb
// it knows (met, attacked, criticised, praised, aided, threatened) an
// event from the sentence's first mention to its second, if any.
func FakeDoc(id, date, text string) *dyad.Document {
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

// Corpus returns five documents: four with ids, dated from 2023-01-29 to
// 2023-03-01 or undated, and one known by its URL; 11 sentences, 18
// mentions and 8 events in all.
func Corpus() []*dyad.Document {
	docs := []*dyad.Document{
		FakeDoc("a", "2023-01-29", "Korea attacked Japan. Then Korea met Russia in Moscow. The weather was fine."),
		FakeDoc("b", "2023-02-15", "Russia criticised Ukraine. Ukraine praised Poland."),
		FakeDoc("c", "2023-03-01", "Chinese officials threatened Taiwan. China aided Pakistan."),
		FakeDoc("d", "", "Korea met Koryo. No date here."),
		FakeDoc("", "2023-03-02", "Germany met France. An item without an id, named by its URL."),
	}
	docs[4].URL = "https://example.org/e"
	return docs
}

// CrashCorpus returns the 400 documents the Kill test writes: a typical
// store's load, 60 sentences and 60 events each.
func CrashCorpus() []*dyad.Document {
	var docs []*dyad.Document
	for i := range 400 {
		docs = append(docs, FakeDoc(fmt.Sprintf("doc-%03d", i), fmt.Sprintf("2023-%02d-%02d", i%12+1, i%28+1),
			strings.Repeat(fmt.Sprintf("Korea met Japan %d times. Russia attacked Ukraine. China aided Iran. ", i), 20)))
	}
	return docs
}

func open(t testing.TB, b Backend, name string) store.Store {
	t.Helper()
	if name == "" {
		name = b.New(t)
	}
	st, err := b.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func putAll(t testing.TB, st store.Store, docs []*dyad.Document) map[store.Status]int {
	t.Helper()
	n := map[store.Status]int{}
	for _, d := range docs {
		s, err := st.Put(context.Background(), d)
		if err != nil {
			t.Fatalf("%s: %v", store.Key(d), err)
		}
		n[s]++
	}
	return n
}

func counts(t testing.TB, st store.Store) store.Counts {
	t.Helper()
	c, err := st.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func query(t testing.TB, b Backend, st store.Store, q string) [][]any {
	t.Helper()
	rows, err := b.Query(st, q)
	if err != nil {
		t.Fatalf("%v\n%s", err, q)
	}
	return rows
}

// checkIntegrity checks that every document has exactly the rows its
// counts say, and that no row belongs to no document.
func checkIntegrity(t testing.TB, b Backend, st store.Store) {
	t.Helper()
	rows := query(t, b, st, `SELECT
		(SELECT count(*) FROM documents d WHERE n_sentences <> (SELECT count(*) FROM sentences WHERE doc = d.id)
			OR n_mentions <> (SELECT count(*) FROM mentions WHERE doc = d.id)
			OR n_events <> (SELECT count(*) FROM events WHERE doc = d.id))
		+ (SELECT count(*) FROM sentences WHERE doc NOT IN (SELECT id FROM documents))
		+ (SELECT count(*) FROM mentions WHERE doc NOT IN (SELECT id FROM documents))
		+ (SELECT count(*) FROM events WHERE doc NOT IN (SELECT id FROM documents))
		+ (SELECT count(*) FROM quotes WHERE doc NOT IN (SELECT id FROM documents))`)
	if bad := value(rows[0][0]); bad != "0" {
		t.Errorf("%s documents or rows are half-written", bad)
	}
}

// rowDump returns the store's tables without row ids and timestamps, to
// compare two stores of one backend.
func rowDump(t testing.TB, b Backend, st store.Store) string {
	t.Helper()
	var out strings.Builder
	for _, q := range []string{
		`SELECT key, hash, title, url, date, given_date, text, n_sentences, n_mentions, n_events, problems
			FROM documents ORDER BY key`,
		`SELECT d.key, s.idx, s.start, s."end", s.paragraph FROM sentences s JOIN documents d ON d.id = s.doc
			ORDER BY d.key, s.idx`,
		`SELECT d.key, m.idx, m.sentence, m.start, m."end", m.head_start, m.head_end, m.type, m.name, m.actor,
			m.antecedent FROM mentions m JOIN documents d ON d.id = m.doc ORDER BY d.key, m.idx`,
		`SELECT d.key, e.idx, e.date, e.sentence, e.source, e.target, e.source_mention, e.target_mention, e.cameo,
			e.quad, e.goldstein, e.plover, e.mode, e.negated, e.reported, e.trigger_start, e.trigger_end, e.pattern
			FROM events e JOIN documents d ON d.id = e.doc ORDER BY d.key, e.idx`,
		`SELECT d.key, q.idx, q.kind, q.start, q."end", q.cue, q.cue_start, q.cue_end, q.speaker, q.speaker_title,
			q.speaker_org, q.speaker_actor, q.speaker_start, q.speaker_end, q.speaker_mention, q.about
			FROM quotes q JOIN documents d ON d.id = q.doc ORDER BY d.key, q.idx`,
	} {
		for _, r := range query(t, b, st, q) {
			for i, v := range r {
				if i > 0 {
					out.WriteByte(' ')
				}
				out.WriteString(value(v))
			}
			out.WriteByte('\n')
		}
	}
	return out.String()
}

// value renders a column the same way whichever driver read it.
func value(v any) string {
	switch v := v.(type) {
	case nil:
		return "NULL"
	case []byte:
		return hex.EncodeToString(v)
	case bool:
		if v {
			return "1"
		}
		return "0"
	case string:
		return strconv.Quote(v)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case float32:
		return strconv.FormatFloat(float64(v), 'g', -1, 32)
	}
	return fmt.Sprint(v)
}

// Dump renders everything the Store interface can list of st: counts,
// documents, events, quotations and actors, in the interface's order. Two
// stores holding the same documents dump the same, whatever their
// backends.
func Dump(t testing.TB, st store.Store) string {
	t.Helper()
	ctx := context.Background()
	var b strings.Builder
	fmt.Fprintf(&b, "%+v\n", counts(t, st))
	check := func(err error) {
		if err != nil {
			t.Helper()
			t.Fatal(err)
		}
	}
	check(st.Documents(ctx, store.Filter{}, func(r store.DocumentRow) error {
		_, err := fmt.Fprintf(&b, "%#v\n", r)
		return err
	}))
	check(st.Events(ctx, store.Filter{}, func(r store.EventRow) error {
		_, err := fmt.Fprintf(&b, "%#v\n", r)
		return err
	}))
	check(st.Quotes(ctx, store.Filter{}, func(r store.QuoteRow) error {
		_, err := fmt.Fprintf(&b, "%#v\n", r)
		return err
	}))
	check(st.Actors(ctx, store.Filter{}, func(r store.ActorRow) error {
		_, err := fmt.Fprintf(&b, "%#v\n", r)
		return err
	}))
	return b.String()
}

func testPutIdempotent(t *testing.T, b Backend) {
	st := open(t, b, "")
	ctx := context.Background()
	corpus := Corpus()
	if n := putAll(t, st, corpus); n[store.Added] != len(corpus) {
		t.Errorf("first put: %v", n)
	}
	c1 := counts(t, st)
	want := store.Counts{Documents: 5, Sentences: 11, Mentions: 18, Events: 8}
	if c1 != want {
		t.Errorf("counts %+v, want %+v", c1, want)
	}
	rows1, dump1 := rowDump(t, b, st), Dump(t, st)
	if n := putAll(t, st, Corpus()); n[store.Unchanged] != len(corpus) {
		t.Errorf("second put: %v", n)
	}
	if c2 := counts(t, st); c2 != c1 {
		t.Errorf("counts after the second put %+v, want %+v", c2, c1)
	}
	if rows2 := rowDump(t, b, st); rows2 != rows1 {
		t.Errorf("rows changed:\n%s\nwere\n%s", rows2, rows1)
	}
	if dump2 := Dump(t, st); dump2 != dump1 {
		t.Errorf("content changed:\n%s\nwas\n%s", dump2, dump1)
	}
	for _, d := range corpus {
		ok, err := st.Has(ctx, store.Key(d), store.HashText(d.Text), "")
		if !ok || err != nil {
			t.Errorf("Has(%q) = %v, %v", store.Key(d), ok, err)
		}
	}
	for _, tc := range []struct{ key, text string }{
		{"a", "other text"}, {"z", corpus[0].Text}, {"", corpus[0].Text},
	} {
		if ok, err := st.Has(ctx, tc.key, store.HashText(tc.text), ""); ok || err != nil {
			t.Errorf("Has(%q, hash of %q) = %v, %v", tc.key, tc.text, ok, err)
		}
	}
	checkIntegrity(t, b, st)
}

func testReplace(t *testing.T, b Backend) {
	st := open(t, b, "")
	putAll(t, st, Corpus())
	changed := FakeDoc("a", "2023-01-30", "Japan criticised Korea.")
	changed.Title = "Changed"
	changed.Quotes = []dyad.Quote{{Start: 0, End: 5, Kind: dyad.IndirectQuote, CueStart: -1, CueEnd: -1,
		SpeakerStart: -1, SpeakerEnd: -1, SpeakerMention: -1}}
	s, err := st.Put(context.Background(), changed)
	if err != nil || s != store.Replaced {
		t.Fatalf("Put = %v, %v; want replaced", s, err)
	}
	if c, want := counts(t, st), (store.Counts{Documents: 5, Sentences: 9, Mentions: 15, Events: 7}); c != want {
		t.Errorf("counts %+v, want %+v", c, want)
	}
	fresh := open(t, b, "")
	putAll(t, fresh, append([]*dyad.Document{changed}, Corpus()[1:]...))
	if got, want := rowDump(t, b, st), rowDump(t, b, fresh); got != want {
		t.Errorf("after replacing:\n%s\nwant\n%s", got, want)
	}
	if got, want := Dump(t, st), Dump(t, fresh); got != want {
		t.Errorf("after replacing:\n%s\nwant\n%s", got, want)
	}
	// None of the old document's events is left.
	if got := events(t, st, store.Filter{Source: "KOR", From: "2023-01-29", To: "2023-01-31"}); len(got) != 0 {
		t.Errorf("old events left: %q", got)
	}
	checkIntegrity(t, b, st)
}

// testCrashInTransaction fails Puts in the middle of their transactions,
// as a crash would: the old document stays whole, a new one is not stored.
func testCrashInTransaction(t *testing.T, b Backend) {
	st := open(t, b, "")
	putAll(t, st, Corpus())
	before, beforeDump := rowDump(t, b, st), Dump(t, st)
	for _, n := range []int{1, 4, 8} {
		crash := b.FailAfter(st, n)
		for _, d := range []*dyad.Document{
			FakeDoc("a", "2023-01-30", "Japan criticised Korea. Korea met China."),
			FakeDoc("new", "2023-01-30", "Japan criticised Korea. Korea met China."),
		} {
			if _, err := st.Put(context.Background(), d); !errors.Is(err, crash) {
				t.Fatalf("fail after %d rows, %s: %v, want %v", n, d.ID, err, crash)
			}
		}
		b.FailAfter(st, 0)
		if after := rowDump(t, b, st); after != before {
			t.Errorf("a failed transaction (after %d rows) changed the store:\n%s\nwas\n%s", n, after, before)
		}
	}
	if after := Dump(t, st); after != beforeDump {
		t.Errorf("failed transactions changed the store:\n%s\nwas\n%s", after, beforeDump)
	}
	checkIntegrity(t, b, st)
	// The store still takes writes.
	if s, err := st.Put(context.Background(), FakeDoc("new", "2023-01-30", "Japan met Korea.")); s != store.Added ||
		err != nil {
		t.Errorf("after the failures: %v, %v", s, err)
	}
}

// testPutBatch stores documents in batches: each batch leaves what Puts
// of its documents one after another leave (a key twice in a batch: the
// later wins), and a batch that fails part way stores none of them.
func testPutBatch(t *testing.T, b Backend) {
	ctx := context.Background()
	one, batched := open(t, b, ""), open(t, b, "")
	corpus := Corpus()
	putAll(t, one, corpus)
	if st, err := batched.PutBatch(ctx, corpus); err != nil || len(st) != len(corpus) {
		t.Fatalf("PutBatch(corpus) = %v, %v", st, err)
	}
	later := []*dyad.Document{
		corpus[0], // unchanged
		FakeDoc("b1", "2023-02-01", "Japan met Korea."),
		FakeDoc(corpus[1].ID, "2023-01-30", "Korea criticised Japan."),
		FakeDoc("b1", "2023-02-01", "Japan praised Korea."),
	}
	want := []store.Status{store.Unchanged, store.Added, store.Replaced, store.Replaced}
	var got []store.Status
	for _, d := range later {
		s, err := one.Put(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, s)
	}
	if !slices.Equal(got, want) {
		t.Errorf("Put one by one: %v, want %v", got, want)
	}
	got, err := batched.PutBatch(ctx, later)
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("PutBatch = %v, %v, want %v", got, err, want)
	}
	if a, b := Dump(t, one), Dump(t, batched); a != b {
		t.Errorf("a batch stored\n%s\none by one\n%s", b, a)
	}
	checkIntegrity(t, b, batched)

	before := rowDump(t, b, batched)
	crash := b.FailAfter(batched, 12)
	batch := []*dyad.Document{
		FakeDoc("c1", "2023-03-01", "Japan met Korea. Korea met China."),
		FakeDoc("c2", "2023-03-01", "China criticised Japan. Japan met Korea. Korea aided China."),
		FakeDoc("c3", "2023-03-01", "Korea praised China. China met Japan."),
	}
	if _, err := batched.PutBatch(ctx, batch); !errors.Is(err, crash) {
		t.Fatalf("a batch failing after 12 rows: %v, want %v", err, crash)
	}
	b.FailAfter(batched, 0)
	if after := rowDump(t, b, batched); after != before {
		t.Errorf("a failed batch changed the store:\n%s\nwas\n%s", after, before)
	}
	if st, err := batched.PutBatch(ctx, batch); err != nil || !slices.Equal(st, []store.Status{store.Added, store.Added, store.Added}) {
		t.Errorf("the batch again: %v, %v", st, err)
	}
}

const killEnv = "DYAD_STORETEST_KILL"

// testKill kills a process that is writing documents with SIGKILL, then
// writes the same documents again: the result is what one uninterrupted
// run leaves.
func testKill(t *testing.T, b Backend) {
	if name := os.Getenv(killEnv); name != "" {
		st, err := b.Open(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		for _, d := range CrashCorpus() {
			if _, err := st.Put(context.Background(), d); err != nil {
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
	name := b.New(t)
	st := open(t, b, name)
	var pattern []string
	for _, p := range strings.Split(t.Name(), "/") {
		pattern = append(pattern, "^"+regexp.QuoteMeta(p)+"$")
	}
	cmd := exec.Command(os.Args[0], "-test.run="+strings.Join(pattern, "/"), "-test.count=1")
	cmd.Env = append(os.Environ(), killEnv+"="+name)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once it has written some, but not all, documents.
	deadline := time.Now().Add(time.Minute)
	for n := int64(0); n < 50; {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatal("the child wrote too few documents in a minute")
		}
		time.Sleep(5 * time.Millisecond)
		c, err := st.Counts(context.Background())
		if err != nil {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatal(err)
		}
		n = c.Documents
	}
	cmd.Process.Kill()
	cmd.Wait()

	checkIntegrity(t, b, st)
	c := counts(t, st)
	if c.Documents >= 400 {
		t.Fatalf("the child finished (%d documents) before it was killed", c.Documents)
	}
	t.Logf("killed after %d documents", c.Documents)
	n := putAll(t, st, CrashCorpus())
	if n[store.Unchanged] != int(c.Documents) || n[store.Added] != 400-int(c.Documents) {
		t.Errorf("rerun: %v after %d stored", n, c.Documents)
	}
	fresh := open(t, b, "")
	putAll(t, fresh, CrashCorpus())
	if rowDump(t, b, st) != rowDump(t, b, fresh) {
		t.Error("the rerun after the crash differs from an uninterrupted run")
	}
}

// testConcurrentPuts writes from several goroutines at once, some of them
// versions of one document: every Put succeeds, one version is stored
// whole and the others left no row behind.
func testConcurrentPuts(t *testing.T, b Backend) {
	st := open(t, b, "")
	const writers = 8
	var versions []*dyad.Document
	for i := range writers {
		versions = append(versions, FakeDoc("same", fmt.Sprintf("2024-05-%02d", i+1),
			fmt.Sprintf("Korea met Japan %d times. Version %d.", i, i)))
	}
	corpus := CrashCorpus()[:writers*5]
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		statuses = map[store.Status]int{}
		errs     []error
	)
	for w := range writers {
		wg.Go(func() {
			for i := w; i < len(corpus); i += writers {
				if i == w+writers {
					s, err := st.Put(context.Background(), versions[w])
					mu.Lock()
					statuses[s]++
					errs = append(errs, err)
					mu.Unlock()
				}
				if _, err := st.Put(context.Background(), corpus[i]); err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	if statuses[store.Added] != 1 || statuses[store.Replaced] != writers-1 {
		t.Errorf("versions of one document: %v, want 1 added and %d replaced", statuses, writers-1)
	}
	checkIntegrity(t, b, st)
	c := counts(t, st)
	if c.Documents != int64(len(corpus))+1 || c.Events != int64(len(corpus))*60+1 {
		t.Errorf("counts %+v after %d documents and one of %d versions", c, len(corpus), writers)
	}
	var got []store.DocumentRow
	if err := st.Documents(context.Background(), store.Filter{Text: "Version"},
		func(r store.DocumentRow) error { got = append(got, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("%d documents with versions", len(got))
	}
	i := slices.IndexFunc(versions, func(d *dyad.Document) bool { return store.HashText(d.Text).String() == got[0].Hash })
	if i < 0 || got[0].Date != versions[i].Date {
		t.Fatalf("stored %+v, none of the versions", got[0])
	}
	want := []string{fmt.Sprintf(`same %s KOR>JAP 040 q1 [Korea|met|Japan] "Korea met Japan %d times."`,
		versions[i].Date, i)}
	if ev := events(t, st, store.Filter{From: "2024", To: "2024"}); !slices.Equal(ev, want) {
		t.Errorf("events of the stored version: %q, want %q", ev, want)
	}
}

func events(t *testing.T, st store.Store, f store.Filter) []string {
	t.Helper()
	var out []string
	err := st.Events(context.Background(), f, func(r store.EventRow) error {
		out = append(out, fmt.Sprintf("%s %s %s>%s %s q%d [%s|%s|%s] %q", r.Doc, r.Date, r.Source, r.Target, r.CAMEO,
			r.Quad, r.SourceText, r.Trigger, r.TargetText, r.Text))
		return nil
	})
	if err != nil {
		t.Fatalf("%+v: %v", f, err)
	}
	return out
}

func testEvents(t *testing.T, b Backend) {
	st := open(t, b, "")
	putAll(t, st, Corpus())
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
		{"source none", store.Filter{Source: "USA"}, nil},
		{"dyad", store.Filter{Source: "KOR", Target: "RUS"}, pick(2)},
		{"target prefix", store.Filter{Target: "KO"}, pick(0)},
		{"target prefix 2", store.Filter{Target: "P"}, pick(4, 6)},
		{"cameo", store.Filter{CAMEO: "040"}, pick(0, 2, 7)},
		{"cameo prefix", store.Filter{CAMEO: "1"}, pick(1, 3, 5)},
		{"cameo two digits", store.Filter{CAMEO: "05"}, pick(4)},
		{"quad", store.Filter{Quad: 3}, pick(3, 5)},
		{"quad and source", store.Filter{Quad: 1, Source: "UKR"}, pick(4)},
		{"from", store.Filter{From: "2023-02-15"}, pick(3, 4, 5, 6, 7)},
		{"to", store.Filter{To: "2023-02-15"}, pick(1, 2, 3, 4)},
		{"to month", store.Filter{To: "2023-01"}, pick(1, 2)},
		{"month", store.Filter{From: "2023-02", To: "2023-02"}, pick(3, 4)},
		{"year", store.Filter{From: "2023", To: "2023"}, pick(1, 2, 3, 4, 5, 6, 7)},
		{"other year", store.Filter{From: "2022", To: "2022"}, nil},
		{"dyad and dates", store.Filter{Source: "CHI", From: "2023-03-01", To: "2023-03-01"}, pick(5, 6)},
		{"text", store.Filter{Text: "MOSCOW"}, pick(2)},
		{"text in one sentence only", store.Filter{Text: "weather"}, nil},
		{"text with metacharacters", store.Filter{Text: "100%_"}, nil},
		{"text with underscore", store.Filter{Text: "Korea_met"}, nil},
		{"text and source", store.Filter{Text: "met", Source: "GER"}, pick(7)},
		{"limit", store.Filter{Limit: 2}, pick(0, 1)},
		{"limit with filter", store.Filter{CAMEO: "0", Limit: 3}, pick(0, 2, 4)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := events(t, st, tc.f)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tc.want, "\n\t"))
			}
		})
	}
	// Rows carry the offsets of the sentence and trigger.
	var rows []store.EventRow
	if err := st.Events(context.Background(), store.Filter{Source: "KOR", Target: "RUS"},
		func(r store.EventRow) error { rows = append(rows, r); return nil }); err != nil {
		t.Fatal(err)
	}
	code := cameo.MustParse("040")
	plover, mode := code.PLOVER()
	want := store.EventRow{Doc: "a", Index: 1, Date: "2023-01-29", Sentence: 1, Start: 22, End: 54, Source: "KOR",
		Target: "RUS", CAMEO: "040", Quad: 1, Goldstein: code.Goldstein(), PLOVER: plover.String(), Mode: mode,
		SourceText: "Korea", TargetText: "Russia", Trigger: "met", TriggerStart: 33, TriggerEnd: 36,
		Text: "Then Korea met Russia in Moscow."}
	if len(rows) != 1 || rows[0] != want {
		t.Errorf("got %+v\nwant %+v", rows, want)
	}
}

func testDocuments(t *testing.T, b Backend) {
	st := open(t, b, "")
	corpus := Corpus()
	corpus[1].Title = "Kyiv: RUSSIA and Ukraine"
	putAll(t, st, corpus)
	docs := func(f store.Filter) []string {
		var out []string
		err := st.Documents(context.Background(), f, func(r store.DocumentRow) error {
			out = append(out, fmt.Sprintf("%s %s s%d m%d e%d %d", r.ID, r.Date, r.Sentences, r.Mentions, r.Events,
				r.Bytes))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	const (
		d = "d  s2 m2 e1 30"
		a = "a 2023-01-29 s3 m5 e2 76"
		B = "b 2023-02-15 s2 m4 e2 50"
		c = "c 2023-03-01 s2 m4 e2 58"
		e = "https://example.org/e 2023-03-02 s2 m3 e1 60"
	)
	for _, tc := range []struct {
		name string
		f    store.Filter
		want []string
	}{
		{"all", store.Filter{}, []string{d, a, B, c, e}},
		{"source", store.Filter{Source: "RUS"}, []string{B}},
		{"source prefix", store.Filter{Source: "C"}, []string{c}},
		{"target and quad", store.Filter{Target: "RUS", Quad: 1}, []string{a}},
		{"quad", store.Filter{Quad: 4}, []string{a}},
		{"cameo and from", store.Filter{CAMEO: "07", From: "2023-03"}, []string{c}},
		{"cameo", store.Filter{CAMEO: "040"}, []string{d, a, e}},
		{"text", store.Filter{Text: "weather"}, []string{a}},
		{"text, other case", store.Filter{Text: "WEATHER WAS"}, []string{a}},
		{"text in title", store.Filter{Text: "kyiv"}, []string{B}},
		{"text anywhere", store.Filter{Text: "russia"}, []string{a, B}},
		{"text and event", store.Filter{Text: "russia", Source: "RUS"}, []string{B}},
		{"to year", store.Filter{To: "2023"}, []string{a, B, c, e}},
		{"year", store.Filter{From: "2023", To: "2023"}, []string{a, B, c, e}},
		{"months", store.Filter{From: "2023-02", To: "2023-03"}, []string{B, c, e}},
		{"day", store.Filter{From: "2023-03-01", To: "2023-03-01"}, []string{c}},
		{"limit", store.Filter{Limit: 2}, []string{d, a}},
		{"limit with filter", store.Filter{From: "2023-02", Limit: 1}, []string{B}},
	} {
		if got := docs(tc.f); !slices.Equal(got, tc.want) {
			t.Errorf("%s %+v: got %q, want %q", tc.name, tc.f, got, tc.want)
		}
	}
	var rows []store.DocumentRow
	if err := st.Documents(context.Background(), store.Filter{Source: "RUS"},
		func(r store.DocumentRow) error { rows = append(rows, r); return nil }); err != nil {
		t.Fatal(err)
	}
	want := store.DocumentRow{ID: "b", Title: "Kyiv: RUSSIA and Ukraine", Date: "2023-02-15",
		Hash: store.HashText(corpus[1].Text).String(), Bytes: 50, Sentences: 2, Mentions: 4, Events: 2}
	if len(rows) != 1 || rows[0] != want {
		t.Errorf("got %+v, want %+v", rows, want)
	}
}

func testActors(t *testing.T, b Backend) {
	st := open(t, b, "")
	putAll(t, st, Corpus())
	actors := func(f store.Filter) []string {
		var out []string
		err := st.Actors(context.Background(), f, func(r store.ActorRow) error {
			out = append(out, fmt.Sprintf("%s %s m%d d%d s%d t%d %s..%s", r.Actor, r.Name, r.Mentions, r.Documents,
				r.AsSource, r.AsTarget, r.First, r.Last))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		f    store.Filter
		want []string
	}{
		{"code", store.Filter{Actor: "KOR"}, []string{"KOR Korea m4 d2 s3 t1 ..2023-01-29"}},
		{"prefix", store.Filter{Actor: "U"}, []string{"UKR Ukraine m2 d1 s1 t1 2023-02-15..2023-02-15",
			"URL URL m1 d1 s0 t0 2023-03-02..2023-03-02"}},
		{"from, limit", store.Filter{From: "2023-02-01", Limit: 3}, []string{
			"CHI China m2 d1 s2 t0 2023-03-01..2023-03-01", "UKR Ukraine m2 d1 s1 t1 2023-02-15..2023-02-15",
			"FRA France m1 d1 s0 t1 2023-03-02..2023-03-02"}},
		{"limit", store.Filter{Limit: 1}, []string{"KOR Korea m4 d2 s3 t1 ..2023-01-29"}},
		// Events are counted over the dates too.
		{"dates", store.Filter{Actor: "KOR", From: "2023", To: "2023"},
			[]string{"KOR Korea m2 d1 s2 t0 2023-01-29..2023-01-29"}},
		{"text", store.Filter{Text: "korea"}, []string{"KOR Korea m3 d2 s3 t1 ..2023-01-29"}},
		{"text, one mention", store.Filter{Text: "KORYO"}, []string{"KOR Korea m1 d1 s3 t1 .."}},
		{"none", store.Filter{Actor: "ZZZ"}, nil},
	} {
		if got := actors(tc.f); !slices.Equal(got, tc.want) {
			t.Errorf("%s %+v: got %q, want %q", tc.name, tc.f, got, tc.want)
		}
	}
}

func testQuotes(t *testing.T, b Backend) {
	st := open(t, b, "")
	text1 := `“We will stand with Russia,” Kim Yo-jong said.`
	start1, end1 := len("“"), strings.Index(text1, ",”")
	text2 := `Antony Blinken said the United States would respond. “We are ready,” a spokesman said.`
	start2a, end2a := strings.Index(text2, "the United"), strings.Index(text2, ". “")
	start2b, end2b := strings.Index(text2, "We are"), strings.Index(text2, ",” a")
	docs := []*dyad.Document{
		{ID: "q2", Date: "2023-02-03", Text: text2, Quotes: []dyad.Quote{
			{Start: start2a, End: end2a, Kind: dyad.IndirectQuote, Cue: "said", CueStart: 15, CueEnd: 19,
				Speaker: "Antony Blinken", SpeakerTitle: "Secretary of State", SpeakerOrg: "State Department",
				SpeakerActor: "USAGOV", SpeakerStart: 0, SpeakerEnd: 14, SpeakerMention: -1, About: []string{"USA"}},
			{Start: start2b, End: end2b, Kind: dyad.DirectQuote, Cue: "said", CueStart: -1, CueEnd: -1,
				Speaker: "a spokesman", SpeakerStart: -1, SpeakerEnd: -1, SpeakerMention: -1},
		}},
		{ID: "q1", Date: "2023-01-27", Text: text1, Quotes: []dyad.Quote{{
			Start: start1, End: end1, Kind: dyad.DirectQuote, Cue: "said", CueStart: -1, CueEnd: -1,
			Speaker: "Kim Yo-jong", SpeakerActor: "PRKGOV", SpeakerStart: -1, SpeakerEnd: -1, SpeakerMention: -1,
			About: []string{"RUS"}}}},
	}
	putAll(t, st, docs)
	const (
		q1  = `q1 2023-01-27 direct PRKGOV "Kim Yo-jong" / said [We will stand with Russia] 3-28`
		q2a = `q2 2023-02-03 indirect USAGOV "Antony Blinken" Secretary of State/State Department said [the United States would respond] 20-51`
		q2b = `q2 2023-02-03 direct  "a spokesman" / said [We are ready] 56-68`
	)
	for _, tc := range []struct {
		name string
		f    store.Filter
		want []string
	}{
		{"all", store.Filter{}, []string{q1, q2a, q2b}},
		{"speaker", store.Filter{Actor: "PRK"}, []string{q1}},
		{"speaker code", store.Filter{Actor: "USAGOV"}, []string{q2a}},
		{"speaker prefix", store.Filter{Actor: "U"}, []string{q2a}},
		{"no speaker", store.Filter{Actor: "RUS"}, nil},
		{"text", store.Filter{Text: "READY"}, []string{q2b}},
		{"text in the content only", store.Filter{Text: "spokesman"}, nil},
		{"from", store.Filter{From: "2023-02"}, []string{q2a, q2b}},
		{"to", store.Filter{To: "2023-01"}, []string{q1}},
		{"limit", store.Filter{Limit: 2}, []string{q1, q2a}},
		{"speaker, limit", store.Filter{Actor: "USA", Limit: 1}, []string{q2a}},
	} {
		var got []string
		if err := st.Quotes(context.Background(), tc.f, func(r store.QuoteRow) error {
			got = append(got, fmt.Sprintf("%s %s %s %s %q %s/%s %s [%s] %d-%d", r.Doc, r.Date, r.Kind, r.SpeakerActor,
				r.Speaker, r.SpeakerTitle, r.SpeakerOrg, r.Cue, r.Text, r.Start, r.End))
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s %+v: got\n\t%s\nwant\n\t%s", tc.name, tc.f, strings.Join(got, "\n\t"),
				strings.Join(tc.want, "\n\t"))
		}
	}
	// Replacing the document replaces its quotations.
	if _, err := st.Put(context.Background(), &dyad.Document{ID: "q2", Date: "2023-02-03", Text: "Nothing said."}); err != nil {
		t.Fatal(err)
	}
	n := 0
	if err := st.Quotes(context.Background(), store.Filter{}, func(store.QuoteRow) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	if n != 1 {
		t.Errorf("%d quotations after replacing q2, want 1", n)
	}
	checkIntegrity(t, b, st)
}

func testBadFilters(t *testing.T, b Backend) {
	st := open(t, b, "")
	putAll(t, st, Corpus()[:1])
	ctx := context.Background()
	for _, f := range []store.Filter{{Source: "kor"}, {Target: "K%"}, {Actor: "K_"}, {CAMEO: "19x"}, {CAMEO: "12345"},
		{Quad: 5}, {Quad: -1}, {From: "March"}, {To: "2023-1"}, {Limit: -1}} {
		for name, err := range map[string]error{
			"Events":    st.Events(ctx, f, func(store.EventRow) error { return nil }),
			"Documents": st.Documents(ctx, f, func(store.DocumentRow) error { return nil }),
			"Actors":    st.Actors(ctx, f, func(store.ActorRow) error { return nil }),
			"Quotes":    st.Quotes(ctx, f, func(store.QuoteRow) error { return nil }),
		} {
			if err == nil {
				t.Errorf("%s %+v: no error", name, f)
			}
		}
	}
	// fn's error stops the listing and comes back.
	stopErr := errors.New("stop")
	n := 0
	err := st.Events(ctx, store.Filter{}, func(store.EventRow) error { n++; return stopErr })
	if !errors.Is(err, stopErr) || n != 1 {
		t.Errorf("Events: %v after %d rows, want %v after 1", err, n, stopErr)
	}
	err = st.Documents(ctx, store.Filter{}, func(store.DocumentRow) error { return stopErr })
	if !errors.Is(err, stopErr) {
		t.Errorf("Documents: %v, want %v", err, stopErr)
	}
	// The store still answers.
	if got := events(t, st, store.Filter{}); len(got) != 2 {
		t.Errorf("after stopping: %q", got)
	}
}

// testCaseFolding checks that text filters fold ASCII letters only, as
// SQLite's LIKE does, whatever the database's locale.
func testCaseFolding(t *testing.T, b Backend) {
	st := open(t, b, "")
	d := FakeDoc("fr", "2023-04-01", "Macron met Scholz at the ÉLYSÉE palace.")
	d.Mentions = append(d.Mentions, dyad.Mention{Span: dyad.Span{Start: 5, End: 6}, Head: 5, Type: dyad.ORG,
		Name: "Élysée", Actor: "FRAGOV", Antecedent: -1})
	putAll(t, st, []*dyad.Document{d})
	ctx := context.Background()
	for _, tc := range []struct {
		text                 string
		docs, events, actors int
	}{
		{"ÉLYSÉE", 1, 1, 1}, {"élysée", 0, 0, 0}, {"Élysée", 0, 0, 0}, {"lysÉE", 1, 1, 1}, {"macron", 1, 1, 1},
		{"MACRON MET", 1, 1, 0}, {"ÉLYSÉE PALACE", 1, 1, 0},
	} {
		var docs, evs, acts int
		f := store.Filter{Text: tc.text}
		if err := st.Documents(ctx, f, func(store.DocumentRow) error { docs++; return nil }); err != nil {
			t.Fatal(err)
		}
		if err := st.Events(ctx, f, func(store.EventRow) error { evs++; return nil }); err != nil {
			t.Fatal(err)
		}
		if err := st.Actors(ctx, f, func(store.ActorRow) error { acts++; return nil }); err != nil {
			t.Fatal(err)
		}
		if docs != tc.docs || evs != tc.events || acts != tc.actors {
			t.Errorf("%q: %d documents, %d events, %d actors; want %d, %d, %d", tc.text, docs, evs, acts, tc.docs,
				tc.events, tc.actors)
		}
	}
}

// testOddBytes stores a text with control characters, NUL among them, and
// invalid UTF-8, which the tokenizer reports and skips: every offset still
// points at the same words, and storing it again changes nothing. (The NUL
// is last: SQLite's LIKE stops at one.)
func testOddBytes(t *testing.T, b Backend) {
	st := open(t, b, "")
	text := "Korea met Japan. \x01 \xff\xfe Russia attacked Ukraine. Caf\xc3 met Zoo. \x00"
	d := FakeDoc("odd", "2023-06-01", text)
	d.Title = "Bad \xff title"
	d.Problems = []dyad.Problem{{Offset: 17, Msg: "control character U+0001"},
		{Offset: 19, Msg: "invalid UTF-8 byte 0xff"}, {Offset: len(text) - 1, Msg: "control character U+0000"}}
	putAll(t, st, []*dyad.Document{d})
	if s, err := st.Put(context.Background(), FakeDoc("odd", "2023-06-01", text)); s != store.Unchanged || err != nil {
		t.Errorf("again: %v, %v", s, err)
	}
	if ok, err := st.Has(context.Background(), "odd", store.HashText(text), ""); !ok || err != nil {
		t.Errorf("Has: %v, %v", ok, err)
	}
	var rows []store.EventRow
	if err := st.Events(context.Background(), store.Filter{}, func(r store.EventRow) error {
		rows = append(rows, r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("%d events, want 3", len(rows))
	}
	for i, want := range []struct{ src, trig, tgt, end string }{
		{"Korea", "met", "Japan.", "Korea met Japan."},
		{"Russia", "attacked", "Ukraine.", " Russia attacked Ukraine."},
		{"Caf\xc3", "met", "Zoo.", " met Zoo."},
	} {
		// The invalid byte of "Caf\xc3" may be stored as another one.
		r := rows[i]
		srcOK := r.SourceText == want.src || len(r.SourceText) == len(want.src) && strings.HasPrefix(r.SourceText, "Caf")
		if !srcOK || r.Trigger != want.trig || r.TargetText != want.tgt || len(r.Text) != r.End-r.Start ||
			!strings.HasSuffix(r.Text, want.end) || text[r.TriggerStart:r.TriggerEnd] != want.trig {
			t.Errorf("event %d: %+v", i, r)
		}
	}
	var docs []store.DocumentRow
	if err := st.Documents(context.Background(), store.Filter{Text: "attacked"},
		func(r store.DocumentRow) error { docs = append(docs, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].Bytes != len(text) || docs[0].Hash != store.HashText(text).String() ||
		len(docs[0].Title) != len(d.Title) {
		t.Errorf("documents: %+v", docs)
	}
	if got := events(t, st, store.Filter{Text: "russia attacked"}); len(got) != 1 {
		t.Errorf("text filter across odd bytes: %q", got)
	}
}

// testCoder checks that a document records its coder, that the same text
// coded by another coder replaces it, and that Has can ask for one coder.
func testCoder(t *testing.T, b Backend) {
	ctx := context.Background()
	st := open(t, b, "")
	coded := func(coder string) *dyad.Document {
		d := FakeDoc("a", "2023-01-29", "Korea met Japan.")
		d.Coder = coder
		return d
	}
	for _, tc := range []struct {
		coder string
		want  store.Status
	}{
		{"dyad v1; model en 0.1.0", store.Added},
		{"dyad v1; model en 0.1.0", store.Unchanged},
		{"dyad v2; model en 0.2.0", store.Replaced},
		{"dyad v2; model en 0.2.0", store.Unchanged},
	} {
		if got, err := st.Put(ctx, coded(tc.coder)); err != nil || got != tc.want {
			t.Errorf("Put coded by %q: %v, %v; want %v", tc.coder, got, err, tc.want)
		}
	}
	h := store.HashText(coded("").Text)
	for _, tc := range []struct {
		coder string
		want  bool
	}{{"", true}, {"dyad v2; model en 0.2.0", true}, {"dyad v1; model en 0.1.0", false}} {
		if got, err := st.Has(ctx, "a", h, tc.coder); err != nil || got != tc.want {
			t.Errorf("Has(coder %q) = %v, %v; want %v", tc.coder, got, err, tc.want)
		}
	}
	var coders []string
	if err := st.Documents(ctx, store.Filter{}, func(r store.DocumentRow) error {
		coders = append(coders, r.Coder)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(coders, []string{"dyad v2; model en 0.2.0"}) {
		t.Errorf("coders %q", coders)
	}
	if c := counts(t, st); c.Documents != 1 || c.Events != 1 {
		t.Errorf("counts %+v after recoding", c)
	}
}
