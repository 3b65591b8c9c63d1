package postgres

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/postgres/pgtest"
	"github.com/dyadproject/dyad/store/storetest"
)

func openDSN(dsn string) (store.Store, error) {
	db, err := Open(context.Background(), dsn)
	if err != nil {
		return nil, err // not a nil *DB in a non-nil interface
	}
	return db, nil
}

// TestStore runs the conformance suite every store passes, each test in a
// schema of its own on the server DYAD_TEST_POSTGRES names.
func TestStore(t *testing.T) {
	pgtest.Server(t)
	storetest.Run(t, storetest.Backend{
		New:  func(t testing.TB) string { return pgtest.DSN(t) },
		Open: openDSN,
		FailAfter: func(st store.Store, n int) error {
			st.(*DB).failAfter = n
			return errSimulatedCrash
		},
		Query: func(st store.Store, q string) ([][]any, error) {
			rows, err := st.(*DB).Pool().Query(context.Background(), q)
			if err != nil {
				return nil, err
			}
			defer rows.Close()
			var out [][]any
			for rows.Next() {
				vals, err := rows.Values()
				if err != nil {
					return nil, err
				}
				out = append(out, vals)
			}
			return out, rows.Err()
		},
	})
}

func open(t testing.TB) (*DB, string) {
	t.Helper()
	dsn := pgtest.DSN(t)
	db, err := Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, dsn
}

