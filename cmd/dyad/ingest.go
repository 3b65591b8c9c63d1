package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/source"
	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/open"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// defaultDB is where ingest and query keep the corpus without --db.
const defaultDB = "dyad.db"

func newIngestCmd(load loader) *cobra.Command {
	var (
		db, model, input, date string
		actorFiles, verbFiles  []string
		workers                int
		recode                 bool
	)
	cmd := &cobra.Command{
		Use:   "ingest [--db DSN] [--input FORMAT] [--date YYYY-MM-DD] [--workers N] PATH...",
		Short: "Read news, code it and store documents, mentions and events",
		Long: `Ingest reads the documents in each PATH (a file, a directory walked
recursively, or "-" for standard input), runs the whole pipeline on them and
stores each document with its sentences, actor mentions and coded events, with
the byte offsets that trace every finding back to the text.

Inputs: plain text, HTML pages (main text, title, date and URL extracted),
RSS/Atom feeds (one document per item), WARC archives (one document per HTML
response), JSONL ({"id","title","date","url","text"} or "html" a line), each
also gzip-compressed; the format is chosen by name and content, or by --input.

The store (--db) is a SQLite file, ./dyad.db by default ("sqlite:PATH" names
one too), or a PostgreSQL database named by a URL,
postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=disable (add
&search_path=SCHEMA to keep the tables in a schema of their own); the tables
are created on first use. A document is identified by its id (or URL) and the
hash of its text: ingesting the same input again adds nothing, a changed
document replaces its old rows, and each document is written whole in one
transaction (with the others coded within a quarter of a second, up to 64),
so that a run that is killed and started again ends as one uninterrupted run
would. Each document records its coder (dyad's version,
model bundle and dictionaries; see 'dyad query documents'); --recode codes
again, and replaces, the stored documents that another coder coded.

Unreadable files and bad records are reported with their path and line or
byte offset, and the run goes on; the exit status is 1 when any failed. A
progress bar shows on a terminal, and a summary line is printed on standard
error at the end.`,
		Example: `  dyad ingest news/                       # every file under news/ into ./dyad.db
  dyad ingest --db corpus.db feed.rss crawl.warc.gz
  dyad ingest --db postgres://dyad@localhost/news?sslmode=disable news/
  dyad ingest --date 2023-01-29 article.txt
  zcat stories.jsonl.gz | dyad ingest -`,
		DisableFlagsInUseLine: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			format, err := source.ParseFormat(input)
			if err != nil {
				return usageErrorf(cmd, "--input: %v", err)
			}
			if len(args) == 0 {
				return usageErrorf(cmd, "ingest needs a PATH to read (\"-\" for standard input)")
			}
			if date != "" {
				if _, err := actor.ParseDate(date); err != nil {
					return usageErrorf(cmd, "--date: %v", err)
				}
			}
			if workers < 0 {
				return usageErrorf(cmd, "--workers must be positive")
			}
			if workers == 0 {
				workers = runtime.GOMAXPROCS(0)
			}
			if os.Getenv("GOGC") == "" {
				// Ingest trades memory for speed where main's default
				// keeps it low: collecting at twice the live heap rather
				// than 1.25 times took 7% less CPU time on the White House
				// statements (82 s against 88 s) for 30 MB more (370 MB),
				// and memory stays as flat over a run.
				debug.SetGCPercent(100)
			}
			st, name, err := openStore(db, true)
			if err != nil {
				return err
			}
			closed := false
			defer func() {
				if !closed {
					st.Close()
				}
			}()
			p, err := load(model)
			if err != nil {
				return err
			}
			e, err := newEngine(p, actorFiles, verbFiles, true)
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt)
			defer stop()
			in := &ingester{
				store: st, process: e.Process, workers: workers, stderr: cmd.ErrOrStderr(),
				src: source.Options{Format: format, Date: date, Stdin: cmd.InOrStdin()},
			}
			if recode {
				in.recode = e.Coder
			}
			sum, err := in.run(ctx, args)
			fmt.Fprintf(cmd.ErrOrStderr(), "dyad: ingest: %s into %s\n", sum, name)
			if err != nil {
				return err
			}
			closed = true
			if err := st.Close(); err != nil {
				return fmt.Errorf("closing %s: %w", name, err)
			}
			if ctx.Err() != nil {
				return errors.New("interrupted")
			}
			if sum.Failed > 0 {
				return fmt.Errorf("%d inputs or records failed", sum.Failed)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&db, "db", defaultDB, "store in `DSN`: a SQLite file name, sqlite:FILE, or postgres://...")
	f.StringVar(&input, "input", "", "input `FORMAT`: text, html, feed, warc or jsonl (default: by name and content)")
	f.StringVar(&date, "date", "", "date documents that carry none `YYYY-MM-DD` (for officials' terms of office)")
	f.IntVar(&workers, "workers", 0, "code with `N` goroutines (default: one per core)")
	f.BoolVar(&recode, "recode", false, "code again the stored documents that another dyad, model or dictionary coded")
	f.StringVar(&model, "model", "", "load the model bundle from `DIR` instead of the built-in one")
	f.StringSliceVar(&actorFiles, "actors", nil, "add actor dictionary `FILES` over the built-in ones")
	f.StringSliceVar(&verbFiles, "verbs", nil, "add verb dictionary `FILES` (dyad's format) to the built-in one")
	return cmd
}

