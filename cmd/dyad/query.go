package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/store"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

func newQueryCmd() *cobra.Command {
	return groupCmd("query", "List stored documents, events, quotations or actors",
		`Query lists what 'dyad ingest' stored: documents, coded events or the actors
mentioned, selected by filters. Actor-code filters are prefixes (--source PRK
matches PRK and PRKGOV), --cameo takes a code or a prefix (19 matches 190-196),
--from and --to bound the document date (inclusive; YYYY, YYYY-MM or
YYYY-MM-DD; either leaves out undated documents), --text looks for a string in titles and texts, in events'
sentences or in actors' mentions (case-insensitive), and --search looks up
words in the full-text index of titles and texts: every word, in any of its
forms ("sanction" finds "sanctions"), for the documents that hold them and
their events, quotations and actors.

Output is an aligned table on a terminal and tab-separated values with a
header line otherwise; --format table, tsv, csv or jsonl chooses.`,
		newQueryDocumentsCmd(), newQueryEventsCmd(), newQueryQuotesCmd(), newQueryActorsCmd())
}

// queryFlags are the flags query commands share.
type queryFlags struct {
	db, format, quad string
	f                store.Filter
}

func (q *queryFlags) add(cmd *cobra.Command, events bool) {
	f := cmd.Flags()
	f.StringVar(&q.db, "db", defaultDB, "read the store in `DSN`: a SQLite file name, sqlite:FILE, or postgres://...")
	f.StringVar(&q.format, "format", "", "output `FORMAT`: table, tsv, csv or jsonl (default: table on a terminal, else tsv)")
	if events {
		f.StringVar(&q.f.Source, "source", "", "events whose source actor code starts with `PREFIX`")
		f.StringVar(&q.f.Target, "target", "", "events whose target actor code starts with `PREFIX`")
		f.StringVar(&q.f.CAMEO, "cameo", "", "events with this CAMEO `CODE` or prefix")
		f.StringVar(&q.quad, "quad", "", "events of quad class `N`: 1 verbal cooperation, 2 material cooperation, "+
			"3 verbal conflict, 4 material conflict")
	} else {
		f.StringVar(&q.f.Actor, "actor", "", "actor codes that start with `PREFIX`")
	}
	f.StringVar(&q.f.From, "from", "", "documents dated on or after `DATE`")
	f.StringVar(&q.f.To, "to", "", "documents dated on or before `DATE`")
	f.StringVar(&q.f.Text, "text", "", "containing `WORDS`")
	f.StringVar(&q.f.Search, "search", "", "in documents that contain all these `WORDS`, in any form (full-text index)")
	f.IntVar(&q.f.Limit, "limit", 0, "print at most `N` rows (0: all)")
}

// addDataset adds --dataset, which selects imported events (dyad import).
func (q *queryFlags) addDataset(cmd *cobra.Command) {
	cmd.Flags().StringVar(&q.f.Dataset, "dataset", "", "events imported from `DATASET` (gdelt1, gdelt2, icews, "+
		"polecat; see 'dyad import'), or all for those and dyad's own (default: dyad's own)")
}

// prepare checks the flags and opens the store.
func (q *queryFlags) prepare(cmd *cobra.Command) (store.Store, error) {
	q.f.Source = strings.ToUpper(q.f.Source)
	q.f.Target = strings.ToUpper(q.f.Target)
	q.f.Actor = strings.ToUpper(q.f.Actor)
	if q.quad != "" {
		n, err := parseQuad(q.quad)
		if err != nil {
			return nil, usageErrorf(cmd, "--quad: %v", err)
		}
		q.f.Quad = n
	}
	if err := q.f.Validate(); err != nil {
		return nil, usageErrorf(cmd, "%v", err)
	}
	switch q.format {
	case "":
		q.format = "tsv"
		if f, ok := cmd.OutOrStdout().(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			q.format = "table"
		}
	case "table", "tsv", "csv", "jsonl":
	default:
		return nil, usageErrorf(cmd, "--format must be table, tsv, csv or jsonl, not %q", q.format)
	}
	st, _, err := openStore(q.db, false)
	return st, err
}

