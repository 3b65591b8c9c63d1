package postgres

import (
	"context"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad/store"
	"github.com/jackc/pgx/v5"
)

// where collects the conditions of a query and its numbered arguments.
type where struct {
	conds []string
	args  []any
}

// arg adds an argument and returns its placeholder.
func (w *where) arg(v any) string {
	w.args = append(w.args, v)
	return "$" + strconv.Itoa(len(w.args))
}

func (w *where) add(cond string) { w.conds = append(w.conds, cond) }

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
		w.add(col + " >= " + w.arg(lo))
		return
	}
	w.add(col + " >= " + w.arg(lo) + " AND " + col + " < " + w.arg(hi))
}

// dates adds the filter's date range on col.
func (w *where) dates(col string, f store.Filter) {
	from, to := f.DateRange()
	if from != "" {
		w.add(col + " >= " + w.arg(from))
	}
	if to != "" {
		w.add(col + " < " + w.arg(to))
	}
}

// like returns an ILIKE pattern matching s anywhere, with the pattern's
// metacharacters escaped by "\" (ILIKE's default escape).
func like(s string) string {
	return "%" + strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s) + "%"
}

// textFilter returns the query that keeps, of the rows of the query sel
// (which selects doc, start and "end" among its columns), those whose
// bytes [start, end) of their document's text contain f.Text, ILIKE
// (ASCII letters folded, as in the "C" collation), and the WITH clause it
// needs. Offsets are bytes, and substring on text counts characters, so
// the texts are read as bytes (convert_to); each text once, and only the
// texts of the rows sel selects: the candidates and the texts are
// materialised CTEs, which the planner cannot dissolve into a plan that
// cuts every sentence of the corpus out of its text.
func textFilter(w *where, sel string, f store.Filter) (with, query string) {
	with = `WITH c AS MATERIALIZED (` + sel + `),
t AS MATERIALIZED (SELECT id, convert_to(text, 'UTF8') AS b FROM documents WHERE id IN (SELECT doc FROM c))
`
	query = `SELECT c.* FROM c JOIN t ON t.id = c.doc
	WHERE convert_from(substring(t.b FROM c.start + 1 FOR greatest(c."end" - c.start, 0)), 'UTF8') COLLATE "C" ILIKE ` +
		w.arg(like(f.Text))
	return with, query
}

// cut returns the bytes [start, end) of text, clamped to it as SQLite's
// substr clamps, as a string of its own (not holding text in memory).
func cut(text string, start, end int) string {
	start, end = max(start, 0), min(end, len(text))
	if start >= end {
		return ""
	}
	return strings.Clone(text[start:end])
}

// search adds Filter.Search on the documents table aliased d, through its
// full-text index: every word required, stemmed as English.
func (w *where) search(d string, f store.Filter) {
	if words := f.SearchWords(); len(words) > 0 {
		w.add(d + ".search @@ plainto_tsquery('english', " + w.arg(strings.Join(words, " ")) + ")")
	}
}

func limit(f store.Filter) string {
	if f.Limit > 0 {
		return " LIMIT " + strconv.Itoa(f.Limit)
	}
	return ""
}

// eventConds adds the event filters on the events table aliased e.
func eventConds(w *where, f store.Filter) {
	w.prefix("e.source", f.Source)
	w.prefix("e.target", f.Target)
	w.prefix("e.cameo", f.CAMEO)
	if f.Quad > 0 {
		w.add("e.quad = " + w.arg(f.Quad))
	}
}

// docText is the select-list item that gives a document's text on the
// first of its rows and NULL on the others, the rows of a document being
// consecutive in the window w: each text crosses the wire once, and the
// texts quoted are cut from it in Go, byte for byte.
const docText = `CASE WHEN lag(x.doc) OVER w IS DISTINCT FROM x.doc
		THEN (SELECT dt.text FROM documents dt WHERE dt.id = x.doc) END`