// openStore opens the store a DSN names (see store/open) and returns it
// with its name for messages, which carries no password. With create
// false, a SQLite file that does not exist yet is an error rather than a
// new empty store.
func openStore(dsn string, create bool) (store.Store, string, error) {
	d, err := open.Parse(dsn)
	if err != nil {
		return nil, "", fmt.Errorf("--db: %w", err)
	}
	if !create && d.Kind == open.SQLite {
		if _, err := os.Stat(d.Path); errors.Is(err, fs.ErrNotExist) {
			return nil, "", fmt.Errorf("no store %s: create one with 'dyad ingest --db %s PATH...'", d.Path, dsn)
		}
	}
	st, err := d.Open(context.Background())
	if err != nil {
		return nil, "", err
	}
	return st, d.Name, nil
}

// ingester reads documents, codes them with a pool of workers and writes
// them with one writer: reader -> jobs -> workers -> results -> writer, the
// channels bounded, so that a slow store or slow coding holds the reader
// back and memory stays flat.
type ingester struct {
	store   store.Store
	process func(*dyad.Document)
	// recode, when not "", is the coder of this run: a stored document
	// with the same text but another coder is coded again.
	recode  string
	workers int
	src     source.Options
	stderr  io.Writer

	mu       sync.Mutex // guards stderr and bar
	bar      *progressbar.ProgressBar
	barStart time.Time
	inflight map[string]chan struct{} // keys between reader and writer
	inMu     sync.Mutex

	read, added, replaced, unchanged, failed atomic.Int64
	mentions, events                         atomic.Int64
}

// summary is what a run did.
type summary struct {
	Read, Added, Replaced, Unchanged, Failed int64
	Mentions, Events                         int64
	Elapsed                                  time.Duration
}

func (s summary) String() string {
	rate := 0.0
	if secs := s.Elapsed.Seconds(); secs > 0 {
		rate = float64(s.Added+s.Replaced+s.Unchanged) / secs
	}
	return fmt.Sprintf("%d documents: %d added, %d replaced, %d unchanged, %d failed; %d mentions, %d events stored "+
		"in %v (%.1f documents/s)", s.Read, s.Added, s.Replaced, s.Unchanged, s.Failed, s.Mentions, s.Events,
		s.Elapsed.Round(100*time.Millisecond), rate)
}

type ingestJob struct {
	d    *dyad.Document
	key  string
	done chan struct{}
}

type codedJob struct {
	ingestJob
	err error
}

// run ingests paths and returns what it did. The error is for failures of
// the store, which end the run; bad inputs are counted and reported.
func (in *ingester) run(ctx context.Context, paths []string) (summary, error) {
	start := time.Now()
	in.inflight = map[string]chan struct{}{}
	in.startBar(paths)
	jobs := make(chan ingestJob, 2*in.workers)
	// A batch's worth of room, so that the workers go on coding while a
	// batch is written.
	results := make(chan codedJob, maxBatch)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var readErr error
	go func() {
		defer close(jobs)
		readErr = in.readAll(ctx, paths, jobs)
	}()
	var wg sync.WaitGroup
	for range in.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if err := ctx.Err(); err != nil {
					results <- codedJob{j, err} // stopping: drain without coding
					continue
				}
				results <- codedJob{j, in.code(j.d)}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	var storeErr error
	var batch []codedJob
	for r := range results {
		// Store what the workers finish within batchWait in one
		// transaction: a commit per document costs more than the rows.
		batch = append(batch[:0], r)
		timer := time.NewTimer(batchWait)
	collect:
		for len(batch) < maxBatch {
			select {
			case r, ok := <-results:
				if !ok {
					break collect
				}
				batch = append(batch, r)
			case <-timer.C:
				break collect
			}
		}
		timer.Stop()
		if storeErr == nil {
			storeErr = in.write(ctx, batch)
			if storeErr != nil {
				cancel() // stop reading; drain what is under way
			}
		}
		for _, r := range batch {
			in.release(r.ingestJob)
		}
	}
	in.finishBar()
	s := summary{Read: in.read.Load(), Added: in.added.Load(), Replaced: in.replaced.Load(),
		Unchanged: in.unchanged.Load(), Failed: in.failed.Load(), Mentions: in.mentions.Load(),
		Events: in.events.Load(), Elapsed: time.Since(start)}
	if storeErr != nil {
		return s, storeErr
	}
	return s, readErr
}