// parseQuad reads a quad class as a number or a name.
func parseQuad(s string) (int, error) {
	if n, err := strconv.Atoi(s); err == nil {
		if n < 1 || n > 4 {
			return 0, fmt.Errorf("quad class %d is not 1 to 4", n)
		}
		return n, nil
	}
	name := strings.ReplaceAll(strings.ToLower(s), "-", " ")
	for q := cameo.Quad(1); q <= 4; q++ {
		if q.String() == name {
			return int(q), nil
		}
	}
	return 0, fmt.Errorf("%q is not a quad class (1-4, or verbal-cooperation, material-cooperation, "+
		"verbal-conflict, material-conflict)", s)
}

func newQueryDocumentsCmd() *cobra.Command {
	var q queryFlags
	cmd := &cobra.Command{
		Use:   "documents [--db DSN] [FILTERS]",
		Short: "List stored documents",
		Long: `Documents lists stored documents in date order: id, date, title, URL and the
numbers of sentences, mentions and events found in them. Event filters
(--source, --target, --cameo, --quad) select documents with such an event.`,
		Example: `  dyad query documents --from 2023-01 --to 2023-03
  dyad query documents --source PRK --cameo 19 --format csv`,
		DisableFlagsInUseLine: true,
		Args:                  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := q.prepare(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			w := newRowWriter(cmd.OutOrStdout(), q.format,
				[]string{"id", "date", "title", "url", "sentences", "mentions", "events"}, map[int]int{2: 50, 3: 50})
			err = st.Documents(context.Background(), q.f, func(r store.DocumentRow) error {
				return w.row(r, r.ID, r.Date, r.Title, r.URL, itoa(r.Sentences), itoa(r.Mentions), itoa(r.Events))
			})
			return w.close(err)
		},
	}
	q.add(cmd, true)
	return cmd
}

func newQueryEventsCmd() *cobra.Command {
	var q queryFlags
	cmd := &cobra.Command{
		Use:   "events [--db DSN] [FILTERS]",
		Short: "List coded events with their provenance",
		Long: `Events lists coded events in date order: the date, source and target actor
codes, CAMEO code, quad class and Goldstein score, the words of the source,
trigger and target, and where they come from: the document id, the sentence
index and the sentence's byte offsets in the document's text (start, end),
and the sentence itself.

--dataset lists events imported with 'dyad import' (GDELT, ICEWS, POLECAT)
instead, or with dyad's own (all); their document is the dataset's story id
or URL, and two more columns give the dataset and the event's id there.`,
		Example: `  dyad query events --source PRK --target USA --from 2023
  dyad query events --dataset all --source PRK --from 2023-01
  dyad query events --cameo 19 --quad material-conflict --format jsonl
  dyad query events --text missile --limit 20`,
		DisableFlagsInUseLine: true,
		Args:                  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := q.prepare(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			header := []string{"date", "source", "cameo", "target", "quad", "goldstein", "source_text", "trigger",
				"target_text", "doc", "sentence", "start", "end", "text"}
			if q.f.Dataset != "" {
				header = append(header, "dataset", "id")
			}
			w := newRowWriter(cmd.OutOrStdout(), q.format, header, map[int]int{6: 30, 8: 30, 9: 30, 13: 60})
			err = st.Events(context.Background(), q.f, func(r store.EventRow) error {
				fields := []string{r.Date, r.Source, r.CAMEO, r.Target, itoa(r.Quad),
					strconv.FormatFloat(r.Goldstein, 'f', -1, 64), r.SourceText, r.Trigger, r.TargetText, r.Doc,
					itoa(r.Sentence), itoa(r.Start), itoa(r.End), r.Text}
				if q.f.Dataset != "" {
					ds := r.Dataset
					if ds == "" {
						ds = "dyad"
					}
					fields = append(fields, ds, r.ID)
				}
				return w.row(r, fields...)
			})
			return w.close(err)
		},
	}
	q.add(cmd, true)
	q.addDataset(cmd)
	return cmd
}