// EventsQuery returns the SQL and arguments Events runs for f (for
// EXPLAIN in tests and tools). The inner query selects, sorts and limits
// the events, reading no text unless f.Text asks; the outer one adds the
// texts.
func EventsQuery(f store.Filter) (string, []any) {
	var w where
	eventConds(&w, f)
	w.dates("e.date", f)
	w.search("d", f)
	sel := `SELECT d.key, e.date, e.doc, e.idx, e.sentence, s.start, s."end", e.source, e.target, e.cameo, e.quad,
		e.goldstein, e.plover, e.mode, e.negated, e.reported, ms.start AS ms_start, ms."end" AS ms_end,
		coalesce(mt.start, 0) AS mt_start, coalesce(mt."end", 0) AS mt_end, e.trigger_start, e.trigger_end,
		e.pattern
	FROM events e
	JOIN documents d ON d.id = e.doc
	JOIN sentences s ON s.doc = e.doc AND s.idx = e.sentence
	JOIN mentions ms ON ms.doc = e.doc AND ms.idx = e.source_mention
	LEFT JOIN mentions mt ON mt.doc = e.doc AND mt.idx = e.target_mention
	` + w.String()
	with, inner := "", sel+`
	ORDER BY e.date, d.key, e.idx`+limit(f)
	if f.Text != "" {
		with, inner = textFilter(&w, sel, f)
		inner += `
	ORDER BY c.date, c.key, c.idx` + limit(f)
	}
	q := with + `SELECT x.key, x.date, x.sentence, x.start, x."end", x.source, x.target, x.cameo, x.quad, x.goldstein,
	x.plover, x.mode, x.negated, x.reported, x.ms_start, x.ms_end, x.mt_start, x.mt_end, x.trigger_start,
	x.trigger_end, x.pattern, x.idx, ` + docText + `
FROM (` + inner + `) x
WINDOW w AS (ORDER BY x.date, x.key, x.idx)
ORDER BY x.date, x.key, x.idx`
	return q, w.args
}

// Events implements store.Store. Events come in date order, then by
// document key, then in the order they were stored.
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
	q, args := EventsQuery(f)
	var text string
	return s.each(ctx, q, args, func(rows pgx.Rows) error {
		var (
			r                  store.EventRow
			msS, msE, mtS, mtE int
			doc                *string
		)
		if err := rows.Scan(&r.Doc, &r.Date, &r.Sentence, &r.Start, &r.End, &r.Source, &r.Target, &r.CAMEO,
			&r.Quad, &r.Goldstein, &r.PLOVER, &r.Mode, &r.Negated, &r.Reported, &msS, &msE, &mtS, &mtE,
			&r.TriggerStart, &r.TriggerEnd, &r.Pattern, &r.Index, &doc); err != nil {
			return err
		}
		if doc != nil {
			text = *doc
		}
		r.SourceText, r.TargetText = cut(text, msS, msE), cut(text, mtS, mtE)
		r.Trigger, r.Text = cut(text, r.TriggerStart, r.TriggerEnd), cut(text, r.Start, r.End)
		return fn(r)
	})
}

// Quotes implements store.Store. Quotations come in date order, then by
// document key and position.
func (s *DB) Quotes(ctx context.Context, f store.Filter, fn func(store.QuoteRow) error) error {
	if err := f.Validate(); err != nil {
		return err
	}
	var w where
	w.prefix("q.speaker_actor", f.Actor)
	w.dates("d.date", f)
	w.search("d", f)
	sel := `SELECT d.key, d.date, q.doc, q.idx, q.kind, q.start, q."end", q.cue, q.speaker, q.speaker_title,
		q.speaker_org, q.speaker_actor
	FROM quotes q JOIN documents d ON d.id = q.doc
	` + w.String()
	with, inner := "", sel+`
	ORDER BY d.date, d.key, q.idx`+limit(f)
	if f.Text != "" {
		with, inner = textFilter(&w, sel, f)
		inner += `
	ORDER BY c.date, c.key, c.idx` + limit(f)
	}
	q := with + `SELECT x.key, x.date, x.kind, x.start, x."end", x.cue, x.speaker, x.speaker_title, x.speaker_org,
	x.speaker_actor, ` + docText + `
FROM (` + inner + `) x
WINDOW w AS (ORDER BY x.date, x.key, x.idx)
ORDER BY x.date, x.key, x.idx`
	var text string
	return s.each(ctx, q, w.args, func(rows pgx.Rows) error {
		var (
			r   store.QuoteRow
			doc *string
		)
		if err := rows.Scan(&r.Doc, &r.Date, &r.Kind, &r.Start, &r.End, &r.Cue, &r.Speaker, &r.SpeakerTitle,
			&r.SpeakerOrg, &r.SpeakerActor, &doc); err != nil {
			return err
		}
		if doc != nil {
			text = *doc
		}
		r.Text = cut(text, r.Start, r.End)
		return fn(r)
	})
}