// readAll reads the documents and queues those not stored yet.
func (in *ingester) readAll(ctx context.Context, paths []string, jobs chan<- ingestJob) error {
	for d, err := range in.src.Documents(paths...) {
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			in.fail(err)
			continue
		}
		in.read.Add(1)
		key := store.Key(d)
		// A key already under way (the same document twice in the
		// input) waits for the earlier one to be written, so that the
		// last one read wins, as in a run without workers.
		in.inMu.Lock()
		for prev, ok := in.inflight[key]; ok; prev, ok = in.inflight[key] {
			in.inMu.Unlock()
			select {
			case <-prev:
			case <-ctx.Done():
				return nil
			}
			in.inMu.Lock()
		}
		done := make(chan struct{})
		in.inflight[key] = done
		in.inMu.Unlock()
		j := ingestJob{d, key, done}
		has, err := in.store.Has(ctx, key, store.HashText(d.Text), in.recode)
		if err != nil {
			in.release(j)
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("store: %w", err)
		}
		if has {
			in.unchanged.Add(1)
			in.release(j)
			in.progress()
			continue
		}
		select {
		case jobs <- j:
		case <-ctx.Done():
			in.release(j)
			return nil
		}
	}
	return nil
}

func (in *ingester) release(j ingestJob) {
	in.inMu.Lock()
	if in.inflight[j.key] == j.done {
		delete(in.inflight, j.key)
	}
	in.inMu.Unlock()
	close(j.done)
}

// code runs the pipeline on d; a panic in it is d's failure, not the run's.
func (in *ingester) code(d *dyad.Document) (err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("coding: %v", e)
		}
	}()
	in.process(d)
	return nil
}

// Batches: ingest writes at most maxBatch documents in one transaction,
// those coded within batchWait of the first.
const (
	maxBatch  = 64
	batchWait = 250 * time.Millisecond
)

// write stores a batch of coded documents in one transaction; those that
// failed to be coded are reported instead.
func (in *ingester) write(ctx context.Context, batch []codedJob) error {
	var docs []*dyad.Document
	for _, r := range batch {
		if r.err != nil {
			if ctx.Err() == nil {
				in.fail(fmt.Errorf("%s: %w", r.key, r.err))
			}
			continue
		}
		docs = append(docs, r.d)
	}
	if len(docs) == 0 {
		return nil
	}
	status, err := in.store.PutBatch(ctx, docs)
	if err != nil {
		if ctx.Err() != nil {
			return nil // interrupted: the transaction rolled back
		}
		if len(docs) == 1 {
			return fmt.Errorf("storing %s: %w", store.Key(docs[0]), err)
		}
		return fmt.Errorf("storing %d documents from %s: %w", len(docs), store.Key(docs[0]), err)
	}
	for i, st := range status {
		switch st {
		case store.Added:
			in.added.Add(1)
		case store.Replaced:
			in.replaced.Add(1)
		case store.Unchanged:
			in.unchanged.Add(1)
		}
		if st != store.Unchanged {
			in.mentions.Add(int64(len(docs[i].Mentions)))
			in.events.Add(int64(len(docs[i].Events)))
		}
		in.progress()
	}
	return nil
}

// fail reports one bad input or record.
func (in *ingester) fail(err error) {
	in.failed.Add(1)
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.bar != nil {
		in.bar.Clear()
	}
	fmt.Fprintf(in.stderr, "dyad: %v\n", err)
}

// startBar shows a progress bar when standard error is a terminal: its
// length is the size of the input files, so that its estimate of the time
// left follows the bytes read, and its description counts documents.
func (in *ingester) startBar(paths []string) {
	in.bar = byteBar(in.stderr, paths, "ingest")
	if in.bar == nil {
		return
	}
	in.src.Progress = func(n int) {
		in.mu.Lock()
		in.bar.Add64(int64(n))
		in.mu.Unlock()
	}
	in.barStart = time.Now()
}

func (in *ingester) progress() {
	if in.bar == nil {
		return
	}
	n := in.added.Load() + in.replaced.Load() + in.unchanged.Load()
	rate := float64(n) / time.Since(in.barStart).Seconds()
	in.mu.Lock()
	in.bar.Describe(fmt.Sprintf("%d documents, %.1f/s, %d failed", n, rate, in.failed.Load()))
	in.mu.Unlock()
}

func (in *ingester) finishBar() {
	if in.bar == nil {
		return
	}
	in.mu.Lock()
	in.bar.Finish()
	in.bar.Clear()
	in.mu.Unlock()
}

// inputSize adds up the sizes of the files under paths, or returns -1 (an
// unknown length) when one is standard input.
// byteBar returns a progress bar over the bytes of the files at paths,
// described as desc, when stderr is a terminal; else nil.
func byteBar(stderr io.Writer, paths []string, desc string) *progressbar.ProgressBar {
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return progressbar.NewOptions64(inputSize(paths),
		progressbar.OptionSetWriter(f),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionSetWidth(30),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetDescription(desc),
	)
}

func inputSize(paths []string) int64 {
	var n int64
	for _, p := range paths {
		if p == "-" {
			return -1
		}
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() {
				if fi, err := d.Info(); err == nil {
					n += fi.Size()
				}
			}
			return nil
		})
	}
	return n
}
