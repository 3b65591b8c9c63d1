// Package postgres is dyad's server store: the tables of store/sqlite, the
// same rows and the same query semantics, in a PostgreSQL database, written
// with github.com/jackc/pgx/v5 through a connection pool (pgxpool).
//
// Writing. Put is one transaction, and PutBatch one for several documents:
// it takes a transaction-scoped advisory lock on each document's key, in
// sorted order (so that two writers of one key, in this process or another,
// take turns, and two batches cannot deadlock), looks the key up, and returns Unchanged
// when the stored text has the same hash. Otherwise it deletes the old
// document, whose sentences, mentions, events and quotations go with it
// (ON DELETE CASCADE), inserts the document and sends its other rows with
// COPY (pgx's CopyFrom, binary format: tens of times faster than one
// INSERT a row). A process killed at any moment leaves each document
// wholly old or wholly new, and readers never see half of one. Puts of
// different keys run side by side, each on a connection of the pool.
// They commit with synchronous_commit off, the counterpart of
// store/sqlite's synchronous=NORMAL: a crash of the server's machine (not
// of dyad, nor of the server alone) can lose the last transactions, never
// part of one, and ingesting again restores them; a commit then costs no
// disk flush (12 ms a document here with one).
//
// Schema. Migrations are an append-only list (schema.go), the tables of
// store/sqlite's; the versions applied are rows of the dyad_schema table. Opening a store applies those missing inside one transaction
// under an advisory lock, so that processes opening a new database at once
// migrate it once; a store already up to date is only read, so a role that
// may only read can query. Tables live in the first schema of the
// connection's search_path (a DSN may set it: ...?search_path=dyad).
//
// Text. Every text column is COLLATE "C", so that rows sort by bytes, as
// in SQLite, prefix filters (store.PrefixRange) are index range scans and
// ILIKE folds ASCII letters only, whatever the database's locale: the
// semantics of SQLite's LIKE. Offsets are bytes into the document's text;
// queries return a document's text once, on the first of its rows, and
// the sentences, names and quotations are cut from it here, byte for byte.
// PostgreSQL text holds neither NUL nor invalid UTF-8, both of which a
// document's text may contain (the tokenizer reports them as Problems):
// such bytes are stored as U+001A SUBSTITUTE, one byte for one, so that
// every offset still holds; the hash is that of the text as given, so
// that ingesting it again changes nothing. The database must be UTF8.
package postgres

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/store"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// DB is a store in a PostgreSQL database. It is safe for concurrent use.
type DB struct {
	pool *pgxpool.Pool
	name string // the DSN, without its password

	// failAfter, when positive, makes Put fail after that many rows,
	// before committing: tests use it to simulate a crash in the middle
	// of a transaction.
	failAfter int
}

var _ store.Store = (*DB)(nil)

// Advisory lock keys: migrations take the one-key lock migrateLock,
// Puts the two-key lock (putLock, hashtext(key)); the two forms never
// conflict with each other.
const (
	migrateLock = 0x6479_6164_0000_0001 // "dyad", 1
	putLock     = 0x6479_6164           // "dyad"
)

// Open connects to the database dsn names (a URL, postgres://... or
// postgresql://..., or keyword=value pairs, as libpq takes them) and
// brings its schema up to date. Errors name the DSN without its password.
func Open(ctx context.Context, dsn string) (*DB, error) {
	name := Redact(dsn)
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres: %s: %w", name, err)
	}
	if cfg.ConnConfig.ConnectTimeout == 0 {
		cfg.ConnConfig.ConnectTimeout = 15 * time.Second
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: %s: %w", name, err)
	}
	s := &DB{pool: pool, name: name}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: %s: %w", name, err)
	}
	return s, nil
}

// Pool returns the connection pool, for tests and tools.
func (s *DB) Pool() *pgxpool.Pool { return s.pool }

// String returns the DSN without its password.
func (s *DB) String() string { return s.name }

// Close closes the pool's connections.
func (s *DB) Close() error {
	s.pool.Close()
	return nil
}

// SchemaVersion is the schema version this package writes.
func SchemaVersion() int { return len(migrations) }

var (
	urlPassword = regexp.MustCompile(`^([a-zA-Z][a-zA-Z0-9+.-]*://[^/@:?]*:)[^?]*@`)
	kvPassword  = regexp.MustCompile(`(?i)(\bpassword\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&]*)`)
)

// Redact returns dsn with its password, if any, replaced by "xxxxx", for
// messages.
func Redact(dsn string) string {
	if u, err := url.Parse(dsn); err == nil && u.Scheme != "" && u.Opaque == "" {
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
		if q := u.Query(); q.Has("password") {
			q.Set("password", "xxxxx")
			u.RawQuery = q.Encode()
		}
		return u.String()
	}
	dsn = urlPassword.ReplaceAllString(dsn, "${1}xxxxx@")
	return kvPassword.ReplaceAllString(dsn, "${1}xxxxx")
}