// Documents implements store.Store. Documents come in date order, then by
// key.
func (s *DB) Documents(ctx context.Context, f store.Filter, fn func(store.DocumentRow) error) error {
	if err := f.Validate(); err != nil {
		return err
	}
	var w where
	w.dates("d.date", f)
	w.search("d", f)
	if f.Text != "" {
		p := w.arg(like(f.Text))
		w.add("(d.title ILIKE " + p + " OR d.text ILIKE " + p + ")")
	}
	if f.Source != "" || f.Target != "" || f.CAMEO != "" || f.Quad > 0 {
		ew := where{args: w.args}
		ew.add("e.doc = d.id")
		eventConds(&ew, f)
		w.args = ew.args
		w.add("EXISTS (SELECT 1 FROM events e " + ew.String() + ")")
	}
	q := `SELECT d.key, d.title, d.url, d.date, d.hash, d.coder, octet_length(d.text), d.n_sentences,
	d.n_mentions, d.n_events
FROM documents d ` + w.String() + `
ORDER BY d.date, d.key` + limit(f)
	return s.each(ctx, q, w.args, func(rows pgx.Rows) error {
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
	w.search("d", f)
	with, mentions := "", `SELECT m.actor, m.doc, d.date, m.start, m."end"
	FROM mentions m JOIN documents d ON d.id = m.doc
	`+w.String()
	if f.Text != "" {
		with, mentions = textFilter(&w, mentions, f)
	}
	ew := where{args: w.args}
	ew.dates("e.date", f)
	w.args = ew.args
	evDates := ""
	if len(ew.conds) > 0 {
		evDates = " AND " + strings.Join(ew.conds, " AND ")
	}
	q := with + `SELECT a.actor,
	(SELECT m2.name FROM mentions m2 WHERE m2.actor = a.actor AND m2.actor <> ''
		GROUP BY m2.name ORDER BY count(*) DESC, m2.name LIMIT 1),
	a.n, a.docs,
	(SELECT count(*) FROM events e WHERE e.source = a.actor` + evDates + `),
	(SELECT count(*) FROM events e WHERE e.target = a.actor` + evDates + `),
	a.first, a.last
FROM (SELECT mm.actor, count(*) AS n, count(DISTINCT mm.doc) AS docs, min(mm.date) AS first, max(mm.date) AS last
	FROM (` + mentions + `) mm
	GROUP BY mm.actor) a
ORDER BY a.n DESC, a.actor` + limit(f)
	return s.each(ctx, q, w.args, func(rows pgx.Rows) error {
		var (
			r    store.ActorRow
			name *string
		)
		if err := rows.Scan(&r.Actor, &name, &r.Mentions, &r.Documents, &r.AsSource, &r.AsTarget, &r.First,
			&r.Last); err != nil {
			return err
		}
		if name != nil {
			r.Name = *name
		}
		return fn(r)
	})
}

// each runs a query and calls fn on each row.
func (s *DB) each(ctx context.Context, q string, args []any, fn func(pgx.Rows) error) error {
	rows, err := s.pool.Query(ctx, q, args...)
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
