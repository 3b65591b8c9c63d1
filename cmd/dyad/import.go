package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/dyadproject/dyad/eventfile"
	"github.com/dyadproject/dyad/store"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
)

// importBatch is the number of events imported in one transaction.
const importBatch = 5000

func newImportCmd() *cobra.Command {
	var db, format string
	cmd := &cobra.Command{
		Use:   "import [--db DSN] [--format FORMAT] FILE...",
		Short: "Import GDELT, ICEWS or POLECAT event files into the store",
		Long: `Import reads event data coded by others and keeps it in the store beside
dyad's own events, so that queries and analyses see both: GDELT 1.0 event
exports (daily files of 58 columns, or the 57-column historical backfile),
GDELT 2.0 event exports (61 columns), ICEWS coded event files and POLECAT
files (tab-separated, with their header line). The format is told from the
first line unless --format names it. Files may be gzip-compressed; "-" reads
standard input.

An imported event is identified by its dataset and its id there
(GLOBALEVENTID, Event ID): importing a file again adds nothing, and an event
whose record changed replaces the old one. Events are written in
transactions of 5,000, so a run that is killed and started again ends as one
uninterrupted run would.

'dyad query events --dataset gdelt2' lists imported events (--dataset all
lists them with dyad's own); 'dyad export' writes events in these formats.

A malformed line is reported with its file, line and column, and the rest is
imported; the exit status is 1 when any line failed. A progress bar shows on a
terminal, and a summary line goes to standard error at the end.`,
		Example: `  dyad import 20230129.export.CSV.zip.csv
  dyad import --db corpus.db --format icews events.2023.tab.gz
  zcat polecat-2023.tsv.gz | dyad import --format polecat -
  dyad query events --dataset all --source PRK --from 2023-01`,
		DisableFlagsInUseLine: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			f := eventfile.Auto
			if format != "" {
				var err error
				if f, err = eventfile.ParseFormat(format); err != nil {
					return usageErrorf(cmd, "--format: %v", err)
				}
			}
			if len(args) == 0 {
				return usageErrorf(cmd, "import needs a FILE to read (\"-\" for standard input)")
			}
			st, name, err := openStore(db, true)
			if err != nil {
				return err
			}
			defer st.Close()
			imp, ok := st.(store.Importer)
			if !ok {
				return fmt.Errorf("%s: this store cannot keep imported events", name)
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt)
			defer stop()
			var sum importSummary
			start := time.Now()
			bar := byteBar(cmd.ErrOrStderr(), args, "import")
			for _, path := range args {
				if err := importFile(ctx, imp, path, f, cmd.InOrStdin(), cmd.ErrOrStderr(), bar, &sum); err != nil {
					sum.files++
					fmt.Fprintf(cmd.ErrOrStderr(), "dyad: import: %v\n", err)
					if ctx.Err() != nil {
						break
					}
				}
			}
			if bar != nil {
				bar.Finish()
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "dyad: import: %s in %v into %s\n", sum, time.Since(start).Round(time.Millisecond), name)
			if err := st.Close(); err != nil {
				return fmt.Errorf("closing %s: %w", name, err)
			}
			if ctx.Err() != nil {
				return errors.New("interrupted")
			}
			if sum.bad > 0 || sum.files > 0 {
				return fmt.Errorf("%d lines and %d files failed", sum.bad, sum.files)
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&db, "db", defaultDB, "store in `DSN`: a SQLite file name, sqlite:FILE, or postgres://...")
	fl.StringVar(&format, "format", "", "input `FORMAT`: gdelt1, gdelt1-backfile, gdelt2, icews or polecat (default: from the first line)")
	return cmd
}

// importSummary counts what an import did.
type importSummary struct {
	read, added, replaced, unchanged, bad, files int
}

func (s importSummary) String() string {
	return fmt.Sprintf("%d events: %d added, %d replaced, %d unchanged; %d bad lines, %d files failed",
		s.read, s.added, s.replaced, s.unchanged, s.bad, s.files)
}

// importFile imports the events of one file ("-": stdin) in batches,
// advancing bar (if any) by the bytes read.
func importFile(ctx context.Context, imp store.Importer, path string, f eventfile.Format, stdin io.Reader,
	stderr io.Writer, bar *progressbar.ProgressBar, sum *importSummary) error {
	var in io.Reader = stdin
	name := "standard input"
	if path != "-" {
		file, err := os.Open(path)
		if err != nil {
			return err
		}
		defer file.Close()
		in, name = file, path
		if bar != nil {
			r := progressbar.NewReader(file, bar)
			in = &r
		}
	}
	br := bufio.NewReaderSize(in, 1<<16)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 1<<16)
	}
	r := eventfile.NewReader(br, f)
	buf := make([]eventfile.Event, importBatch)
	rows := make([]store.ImportedEvent, 0, importBatch)
	for ctx.Err() == nil {
		n, bad, err := r.ReadBatch(buf)
		for _, b := range bad {
			sum.bad++
			fmt.Fprintf(stderr, "dyad: import: %s: %v\n", name, b)
		}
		if n > 0 {
			rows = rows[:0]
			for _, e := range buf[:n] {
				row, err := importedEvent(e)
				if err != nil {
					return fmt.Errorf("%s: event %s: %w", name, e.ExternalID, err)
				}
				rows = append(rows, row)
			}
			a, rp, u, err := imp.PutImported(ctx, rows)
			if err != nil {
				return fmt.Errorf("%s: storing events ending at line %d: %w", name, r.Line(), err)
			}
			sum.read += n
			sum.added, sum.replaced, sum.unchanged = sum.added+a, sum.replaced+rp, sum.unchanged+u
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			// a read error: a truncated or corrupt file, say
			return fmt.Errorf("%s: after line %d: %w", name, r.Line(), err)
		}
	}
	return ctx.Err()
}

// importedEvent turns a read event into the row a store keeps: its whole
// record as JSON beside the fields queries filter on.
func importedEvent(e eventfile.Event) (store.ImportedEvent, error) {
	rec, err := json.Marshal(e)
	if err != nil {
		return store.ImportedEvent{}, err
	}
	g := 0.0
	if e.Goldstein != nil {
		g = *e.Goldstein
	}
	story := e.StoryID
	if story == "" {
		story = e.URL
	}
	text := e.Text
	if text == "" {
		text = e.Headline
	}
	return store.ImportedEvent{Dataset: string(e.Dataset), ID: e.ExternalID, Date: e.Date,
		Source: e.Source.Code, Target: e.Target.Code, SourceName: e.Source.Name, TargetName: e.Target.Name,
		CAMEO: e.CAMEO, Quad: e.Quad, Goldstein: g, PLOVER: e.PLOVER, Mode: e.Mode, Story: story,
		Sentence: e.Sentence, Text: text, Record: store.JSON(rec)}, nil
}
