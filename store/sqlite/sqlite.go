// Package sqlite is dyad's embedded store: one SQLite file, written with
// modernc.org/sqlite (pure Go, no cgo), in WAL mode with synchronous=NORMAL.
// Each document's rows are written in one transaction (PutBatch writes
// several documents in one, saving a commit each), so a process killed
// at any moment leaves every document wholly stored or not at all, and
// readers never see half a document. (synchronous=NORMAL can lose the last
// transactions on a power failure, never consistency; a killed process
// loses nothing committed.)
//
// The schema is versioned with SQLite's user_version and migrated forward
// when a file is opened; see schema.go. Events carry their document's date
// so that the indexes (source, target, date), (target, date), (date) and
// (cameo, date) answer filtered queries without touching documents.
package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/store"
	_ "modernc.org/sqlite" // the "sqlite" database/sql driver
)

// DB is a store in one SQLite file. It is safe for concurrent use: writes
// are serialised, reads run beside them.
type DB struct {
	db   *sql.DB
	path string

	mu    sync.Mutex // serialises Put
	stmts map[string]*sql.Stmt

	// failAfter, when positive, makes Put fail when its transaction would
	// write more than that many rows, before committing: tests use it to
	// simulate a crash in the middle of a transaction.
	failAfter int
}

var _ store.Store = (*DB)(nil)

// Open opens or creates the store in the file at path and brings its
// schema up to date.
func Open(path string) (*DB, error) {
	if path == "" {
		return nil, errors.New("sqlite: no file name")
	}
	q := url.Values{}
	for _, p := range []string{"journal_mode(WAL)", "synchronous(NORMAL)", "busy_timeout(10000)",
		"foreign_keys(1)", "cache_size(-65536)", "mmap_size(1073741824)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	// A file: URI, so that names with "?" or "#" survive.
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", path, err)
	}
	s := &DB{db: db, path: path, stmts: map[string]*sql.Stmt{}}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: %s: %w", path, err)
	}
	for name, q := range insertSQL {
		st, err := db.Prepare(q)
		if err != nil {
			s.Close()
			return nil, fmt.Errorf("sqlite: %s: preparing %s: %w", path, name, err)
		}
		s.stmts[name] = st
	}
	return s, nil
}

// SchemaVersion is the schema version this package writes.
func SchemaVersion() int { return len(migrations) }

func (s *DB) migrate(ctx context.Context) error {
	for {
		done, err := s.migrateOne(ctx)
		if err != nil || done {
			return err
		}
	}
}

// migrateOne applies the next migration, if any. The version is read
// inside the (immediate, so write-locked) transaction, so that two
// processes opening a new file at once migrate it once.
func (s *DB) migrateOne(ctx context.Context) (done bool, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	var v int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return false, err
	}
	switch {
	case v > len(migrations):
		return false, fmt.Errorf("schema version %d is newer than this dyad knows (%d): upgrade dyad", v,
			len(migrations))
	case v == len(migrations):
		return true, nil
	}
	if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
		return false, fmt.Errorf("migrating to schema version %d: %w", v+1, err)
	}
	// user_version is part of the database header, so it commits or
	// rolls back with the migration.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
		return false, err
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("migrating to schema version %d: %w", v+1, err)
	}
	return false, nil
}

// SQL returns the underlying database, for tests and tools.
func (s *DB) SQL() *sql.DB { return s.db }

// Close closes the database, checkpointing the write-ahead log. It first
// lets SQLite refresh the planner's statistics where tables have grown
// (PRAGMA optimize, which analyses only what changed a lot).
func (s *DB) Close() error {
	for _, st := range s.stmts {
		st.Close()
	}
	_, err := s.db.Exec("PRAGMA optimize=0x10002")
	if cerr := s.db.Close(); err == nil {
		err = cerr
	}
	return err
}