// migrate checks the database and applies the migrations it lacks.
func (s *DB) migrate(ctx context.Context) error {
	var enc string
	if err := s.pool.QueryRow(ctx, "SHOW server_encoding").Scan(&enc); err != nil {
		return err
	}
	if enc != "UTF8" {
		return fmt.Errorf("the database's encoding is %s; dyad needs UTF8 (CREATE DATABASE ... ENCODING 'UTF8' "+
			"TEMPLATE template0)", enc)
	}
	v, err := s.version(ctx)
	if err != nil {
		return err
	}
	if v == len(migrations) {
		return nil
	}
	if v > len(migrations) {
		return newerError(v)
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	// Wait for whoever migrates now, then read the version again.
	if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", int64(migrateLock)); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS dyad_schema (
		version integer PRIMARY KEY,
		applied timestamptz NOT NULL DEFAULT now()
	)`); err != nil {
		return err
	}
	if err := tx.QueryRow(ctx, "SELECT coalesce(max(version), 0) FROM dyad_schema").Scan(&v); err != nil {
		return err
	}
	if v > len(migrations) {
		return newerError(v)
	}
	for ; v < len(migrations); v++ {
		if _, err := tx.Exec(ctx, migrations[v]); err != nil {
			return fmt.Errorf("migrating to schema version %d: %w", v+1, err)
		}
		if _, err := tx.Exec(ctx, "INSERT INTO dyad_schema (version) VALUES ($1)", v+1); err != nil {
			return err
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("migrating to schema version %d: %w", v, err)
	}
	return nil
}

func newerError(v int) error {
	return fmt.Errorf("schema version %d is newer than this dyad knows (%d): upgrade dyad", v, len(migrations))
}

// version reads the schema version without writing anything.
func (s *DB) version(ctx context.Context) (int, error) {
	var exists bool
	if err := s.pool.QueryRow(ctx, "SELECT to_regclass('dyad_schema') IS NOT NULL").Scan(&exists); err != nil ||
		!exists {
		return 0, err
	}
	var v int
	err := s.pool.QueryRow(ctx, "SELECT coalesce(max(version), 0) FROM dyad_schema").Scan(&v)
	return v, err
}

// Has implements store.Store.
func (s *DB) Has(ctx context.Context, key string, h store.Hash, coder string) (bool, error) {
	var ok bool
	err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM documents WHERE key = $1 AND hash = $2
		AND ($3 = '' OR coder = $3))`, pgText(key), h[:], pgText(coder)).Scan(&ok)
	return ok, err
}

