package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/storetest"
)

// TestStore runs the conformance suite every store passes.
func TestStore(t *testing.T) {
	storetest.Run(t, storetest.Backend{
		New: func(t testing.TB) string { return filepath.Join(t.TempDir(), "dyad.db") },
		Open: func(path string) (store.Store, error) {
			db, err := Open(path)
			if err != nil {
				return nil, err // not a nil *DB in a non-nil interface
			}
			return db, nil
		},
		FailAfter: func(st store.Store, n int) error {
			st.(*DB).failAfter = n
			return errSimulatedCrash
		},
		Query: func(st store.Store, q string) ([][]any, error) {
			rows, err := st.(*DB).SQL().Query(q)
			if err != nil {
				return nil, err
			}
			defer rows.Close()
			cols, err := rows.Columns()
			if err != nil {
				return nil, err
			}
			var out [][]any
			for rows.Next() {
				vals := make([]any, len(cols))
				ptrs := make([]any, len(cols))
				for i := range vals {
					ptrs[i] = &vals[i]
				}
				if err := rows.Scan(ptrs...); err != nil {
					return nil, err
				}
				out = append(out, vals)
			}
			return out, rows.Err()
		},
	})
}

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

func counts(t testing.TB, db *DB) store.Counts {
	t.Helper()
	c, err := db.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
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
	if _, err := db.Put(context.Background(), storetest.Corpus()[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Error(err)
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
	storetest.BenchEventQueries(b, db)
}

// BenchmarkPut: see storetest.BenchPut; one document a transaction, and
// 64 as ingest batches them.
func BenchmarkPut(b *testing.B) {
	for _, n := range []int{1, 64} {
		b.Run(fmt.Sprintf("batch=%d", n), func(b *testing.B) {
			db := open(b, "")
			storetest.BenchPut(b, db, n)
		})
	}
}
