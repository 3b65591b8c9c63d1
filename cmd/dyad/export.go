package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/dyadproject/dyad/eventfile"
	"github.com/dyadproject/dyad/store"
	"github.com/spf13/cobra"
)

func newExportCmd() *cobra.Command {
	var (
		q       queryFlags
		output  string
		negated bool
	)
	cmd := &cobra.Command{
		Use:   "export --format FORMAT [--db DSN] [FILTERS] [-o FILE]",
		Short: "Write stored events as GDELT, ICEWS or POLECAT event files",
		Long: `Export writes the events 'dyad ingest' stored in the event file formats
analysts already use, so that tools built for those datasets read dyad's:

  gdelt1           GDELT 1.0 daily event file: 58 tab-separated columns
  gdelt1-backfile  GDELT 1.0 historical backfile: 57 columns, no SOURCEURL
  gdelt2           GDELT 2.0 event export: 61 columns
  icews            ICEWS coded event data: a header and 20 columns
  polecat          POLECAT event data: a header and 43 columns

Filters select events as in 'dyad query events': --source and --target are
actor-code prefixes, --cameo a code or prefix, --quad a quad class, --from and
--to bound the document date, --text looks for words in the sentence, and
--limit caps the number of events written.

What each format cannot hold is lost: GDELT gets dyad's actor codes split
into country and sectors, the words of the mentions as names, and the
document key as SOURCEURL; ICEWS gets names and country names instead of
codes; POLECAT gets PLOVER event types, and events whose CAMEO codes PLOVER
drops (01 statements, 02 appeals) are left out. Identifiers that must be
numbers are stable hashes of dyad's. No format can say that an event did not
happen, so negated events ("did not attack") are left out unless --negated.

Events without a date cannot be written (every format needs one) and are
reported; the exit status is then 1. A summary line is printed on standard
error. With -o the file is written whole or not at all.`,
		Example: `  dyad export --format gdelt2 -o events.csv
  dyad export --format icews --source PRK --from 2023-01 --to 2023-03 -o prk.tab
  dyad export --db corpus.db --format polecat --quad 4 > conflict.txt`,
		DisableFlagsInUseLine: true,
		Args:                  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if q.format == "" {
				return usageErrorf(cmd, "export needs --format: gdelt1, gdelt1-backfile, gdelt2, icews or polecat")
			}
			format, err := eventfile.ParseFormat(q.format)
			if err != nil || format == eventfile.Auto {
				return usageErrorf(cmd, "--format must be gdelt1, gdelt1-backfile, gdelt2, icews or polecat, not %q",
					q.format)
			}
			q.format = "tsv" // prepare checks the formats of query; export has its own
			st, err := q.prepare(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			// The limit counts events written, not rows read.
			limit := q.f.Limit
			q.f.Limit = 0

			out, commit, abort, err := openOutput(output, cmd.OutOrStdout())
			if err != nil {
				return err
			}
			ex := &exporter{w: eventfile.NewWriter(out, format), format: format, negated: negated, limit: limit,
				stderr: cmd.ErrOrStderr()}
			err = st.Events(cmd.Context(), q.f, ex.event)
			if errors.Is(err, errLimit) {
				err = nil
			}
			if err == nil {
				err = ex.w.Flush()
			}
			if err == nil {
				err = commit()
			} else {
				abort()
			}
			name := output
			if name == "" || name == "-" {
				name = "standard output"
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "dyad: export: %s to %s\n", ex.summary(), name)
			if err != nil {
				return err
			}
			if ex.failed > 0 {
				return fmt.Errorf("%d events could not be written", ex.failed)
			}
			return nil
		},
	}
	q.add(cmd, true)
	q.addDataset(cmd)
	f := cmd.Flags()
	f.Lookup("format").Usage = "write `FORMAT`: gdelt1, gdelt1-backfile, gdelt2, icews or polecat"
	f.Lookup("limit").Usage = "write at most `N` events (0: all)"
	f.StringVarP(&output, "output", "o", "", "write to `FILE` instead of standard output")
	f.BoolVar(&negated, "negated", false, "also write negated events, as if they had happened")
	return cmd
}

// errLimit stops the query once --limit events are written.
var errLimit = errors.New("limit reached")

// exporter writes the events of a query and counts what it leaves out.
type exporter struct {
	w       *eventfile.Writer
	format  eventfile.Format
	negated bool
	limit   int
	stderr  io.Writer

	written, skippedNegated, noPLOVER, failed int
}

// maxReported is the number of unwritable events reported one by one.
const maxReported = 10

func (x *exporter) event(r store.EventRow) error {
	if r.Negated && !x.negated {
		x.skippedNegated++
		return nil
	}
	err := x.w.Write(eventfile.FromRow(r))
	var ee *eventfile.EventError
	switch {
	case err == nil:
		x.written++
		if x.limit > 0 && x.written >= x.limit {
			return errLimit
		}
	case errors.Is(err, eventfile.ErrNoPLOVER):
		x.noPLOVER++ // POLECAT has no such events: by design, not a failure
	case errors.As(err, &ee):
		x.failed++
		if x.failed <= maxReported {
			fmt.Fprintf(x.stderr, "dyad: export: %v\n", err)
		}
	default:
		return err
	}
	return nil
}

func (x *exporter) summary() string {
	s := fmt.Sprintf("%d events written as %v", x.written, x.format)
	if x.skippedNegated > 0 {
		s += fmt.Sprintf(", %d negated left out", x.skippedNegated)
	}
	if x.noPLOVER > 0 {
		s += fmt.Sprintf(", %d without a PLOVER event type left out", x.noPLOVER)
	}
	if x.failed > 0 {
		s += fmt.Sprintf(", %d failed", x.failed)
		if x.failed > maxReported {
			s += fmt.Sprintf(" (%d not shown)", x.failed-maxReported)
		}
	}
	return s
}

// openOutput returns where to write: stdout for "" and "-", else a
// temporary file beside name that commit renames to name and abort
// removes.
func openOutput(name string, stdout io.Writer) (w io.Writer, commit func() error, abort func(), err error) {
	if name == "" || name == "-" {
		return stdout, func() error { return nil }, func() {}, nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*.tmp")
	if err != nil {
		return nil, nil, nil, err
	}
	commit = func() error {
		err := tmp.Chmod(0o644) // CreateTemp makes it private
		if err == nil {
			err = tmp.Close()
		}
		if err != nil {
			os.Remove(tmp.Name())
			return err
		}
		if err := os.Rename(tmp.Name(), name); err != nil {
			os.Remove(tmp.Name())
			return err
		}
		return nil
	}
	abort = func() {
		tmp.Close()
		os.Remove(tmp.Name())
	}
	return tmp, commit, abort, nil
}