// Has implements store.Store.
func (s *DB) Has(ctx context.Context, key string, h store.Hash, coder string) (bool, error) {
	var one int
	err := s.db.QueryRowContext(ctx, "SELECT 1 FROM documents WHERE key = ? AND hash = ? AND (? = '' OR coder = ?)",
		key, h[:], coder, coder).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

var insertSQL = map[string]string{
	"document": `INSERT INTO documents (key, hash, title, url, date, given_date, text, n_sentences, n_mentions,
		n_events, problems, stored, coder) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	"sentence": `INSERT INTO sentences (doc, idx, start, "end", paragraph) VALUES (?, ?, ?, ?, ?)`,
	"mention": `INSERT INTO mentions (doc, idx, sentence, start, "end", head_start, head_end, type, name, actor,
		antecedent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	"event": `INSERT INTO events (doc, idx, date, sentence, source, target, source_mention, target_mention, cameo,
		quad, goldstein, plover, mode, negated, reported, trigger_start, trigger_end, pattern)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	"quote": `INSERT INTO quotes (doc, idx, kind, start, "end", cue, cue_start, cue_end, speaker, speaker_title,
		speaker_org, speaker_actor, speaker_start, speaker_end, speaker_mention, about)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
}

var errSimulatedCrash = errors.New("simulated crash")

// Put implements store.Store.
func (s *DB) Put(ctx context.Context, d *dyad.Document) (store.Status, error) {
	return store.PutOne(ctx, s.PutBatch, d)
}

// PutBatch implements store.Store.
func (s *DB) PutBatch(ctx context.Context, docs []*dyad.Document) ([]store.Status, error) {
	flat := make([]*store.Flat, len(docs))
	for i, d := range docs {
		flat[i] = store.Flatten(d)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback() // after Commit, a no-op
	w := &writer{s: s, ctx: ctx, tx: tx}
	status := make([]store.Status, len(docs))
	for i, d := range docs {
		if status[i], err = w.put(d, flat[i]); err != nil {
			return nil, err
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return status, nil
}

// writer writes documents in one transaction and counts their rows, to
// simulate a crash.
type writer struct {
	s    *DB
	ctx  context.Context
	tx   *sql.Tx
	rows int
	// stmts holds the insert statements bound to tx, by name.
	stmts map[string]*sql.Stmt
}

func (w *writer) exec(name string, args ...any) (sql.Result, error) {
	st, err := w.stmt(name)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(w.ctx, args...)
}

// stmt returns the insert statement name bound to w's transaction, for a
// row. It fails, to simulate a crash, when the transaction would write more
// than failAfter rows. (An INSERT of many rows at once is slower: SQLite
// then keeps a statement journal, in a temporary file, so as to undo a
// statement that fails part way.)
func (w *writer) stmt(name string) (*sql.Stmt, error) {
	if w.s.failAfter > 0 && w.rows >= w.s.failAfter {
		return nil, errSimulatedCrash
	}
	w.rows++
	if st, ok := w.stmts[name]; ok {
		return st, nil
	}
	if w.stmts == nil {
		w.stmts = map[string]*sql.Stmt{}
	}
	st := w.tx.StmtContext(w.ctx, w.s.stmts[name])
	w.stmts[name] = st
	return st, nil
}

// put writes one document, replacing the one stored under its key.
func (w *writer) put(d *dyad.Document, f *store.Flat) (store.Status, error) {
	ctx, tx := w.ctx, w.tx
	status := store.Added
	var (
		oldID    int64
		oldHash  []byte
		oldCoder string
	)
	switch err := tx.QueryRowContext(ctx, "SELECT id, hash, coder FROM documents WHERE key = ?", f.Key).Scan(&oldID,
		&oldHash, &oldCoder); {
	case err == nil:
		if bytes.Equal(oldHash, f.Hash[:]) && oldCoder == d.Coder {
			return store.Unchanged, nil
		}
		// The old sentences, mentions and events go with it (ON DELETE
		// CASCADE), in this same transaction.
		if _, err := tx.ExecContext(ctx, "DELETE FROM documents WHERE id = ?", oldID); err != nil {
			return 0, err
		}
		status = store.Replaced
	case !errors.Is(err, sql.ErrNoRows):
		return 0, err
	}
	var problems strings.Builder
	for _, p := range d.Problems {
		fmt.Fprintln(&problems, p.String())
	}
	res, err := w.exec("document", f.Key, f.Hash[:], d.Title, d.URL, f.Date, d.Date, d.Text, len(f.Sents),
		len(f.Ments), len(f.Evs), problems.String(), time.Now().UTC().Format(time.RFC3339), d.Coder)
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	for i, x := range f.Sents {
		if _, err := w.exec("sentence", id, i, x.Start, x.End, x.Paragraph); err != nil {
			return 0, err
		}
	}
	for i, m := range f.Ments {
		if _, err := w.exec("mention", id, i, m.Sentence, m.Start, m.End, m.HeadStart, m.HeadEnd, m.Type, m.Name,
			m.Actor, m.Antecedent); err != nil {
			return 0, err
		}
	}
	for i, e := range f.Evs {
		if _, err := w.exec("event", id, i, f.Date, e.Sentence, e.Source, e.Target, e.SourceMention,
			e.TargetMention, e.CAMEO, e.Quad, e.Goldstein, e.PLOVER, e.Mode, e.Negated, e.Reported,
			e.TriggerStart, e.TriggerEnd, e.Pattern); err != nil {
			return 0, err
		}
	}
	for i, q := range f.Quotes {
		if _, err := w.exec("quote", id, i, string(q.Kind), q.Start, q.End, q.Cue, q.CueStart, q.CueEnd, q.Speaker,
			q.SpeakerTitle, q.SpeakerOrg, q.SpeakerActor, q.SpeakerStart, q.SpeakerEnd, q.SpeakerMention,
			strings.Join(q.About, " ")); err != nil {
			return 0, err
		}
	}
	return status, nil
}

// Counts implements store.Store.
func (s *DB) Counts(ctx context.Context) (store.Counts, error) {
	var c store.Counts
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences),
		(SELECT count(*) FROM mentions), (SELECT count(*) FROM events)`).Scan(&c.Documents, &c.Sentences,
		&c.Mentions, &c.Events)
	return c, err
}
