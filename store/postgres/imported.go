package postgres

import (
	"context"

	"github.com/dyadproject/dyad/store"
	"github.com/jackc/pgx/v5"
)

var _ store.Importer = (*DB)(nil)

// PutImported implements store.Importer: one transaction, its statements
// sent in one batch. An event whose dataset and id are stored is updated
// only when its record differs.
func (s *DB) PutImported(ctx context.Context, evs []store.ImportedEvent) (added, replaced, unchanged int, err error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return 0, 0, 0, err
	}
	defer tx.Rollback(ctx) // after Commit, a no-op
	var b pgx.Batch
	for _, e := range evs {
		b.Queue(`INSERT INTO imported_events AS i (dataset, ext_id, date, source, target, source_name,
	target_name, cameo, quad, goldstein, plover, mode, story, sentence, text, record)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
ON CONFLICT (dataset, ext_id) DO UPDATE SET date = excluded.date, source = excluded.source,
	target = excluded.target, source_name = excluded.source_name, target_name = excluded.target_name,
	cameo = excluded.cameo, quad = excluded.quad, goldstein = excluded.goldstein, plover = excluded.plover,
	mode = excluded.mode, story = excluded.story, sentence = excluded.sentence, text = excluded.text,
	record = excluded.record
WHERE i.record <> excluded.record
RETURNING xmax = 0`,
			pgText(e.Dataset), pgText(e.ID), pgText(e.Date), pgText(e.Source), pgText(e.Target),
			pgText(e.SourceName), pgText(e.TargetName), pgText(e.CAMEO), e.Quad, e.Goldstein, pgText(e.PLOVER),
			pgText(e.Mode), pgText(e.Story), e.Sentence, pgText(e.Text), pgText(string(e.Record)))
	}
	res := tx.SendBatch(ctx, &b)
	for range evs {
		var inserted bool
		switch err := res.QueryRow().Scan(&inserted); {
		case err == pgx.ErrNoRows: // the same record was stored
			unchanged++
		case err != nil:
			res.Close()
			return 0, 0, 0, err
		case inserted:
			added++
		default:
			replaced++
		}
	}
	if err := res.Close(); err != nil {
		return 0, 0, 0, err
	}
	if err := tx.Commit(ctx); err != nil {
		return 0, 0, 0, err
	}
	return added, replaced, unchanged, nil
}

// importedQuery returns the SQL and arguments that select the imported
// events matching f, in Events order.
func importedQuery(f store.Filter) (string, []any) {
	var w where
	w.prefix("i.source", f.Source)
	w.prefix("i.target", f.Target)
	w.prefix("i.cameo", f.CAMEO)
	if f.Quad > 0 {
		w.add("i.quad = " + w.arg(f.Quad))
	}
	w.dates("i.date", f)
	if f.Dataset != store.DatasetAll {
		w.add("i.dataset = " + w.arg(f.Dataset))
	}
	if f.Text != "" {
		w.add("i.text ILIKE " + w.arg(like(f.Text)))
	}
	// An imported event has no document to search: its words are looked
	// for in its text, as they are written.
	for _, x := range f.SearchWords() {
		w.add("i.text ILIKE " + w.arg(like(x)))
	}
	return `SELECT i.story, i.date, i.sentence, i.source, i.target, i.cameo, i.quad, i.goldstein, i.plover, i.mode,
	i.source_name, i.target_name, i.text, i.dataset, i.ext_id, i.record
FROM imported_events i
` + w.String() + `
ORDER BY i.date, i.dataset, i.story, i.id` + limit(f), w.args
}

// imported streams the imported events matching f.
func (s *DB) imported(ctx context.Context, f store.Filter, fn func(store.EventRow) error) error {
	q, args := importedQuery(f)
	return s.each(ctx, q, args, func(rows pgx.Rows) error {
		var (
			r   store.EventRow
			rec string
		)
		if err := rows.Scan(&r.Doc, &r.Date, &r.Sentence, &r.Source, &r.Target, &r.CAMEO, &r.Quad, &r.Goldstein,
			&r.PLOVER, &r.Mode, &r.SourceText, &r.TargetText, &r.Text, &r.Dataset, &r.ID, &rec); err != nil {
			return err
		}
		r.Record = store.JSON(rec)
		return fn(r)
	})
}