// TestMigrate opens one new database from several goroutines at once,
// each with its own pool, as processes starting together would: each
// version is applied once, and reopening changes nothing.
func TestMigrate(t *testing.T) {
	dsn := pgtest.DSN(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make([]error, 6)
	for i := range errs {
		wg.Go(func() {
			db, err := Open(ctx, dsn)
			if err == nil {
				db.Close()
			}
			errs[i] = err
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	db, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var versions []int
	rows, _ := db.Pool().Query(ctx, "SELECT version FROM dyad_schema ORDER BY version")
	for rows.Next() {
		var v int
		rows.Scan(&v)
		versions = append(versions, v)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	var want []int
	for v := 1; v <= len(migrations); v++ {
		want = append(want, v)
	}
	if fmt.Sprint(versions) != fmt.Sprint(want) || SchemaVersion() != 5 {
		t.Errorf("versions applied %v, schema version %d", versions, SchemaVersion())
	}
	// Every table and index of store/sqlite is there.
	var n int
	if err := db.Pool().QueryRow(ctx, `SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema()
		AND indexname IN ('documents_date', 'mentions_actor', 'events_dyad', 'events_target', 'events_date',
			'events_cameo', 'quotes_speaker', 'imported_dyad', 'imported_target', 'imported_date',
			'imported_cameo')`).Scan(&n); err != nil || n != 11 {
		t.Errorf("%d of the 11 indexes, %v", n, err)
	}

	if _, err := db.Pool().Exec(ctx, "INSERT INTO dyad_schema (version) VALUES (99)"); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(ctx, dsn); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("opening a newer schema: %v", err)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for _, tc := range []struct {
		dsn  string
		want string
	}{
		{"postgres://dyad:s3cret@127.0.0.1:1/dyad?sslmode=disable", "postgres://dyad:xxxxx@127.0.0.1:1/dyad"},
		{"postgres://127.0.0.1:1/dyad?sslmode=disable&password=s3cret", "password=xxxxx"},
		{"host=127.0.0.1 port=1 user=dyad password=s3cret sslmode=disable", "password=xxxxx"},
		{"postgres://dyad:s3cret@127.0.0.1:notaport/dyad", "postgres://dyad:xxxxx@127.0.0.1:notaport/dyad"},
		{"postgres://dyad:s3cret@127.0.0.1:1/dyad?sslmode=bogus", "xxxxx"},
	} {
		_, err := Open(ctx, tc.dsn)
		if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "s3cret") {
			t.Errorf("Open(%q): %v; want an error with %q, without the password", tc.dsn, err, tc.want)
		}
	}
}

func TestRedact(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"postgres://u:p@h:5432/db?sslmode=disable", "postgres://u:xxxxx@h:5432/db?sslmode=disable"},
		{"postgresql://u@h/db", "postgresql://u@h/db"},
		{"postgres://u:p%40ss@h/db", "postgres://u:xxxxx@h/db"},
		{"postgres://h/db?password=p&user=u", "postgres://h/db?password=xxxxx&user=u"},
		{"postgres://u:p/a@h:x/db", "postgres://u:xxxxx@h:x/db"},
		{"host=h password=p user=u", "host=h password=xxxxx user=u"},
		{"host=h password='p q' user=u", "host=h password=xxxxx user=u"},
		{"host=h user=u", "host=h user=u"},
	} {
		if got := Redact(tc.in); got != tc.want {
			t.Errorf("Redact(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPGText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""}, {"plain", "plain"}, {"é\u2028€", "é\u2028€"}, {"a\x00b", "a\x1ab"}, {"a\xffb", "a\x1ab"},
		{"\xe2\x82", "\x1a\x1a"}, {"\xed\xa0\x80", "\x1a\x1a\x1a"}, {"\uFFFD", "\uFFFD"},
	} {
		if got := pgText(tc.in); got != tc.want || len(got) != len(tc.in) {
			t.Errorf("pgText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

var indexScan = regexp.MustCompile(`(Index Scan using|Bitmap Index Scan on) events_(dyad|target|date|cameo) `)

// TestQueryPlan checks that filtered event queries read an index rather
// than scanning the events, over a store of 100,000 events.
func TestQueryPlan(t *testing.T) {
	db, _ := open(t)
	fill(t, db, 5000, 20)
	ctx := context.Background()
	for _, f := range []store.Filter{
		{Source: "PRK", Target: "USA", From: "2023-01-01", To: "2023-06-30"},
		{Target: "USA", From: "2023-01-01", To: "2023-01-31"},
		{From: "2023-01-01", To: "2023-01-10"},
		{CAMEO: "19", From: "2023-01-01", To: "2023-01-31"},
	} {
		q, args := EventsQuery(f)
		rows, err := db.Pool().Query(ctx, "EXPLAIN "+q, args...)
		if err != nil {
			t.Fatal(err)
		}
		var plan []string
		for rows.Next() {
			var line string
			rows.Scan(&line)
			plan = append(plan, line)
		}
		rows.Close()
		p := strings.Join(plan, "\n")
		if strings.Contains(p, "Seq Scan on events") || !indexScan.MatchString(p) {
			t.Errorf("%+v: plan\n%s\nwant an index scan of events", f, p)
		}
	}
}

// fill generates a store of nDocs documents with perDoc events each,
// inside PostgreSQL: actors from a list of 200 codes, half the events
// between 20 of them, dates over four years.
func fill(t testing.TB, db *DB, nDocs, perDoc int) {
	t.Helper()
	ctx := context.Background()
	for _, q := range []string{
		`CREATE TABLE fill_codes (i integer PRIMARY KEY, c text)`,
		`INSERT INTO fill_codes SELECT row_number() OVER (), c FROM unnest(ARRAY['USA','USAGOV','USAMIL','CHN','CHNGOV',
			'RUS','RUSGOV','RUSMIL','PRK','PRKGOV','KOR','KORGOV','JPN','UKR','UKRMIL','IRN','ISR','GBR','FRA','DEU'])
			AS c`,
		`INSERT INTO fill_codes SELECT i, 'C' || lpad(i::text, 3, '0') FROM generate_series(21, 200) i`,
		`INSERT INTO documents (id, key, hash, title, url, date, given_date, text, n_sentences, n_mentions, n_events,
			problems)
		SELECT i, 'doc-' || i, sha256(i::text::bytea), '', '', to_char(date '2020-01-01' + i % 1461, 'YYYY-MM-DD'),
			'', 'Alpha met Beta.', ` + strconv.Itoa(perDoc) + `, 2, ` + strconv.Itoa(perDoc) + `, ''
		FROM generate_series(1, ` + strconv.Itoa(nDocs) + `) i`,
		`INSERT INTO sentences SELECT d.id, s, 0, 15, 0 FROM documents d, generate_series(0, ` +
			strconv.Itoa(perDoc-1) + `) s`,
		`INSERT INTO mentions SELECT d.id, m, 0, m * 10, m * 10 + 5, 0, 5, 'LOC', 'Alpha', 'X', -1
			FROM documents d, generate_series(0, 1) m`,
		`INSERT INTO events (doc, idx, date, sentence, source, target, source_mention, target_mention, cameo, quad,
			goldstein, plover, mode, negated, reported, trigger_start, trigger_end, pattern)
		SELECT r.doc, r.idx, r.date, r.idx, cs.c, ct.c, 0, 1, '0' || (10 + r.k % 10) || '0', 1 + r.k % 4, 1.0,
			'', '', false, false, 6, 9, ''
		FROM (SELECT d.id AS doc, s AS idx, d.date, (random() * 1e9)::bigint AS k,
				CASE WHEN random() < 0.5 THEN 1 + (random() * 19)::int ELSE 1 + (random() * 199)::int END AS si,
				CASE WHEN random() < 0.5 THEN 1 + (random() * 19)::int ELSE 1 + (random() * 199)::int END AS ti
			FROM documents d, generate_series(0, ` + strconv.Itoa(perDoc-1) + `) s) r
		JOIN fill_codes cs ON cs.i = r.si JOIN fill_codes ct ON ct.i = r.ti
		ORDER BY r.doc, r.idx`,
		`SELECT setval(pg_get_serial_sequence('documents', 'id'), (SELECT max(id) FROM documents))`,
		`DROP TABLE fill_codes`,
		`ANALYZE`,
	} {
		if _, err := db.Pool().Exec(ctx, q); err != nil {
			t.Fatalf("%v\n%s", err, q)
		}
	}
}

// BenchmarkPut: see storetest.BenchPut; one document a transaction, and
// 64 as ingest batches them.
func BenchmarkPut(b *testing.B) {
	for _, n := range []int{1, 64} {
		b.Run(fmt.Sprintf("batch=%d", n), func(b *testing.B) {
			db, _ := open(b)
			storetest.BenchPut(b, db, n)
		})
	}
}

// BenchmarkPutParallel writes such documents from 4 goroutines.
func BenchmarkPutParallel(b *testing.B) {
	db, _ := open(b)
	text := strings.Repeat("Korea met Japan in Tokyo. ", 30)
	var (
		mu sync.Mutex
		n  int
	)
	b.SetParallelism(2) // 2 × GOMAXPROCS goroutines
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			mu.Lock()
			n++
			id := strconv.Itoa(n)
			mu.Unlock()
			if _, err := db.Put(context.Background(), storetest.FakeDoc(id, "2023-01-29", text)); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkEventQuery queries events by dyad and a date range over a
// million stored events.
func BenchmarkEventQuery(b *testing.B) {
	db, _ := open(b)
	start := time.Now()
	fill(b, db, 50_000, 20)
	c, err := db.Counts(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("generated %d events in %v", c.Events, time.Since(start).Round(time.Millisecond))
	storetest.BenchEventQueries(b, db)
}