func newQueryQuotesCmd() *cobra.Command {
	var q queryFlags
	cmd := &cobra.Command{
		Use:   "quotes [--db DSN] [--actor PREFIX] [--from DATE] [--to DATE] [--text WORDS]",
		Short: "List quotations with their speakers",
		Long: `Quotes lists stored quotations in date order: the date, the speaker's actor
code, name, title and organisation, the kind (direct, indirect, mixed), the
cue, the words said, and where they are: the document id and the content's
byte offsets in its text. --actor selects speakers by actor code prefix.`,
		Example: `  dyad query quotes --actor PRK --from 2023
  dyad query quotes --text sanctions --format jsonl`,
		DisableFlagsInUseLine: true,
		Args:                  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := q.prepare(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			w := newRowWriter(cmd.OutOrStdout(), q.format,
				[]string{"date", "speaker_actor", "speaker", "speaker_title", "speaker_org", "kind", "cue", "text",
					"doc", "start", "end"},
				map[int]int{2: 25, 3: 25, 4: 25, 7: 60, 8: 30})
			err = st.Quotes(context.Background(), q.f, func(r store.QuoteRow) error {
				return w.row(r, r.Date, r.SpeakerActor, r.Speaker, r.SpeakerTitle, r.SpeakerOrg, r.Kind, r.Cue,
					r.Text, r.Doc, itoa(r.Start), itoa(r.End))
			})
			return w.close(err)
		},
	}
	q.add(cmd, false)
	return cmd
}

func newQueryActorsCmd() *cobra.Command {
	var q queryFlags
	cmd := &cobra.Command{
		Use:   "actors [--db DSN] [--actor PREFIX] [--from DATE] [--to DATE] [--text WORDS]",
		Short: "List the actors mentioned, the most mentioned first",
		Long: `Actors lists the actor codes mentioned in the stored documents, the most
mentioned first: the code, the name most often given, the numbers of
mentions and documents, of events with the actor as source and as target, and
the first and last document dates.`,
		Example: `  dyad query actors --limit 20
  dyad query actors --actor RUS --from 2022-02 --to 2022-03`,
		DisableFlagsInUseLine: true,
		Args:                  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := q.prepare(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			w := newRowWriter(cmd.OutOrStdout(), q.format,
				[]string{"actor", "name", "mentions", "documents", "as_source", "as_target", "first", "last"},
				map[int]int{1: 40})
			err = st.Actors(context.Background(), q.f, func(r store.ActorRow) error {
				return w.row(r, r.Actor, r.Name, itoa(r.Mentions), itoa(r.Documents), itoa(r.AsSource),
					itoa(r.AsTarget), r.First, r.Last)
			})
			return w.close(err)
		},
	}
	q.add(cmd, false)
	return cmd
}

func itoa(n int) string { return strconv.Itoa(n) }

// rowWriter prints query results as a table, TSV, CSV or JSONL.
type rowWriter struct {
	format string
	out    *bufio.Writer
	tw     *tabwriter.Writer
	cw     *csv.Writer
	widths map[int]int // table columns cut to a width
}

func newRowWriter(w io.Writer, format string, header []string, widths map[int]int) *rowWriter {
	r := &rowWriter{format: format, out: bufio.NewWriter(w), widths: widths}
	switch format {
	case "table":
		r.tw = tabwriter.NewWriter(r.out, 0, 0, 2, ' ', 0)
		fmt.Fprintln(r.tw, strings.ToUpper(strings.Join(header, "\t")))
	case "csv":
		r.cw = csv.NewWriter(r.out)
		r.cw.Write(header)
	case "tsv":
		fmt.Fprintln(r.out, strings.Join(header, "\t"))
	}
	return r
}

// row writes one row: v as JSON, or fields as columns.
func (r *rowWriter) row(v any, fields ...string) error {
	switch r.format {
	case "jsonl":
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		r.out.Write(b)
		return r.out.WriteByte('\n')
	case "csv":
		return r.cw.Write(fields)
	}
	for i, f := range fields {
		f = tsvField(f)
		if r.tw != nil {
			f = cut(f, r.widths[i])
		}
		fields[i] = f
	}
	var err error
	if r.tw != nil {
		_, err = fmt.Fprintln(r.tw, strings.Join(fields, "\t"))
	} else {
		_, err = fmt.Fprintln(r.out, strings.Join(fields, "\t"))
	}
	return err
}

// close flushes the output and returns the query's error, if any.
func (r *rowWriter) close(err error) error {
	if r.tw != nil {
		r.tw.Flush()
	}
	if r.cw != nil {
		r.cw.Flush()
		if err == nil {
			err = r.cw.Error()
		}
	}
	if ferr := r.out.Flush(); err == nil {
		err = ferr
	}
	return err
}

// cut shortens s to n runes with an ellipsis (n 0: no limit).
func cut(s string, n int) string {
	if n <= 0 || utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