// Counts implements store.Store.
func (s *DB) Counts(ctx context.Context) (store.Counts, error) {
	var c store.Counts
	err := s.pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences),
		(SELECT count(*) FROM mentions), (SELECT count(*) FROM events)`).Scan(&c.Documents, &c.Sentences,
		&c.Mentions, &c.Events)
	return c, err
}

var errSimulatedCrash = errors.New("simulated crash")

var (
	sentenceCols = []string{"doc", "idx", "start", "end", "paragraph"}
	mentionCols  = []string{"doc", "idx", "sentence", "start", "end", "head_start", "head_end", "type", "name",
		"actor", "antecedent"}
	eventCols = []string{"doc", "idx", "date", "sentence", "source", "target", "source_mention", "target_mention",
		"cameo", "quad", "goldstein", "plover", "mode", "negated", "reported", "trigger_start", "trigger_end",
		"pattern"}
	quoteCols = []string{"doc", "idx", "kind", "start", "end", "cue", "cue_start", "cue_end", "speaker",
		"speaker_title", "speaker_org", "speaker_actor", "speaker_start", "speaker_end", "speaker_mention", "about"}
)

// Put implements store.Store.
func (s *DB) Put(ctx context.Context, d *dyad.Document) (store.Status, error) {
	return store.PutOne(ctx, s.PutBatch, d)
}

// PutBatch implements store.Store.
func (s *DB) PutBatch(ctx context.Context, docs []*dyad.Document) ([]store.Status, error) {
	flat := make([]*store.Flat, len(docs))
	keys := make([]string, len(docs))
	for i, d := range docs {
		flat[i] = store.Flatten(d)
		keys[i] = pgText(flat[i].Key)
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, err
	}
	defer func() {
		// After Commit, a no-op; after a cancelled ctx, still sent.
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		tx.Rollback(rctx)
		cancel()
	}()
	// Lock every key first, in one order, so that two writers of batches
	// that share keys cannot deadlock.
	var b pgx.Batch
	b.Queue("SET LOCAL synchronous_commit TO off")
	locks := slices.Clone(keys)
	slices.Sort(locks)
	for _, k := range slices.Compact(locks) {
		b.Queue("SELECT pg_advisory_xact_lock($1, hashtext($2))", int32(putLock), k)
	}
	if err := tx.SendBatch(ctx, &b).Close(); err != nil {
		return nil, err
	}
	w := &writer{ctx: ctx, tx: tx, failAfter: s.failAfter}
	status := make([]store.Status, len(docs))
	for i, d := range docs {
		if status[i], err = w.put(d, flat[i], keys[i]); err != nil {
			return nil, err
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, err
	}
	return status, nil
}

// put writes one document under key, replacing the one stored under it;
// the caller holds the key's lock.
func (w *writer) put(d *dyad.Document, f *store.Flat, key string) (store.Status, error) {
	ctx, tx := w.ctx, w.tx
	var (
		oldID    int64
		oldHash  []byte
		oldCoder string
	)
	// The look-up runs after the lock is held: it must see what a writer
	// that held the lock committed.
	found := true
	switch err := tx.QueryRow(ctx, "SELECT id, hash, coder FROM documents WHERE key = $1", key).Scan(&oldID, &oldHash,
		&oldCoder); {
	case errors.Is(err, pgx.ErrNoRows):
		found = false
	case err != nil:
		return 0, err
	}
	status := store.Added
	if found {
		if bytes.Equal(oldHash, f.Hash[:]) && oldCoder == pgText(d.Coder) {
			return store.Unchanged, nil
		}
		if _, err := tx.Exec(ctx, "DELETE FROM documents WHERE id = $1", oldID); err != nil {
			return 0, err
		}
		status = store.Replaced
	}

	if err := w.row(); err != nil {
		return 0, err
	}
	var problems strings.Builder
	for _, p := range d.Problems {
		fmt.Fprintln(&problems, p.String())
	}
	var id int64
	err := tx.QueryRow(ctx, `INSERT INTO documents (key, hash, title, url, date, given_date, text, n_sentences,
		n_mentions, n_events, problems, coder) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
		RETURNING id`,
		key, f.Hash[:], pgText(d.Title), pgText(d.URL), f.Date, pgText(d.Date), pgText(d.Text), len(f.Sents),
		len(f.Ments), len(f.Evs), pgText(problems.String()), pgText(d.Coder)).Scan(&id)
	if err != nil {
		return 0, err
	}
	if err := w.copy("sentences", sentenceCols, len(f.Sents), func(i int) []any {
		x := f.Sents[i]
		return []any{id, i, x.Start, x.End, x.Paragraph}
	}); err != nil {
		return 0, err
	}
	if err := w.copy("mentions", mentionCols, len(f.Ments), func(i int) []any {
		m := f.Ments[i]
		return []any{id, i, m.Sentence, m.Start, m.End, m.HeadStart, m.HeadEnd, pgText(m.Type), pgText(m.Name),
			pgText(m.Actor), m.Antecedent}
	}); err != nil {
		return 0, err
	}
	if err := w.copy("events", eventCols, len(f.Evs), func(i int) []any {
		e := f.Evs[i]
		return []any{id, i, f.Date, e.Sentence, pgText(e.Source), pgText(e.Target), e.SourceMention,
			e.TargetMention, pgText(e.CAMEO), e.Quad, e.Goldstein, pgText(e.PLOVER), pgText(e.Mode), e.Negated,
			e.Reported, e.TriggerStart, e.TriggerEnd, pgText(e.Pattern)}
	}); err != nil {
		return 0, err
	}
	if err := w.copy("quotes", quoteCols, len(f.Quotes), func(i int) []any {
		q := f.Quotes[i]
		return []any{id, i, pgText(string(q.Kind)), q.Start, q.End, pgText(q.Cue), q.CueStart, q.CueEnd,
			pgText(q.Speaker), pgText(q.SpeakerTitle), pgText(q.SpeakerOrg), pgText(q.SpeakerActor), q.SpeakerStart,
			q.SpeakerEnd, q.SpeakerMention, pgText(strings.Join(q.About, " "))}
	}); err != nil {
		return 0, err
	}
	return status, nil
}

// writer sends documents' rows in one transaction and counts them, to
// simulate a crash.
type writer struct {
	ctx             context.Context
	tx              pgx.Tx
	failAfter, rows int
	crashed         bool
}

// row counts one row, or fails as a crash would.
func (w *writer) row() error {
	if w.failAfter > 0 && w.rows >= w.failAfter {
		w.crashed = true
		return errSimulatedCrash
	}
	w.rows++
	return nil
}

// copy sends n rows to table with COPY.
func (w *writer) copy(table string, cols []string, n int, row func(i int) []any) error {
	if n == 0 {
		return nil
	}
	_, err := w.tx.CopyFrom(w.ctx, pgx.Identifier{table}, cols, pgx.CopyFromSlice(n, func(i int) ([]any, error) {
		if err := w.row(); err != nil {
			return nil, err
		}
		return row(i), nil
	}))
	if w.crashed {
		// The server saw the COPY fail and aborted the transaction.
		return errSimulatedCrash
	}
	if err != nil {
		return fmt.Errorf("copying %s: %w", table, err)
	}
	return nil
}

// pgText returns s as PostgreSQL text can hold it: valid UTF-8 without
// NUL. Each NUL byte and each byte of an invalid UTF-8 sequence becomes
// U+001A SUBSTITUTE, one byte for one, so that byte offsets into s hold.
func pgText(s string) string {
	if utf8.ValidString(s) && strings.IndexByte(s, 0) < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == 0 || r == utf8.RuneError && n == 1 {
			b = append(b, 0x1a)
			i++
			continue
		}
		b = append(b, s[i:i+n]...)
		i += n
	}
	return string(b)
}
