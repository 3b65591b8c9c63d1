package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"github.com/dyadproject/dyad/store"
)

var _ store.Importer = (*DB)(nil)

// PutImported implements store.Importer: the events go in one transaction,
// each keyed by its dataset and id.
func (s *DB) PutImported(ctx context.Context, evs []store.ImportedEvent) (added, replaced, unchanged int, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, 0, 0, err
	}
	defer tx.Rollback() // after Commit, a no-op
	find, err := tx.PrepareContext(ctx, `SELECT id, record FROM imported_events WHERE dataset = ? AND ext_id = ?`)
	if err != nil {
		return 0, 0, 0, err
	}
	defer find.Close()
	ins, err := tx.PrepareContext(ctx, `INSERT OR REPLACE INTO imported_events (dataset, ext_id, date, source,
		target, source_name, target_name, cameo, quad, goldstein, plover, mode, story, sentence, text, record)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return 0, 0, 0, err
	}
	defer ins.Close()
	for _, e := range evs {
		var (
			id  int64
			old []byte
		)
		switch err := find.QueryRowContext(ctx, e.Dataset, e.ID).Scan(&id, &old); {
		case err == nil:
			if string(old) == string(e.Record) {
				unchanged++
				continue
			}
			replaced++
		case errors.Is(err, sql.ErrNoRows):
			added++
		default:
			return 0, 0, 0, err
		}
		if _, err := ins.ExecContext(ctx, e.Dataset, e.ID, e.Date, e.Source, e.Target, e.SourceName,
			e.TargetName, e.CAMEO, e.Quad, e.Goldstein, e.PLOVER, e.Mode, e.Story, e.Sentence, e.Text,
			string(e.Record)); err != nil {
			return 0, 0, 0, err
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, 0, 0, err
	}
	return added, replaced, unchanged, nil
}

// importedIndex names the index a query of imported events reads, for the
// reasons eventsIndex gives.
func importedIndex(f store.Filter) string {
	switch {
	case f.Source != "":
		return " INDEXED BY imported_dyad"
	case f.Target != "":
		return " INDEXED BY imported_target"
	case f.CAMEO != "":
		return " INDEXED BY imported_cameo"
	case f.From != "" || f.To != "":
		return " INDEXED BY imported_date"
	}
	return ""
}

// importedQuery returns the SQL and arguments of a query of the imported
// events matching f, in Events order.
func importedQuery(f store.Filter) (string, []any) {
	var w where
	w.prefix("i.source", f.Source)
	w.prefix("i.target", f.Target)
	w.prefix("i.cameo", f.CAMEO)
	if f.Quad > 0 {
		w.add("i.quad = ?", f.Quad)
	}
	w.dates("i.date", f)
	if f.Dataset != store.DatasetAll {
		w.add("i.dataset = ?", f.Dataset)
	}
	if f.Text != "" {
		w.add(`i.text LIKE ? ESCAPE '\'`, like(f.Text))
	}
	// An imported event has no document to search: its words are looked
	// for in its text, as they are written.
	for _, x := range f.SearchWords() {
		w.add(`i.text LIKE ? ESCAPE '\'`, like(x))
	}
	q := `SELECT i.story, i.date, i.sentence, i.source, i.target, i.cameo, i.quad, i.goldstein, i.plover, i.mode,
	i.source_name, i.target_name, i.text, i.dataset, i.ext_id, i.record
FROM imported_events i` + importedIndex(f) + `
` + w.String() + `
ORDER BY i.date, i.dataset, i.story, i.id` + limit(f)
	return q, w.args
}

// imported streams the imported events matching f, in Events order.
func (s *DB) imported(ctx context.Context, f store.Filter, fn func(store.EventRow) error) error {
	q, args := importedQuery(f)
	return each(ctx, s.db, q, args, func(rows *sql.Rows) error {
		var r store.EventRow
		if err := rows.Scan(&r.Doc, &r.Date, &r.Sentence, &r.Source, &r.Target, &r.CAMEO, &r.Quad, &r.Goldstein,
			&r.PLOVER, &r.Mode, &r.SourceText, &r.TargetText, &r.Text, &r.Dataset, &r.ID, &r.Record); err != nil {
			return err
		}
		return fn(r)
	})
}
