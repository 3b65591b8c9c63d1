package sqlite

import (
	"context"
	"database/sql"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/dyadproject/dyad/store"
)

// where collects the conditions and arguments of a query.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return "WHERE " + strings.Join(w.conds, " AND ")
}

// prefix adds "col starts with p" as an index range.
func (w *where) prefix(col, p string) {
	if p == "" {
		return
	}
	lo, hi := store.PrefixRange(p)
	if hi == "" {
		w.add(col+" >= ?", lo)
		return
	}
	w.add(col+" >= ? AND "+col+" < ?", lo, hi)
}

// dates adds the filter's date range on col.
func (w *where) dates(col string, f store.Filter) {
	from, to := f.DateRange()
	if from != "" {
		w.add(col+" >= ?", from)
	}
	if to != "" {
		w.add(col+" < ?", to)
	}
}

// like returns a LIKE pattern matching s anywhere, with LIKE's
// metacharacters escaped by "\".
func like(s string) string {
	return "%" + strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s) + "%"
}

// slice is the SQL for the bytes [start, end) of a text column as text:
// offsets are bytes, and substr on TEXT counts characters.
func slice(text, start, end string) string {
	return fmt.Sprintf("CAST(substr(CAST(%s AS BLOB), %s + 1, %s - %s) AS TEXT)", text, start, end, start)
}

// search adds Filter.Search on col, a column of document ids, through the
// full-text index: each word quoted (so that FTS5 reads no operators),
// all of them required.
func (w *where) search(col string, f store.Filter) {
	words := f.SearchWords()
	if len(words) == 0 {
		return
	}
	q := make([]string, len(words))
	for i, x := range words {
		q[i] = `"` + x + `"`
	}
	w.add(col+" IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)", strings.Join(q, " "))
}

func limit(f store.Filter) string {
	if f.Limit > 0 {
		return fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	return ""
}

// eventConds adds the event filters on the events table aliased e.
func eventConds(w *where, f store.Filter) {
	w.prefix("e.source", f.Source)
	w.prefix("e.target", f.Target)
	w.prefix("e.cameo", f.CAMEO)
	if f.Quad > 0 {
		w.add("e.quad = ?", f.Quad)
	}
}

// eventsIndex names the index an event query reads. The planner's own
// choice, even with STAT4 statistics, was seen to pick a skip-scan of the
// CAMEO index or the date index for a query by dyad and dates; the actor
// indexes are the selective ones for the queries people ask (one country
// out of two hundred, over months or years), and reading them touches no
// table row until every index column matches.
func eventsIndex(f store.Filter) string {
	switch {
	case f.Source != "":
		return " INDEXED BY events_dyad"
	case f.Target != "":
		return " INDEXED BY events_target"
	case f.CAMEO != "":
		return " INDEXED BY events_cameo"
	case f.From != "" || f.To != "":
		return " INDEXED BY events_date"
	}
	return ""
}

// EventsQuery returns the SQL and arguments Events runs for f (for
// EXPLAIN QUERY PLAN in tests and tools): the query of dyad's own events,
// or of the imported dataset f names. For "all" Events runs both and
// merges them (store.MergeEvents); this returns the first.
func EventsQuery(f store.Filter) (string, []any) {
	if f.Dataset == "" || f.Dataset == "dyad" || f.Dataset == store.DatasetAll {
		q, args := ownEventsQuery(f)
		return q + "\nORDER BY e.date, d.key, e.idx" + limit(f), args
	}
	return importedQuery(f)
}

// ownEventsQuery selects dyad's own events matching f, unordered.
func ownEventsQuery(f store.Filter) (string, []any) {
	var w where
	eventConds(&w, f)
	w.dates("e.date", f)
	w.search("e.doc", f)
	if f.Text != "" {
		w.add(slice("d.text", "s.start", `s."end"`)+` LIKE ? ESCAPE '\'`, like(f.Text))
	}
	q := `SELECT d.key, e.date, e.sentence, s.start, s."end", e.source, e.target, e.cameo, e.quad, e.goldstein,
	e.plover, e.mode, e.negated, e.reported,
	` + slice("d.text", "ms.start", `ms."end"`) + `,
	coalesce(` + slice("d.text", "mt.start", `mt."end"`) + `, ''),
	` + slice("d.text", "e.trigger_start", "e.trigger_end") + `, e.trigger_start, e.trigger_end,
	` + slice("d.text", "s.start", `s."end"`) + `, e.pattern, e.idx
FROM events e` + eventsIndex(f) + `
JOIN documents d ON d.id = e.doc
JOIN sentences s ON s.doc = e.doc AND s.idx = e.sentence
JOIN mentions ms ON ms.doc = e.doc AND ms.idx = e.source_mention
LEFT JOIN mentions mt ON mt.doc = e.doc AND mt.idx = e.target_mention
` + w.String()
	return q, w.args
}

// Quotes implements store.Store. Quotations come in date order, then by
// document and position.
func (s *DB) Quotes(ctx context.Context, f store.Filter, fn func(store.QuoteRow) error) error {
	if err := f.Validate(); err != nil {
		return err
	}
	var w where
	w.prefix("q.speaker_actor", f.Actor)
	w.dates("d.date", f)
	w.search("q.doc", f)
	if f.Text != "" {
		w.add(slice("d.text", "q.start", `q."end"`)+` LIKE ? ESCAPE '\'`, like(f.Text))
	}
	q := `SELECT d.key, d.date, q.kind, q.start, q."end", ` + slice("d.text", "q.start", `q."end"`) + `,
	q.cue, q.speaker, q.speaker_title, q.speaker_org, q.speaker_actor
FROM quotes q JOIN documents d ON d.id = q.doc
` + w.String() + `
ORDER BY d.date, d.key, q.idx` + limit(f)
	return each(ctx, s.db, q, w.args, func(rows *sql.Rows) error {
		var r store.QuoteRow
		if err := rows.Scan(&r.Doc, &r.Date, &r.Kind, &r.Start, &r.End, &r.Text, &r.Cue, &r.Speaker,
			&r.SpeakerTitle, &r.SpeakerOrg, &r.SpeakerActor); err != nil {
			return err
		}
		return fn(r)
	})
}

// Events implements store.Store. Events come in date order, then in the
// order they were stored.
func (s *DB) Events(ctx context.Context, f store.Filter, fn func(store.EventRow) error) error {
	if err := f.Validate(); err != nil {
		return err
	}
	switch f.Dataset {
	case "", "dyad":
		return s.ownEvents(ctx, f, fn)
	case store.DatasetAll:
		return store.MergeEvents(ctx, f.Limit,
			func(ctx context.Context, fn func(store.EventRow) error) error { return s.ownEvents(ctx, f, fn) },
			func(ctx context.Context, fn func(store.EventRow) error) error { return s.imported(ctx, f, fn) }, fn)
	}
	return s.imported(ctx, f, fn)
}

// ownEvents streams dyad's own events matching f.
func (s *DB) ownEvents(ctx context.Context, f store.Filter, fn func(store.EventRow) error) error {
	f.Dataset = ""
	q, args := EventsQuery(f)
	return each(ctx, s.db, q, args, func(rows *sql.Rows) error {
		var r store.EventRow
		if err := rows.Scan(&r.Doc, &r.Date, &r.Sentence, &r.Start, &r.End, &r.Source, &r.Target, &r.CAMEO,
			&r.Quad, &r.Goldstein, &r.PLOVER, &r.Mode, &r.Negated, &r.Reported, &r.SourceText, &r.TargetText,
			&r.Trigger, &r.TriggerStart, &r.TriggerEnd, &r.Text, &r.Pattern, &r.Index); err != nil {
			return err
		}
		return fn(r)
	})
}

// Documents implements store.Store. Documents come in date order, then in
// the order they were stored.
func (s *DB) Documents(ctx context.Context, f store.Filter, fn func(store.DocumentRow) error) error {
	if err := f.Validate(); err != nil {
		return err
	}
	var w where
	w.dates("d.date", f)
	w.search("d.id", f)
	if f.Text != "" {
		w.add(`(d.title LIKE ? ESCAPE '\' OR d.text LIKE ? ESCAPE '\')`, like(f.Text), like(f.Text))
	}
	if f.Source != "" || f.Target != "" || f.CAMEO != "" || f.Quad > 0 {
		var ew where
		ew.add("e.doc = d.id")
		eventConds(&ew, f)
		w.add("EXISTS (SELECT 1 FROM events e "+ew.String()+")", ew.args...)
	}
	q := `SELECT d.key, d.title, d.url, d.date, d.hash, d.coder, length(CAST(d.text AS BLOB)), d.n_sentences,
	d.n_mentions, d.n_events
FROM documents d ` + w.String() + `
ORDER BY d.date, d.key` + limit(f)
	return each(ctx, s.db, q, w.args, func(rows *sql.Rows) error {
		var (
			r    store.DocumentRow
			hash []byte
		)
		if err := rows.Scan(&r.ID, &r.Title, &r.URL, &r.Date, &hash, &r.Coder, &r.Bytes, &r.Sentences,
			&r.Mentions, &r.Events); err != nil {
			return err
		}
		r.Hash = hex.EncodeToString(hash)
		return fn(r)
	})
}

// Actors implements store.Store: one row per actor code mentioned in the
// selected documents, the most mentioned first. Filter.Actor selects codes
// by prefix, From and To the documents' dates, Text the mentions' words.
// AsSource and AsTarget count events over the same dates.
func (s *DB) Actors(ctx context.Context, f store.Filter, fn func(store.ActorRow) error) error {
	if err := f.Validate(); err != nil {
		return err
	}
	var w where
	w.add("m.actor <> ''")
	w.prefix("m.actor", f.Actor)
	w.dates("d.date", f)
	w.search("m.doc", f)
	if f.Text != "" {
		w.add(slice("d.text", "m.start", `m."end"`)+` LIKE ? ESCAPE '\'`, like(f.Text))
	}
	var ew where
	ew.dates("e.date", f)
	evDates := ""
	if len(ew.conds) > 0 {
		evDates = " AND " + strings.Join(ew.conds, " AND ")
	}
	args := append([]any{}, ew.args...)
	args = append(args, ew.args...)
	args = append(args, w.args...)
	q := `SELECT a.actor,
	(SELECT m2.name FROM mentions m2 WHERE m2.actor = a.actor GROUP BY m2.name ORDER BY count(*) DESC, m2.name LIMIT 1),
	a.n, a.docs,
	(SELECT count(*) FROM events e WHERE e.source = a.actor` + evDates + `),
	(SELECT count(*) FROM events e WHERE e.target = a.actor` + evDates + `),
	a.first, a.last
FROM (SELECT m.actor AS actor, count(*) AS n, count(DISTINCT m.doc) AS docs, min(d.date) AS first,
		max(d.date) AS last
	FROM mentions m JOIN documents d ON d.id = m.doc
	` + w.String() + `
	GROUP BY m.actor) a
ORDER BY a.n DESC, a.actor` + limit(f)
	return each(ctx, s.db, q, args, func(rows *sql.Rows) error {
		var (
			r    store.ActorRow
			name sql.NullString
		)
		if err := rows.Scan(&r.Actor, &name, &r.Mentions, &r.Documents, &r.AsSource, &r.AsTarget, &r.First,
			&r.Last); err != nil {
			return err
		}
		r.Name = name.String
		return fn(r)
	})
}

// each runs a query and calls fn on each row.
func each(ctx context.Context, db *sql.DB, q string, args []any, fn func(*sql.Rows) error) error {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
