package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/event/petrarch"
	"github.com/dyadproject/dyad/event/petrarchcode"
	"github.com/spf13/cobra"
)

func newEvalPetrarchCmd(load loader) *cobra.Command {
	var (
		records, model, verbs, agents, discards, pico string
		actorFiles                                    []string
	)
	cmd := &cobra.Command{
		Use:   "petrarch --records FILE.xml [--verbs FILE] [--actors FILE]... [--agents FILE] [--discards FILE] [--model DIR]",
		Short: "Score PETRARCH-dictionary coding against PETRARCH's validation records",
		Long: `Eval petrarch codes the sentences of a PETRARCH records file
(PETR.UnitTest.records.xml, PETR_Validate_records_2_02.xml) with the PETRARCH
dictionaries its <Environment> names, and scores the result as PETRARCH does.

Each record's <Text> is segmented, tagged and parsed by the model bundle (the
built-in one, or --model DIR); its <Parse> is never read. The verb patterns,
actors and agents of the dictionaries are then matched over dyad's own parse
(see package event/petrarchcode). Dictionary paths in the <Environment> are
relative to the records file; --verbs, --actors (repeatable), --agents,
--discards and --pico replace them. <Config> options (require_dyad, the
comma_* limits) apply from where they stand.

A record is right when the set of (source, target, code) coded equals the set
its <EventCoding> elements give; one marked noevents, or expecting an error,
is right when nothing is coded. Records marked evaluate="false", records with
no <EventCoding> and records after a <Stop> are not scored.

Standard output lists each record coded wrong, with the events wanted and
got and the pattern behind each event got, then the score of each
category. Lines of the dictionaries that were skipped are reported on
standard error. The last line of standard output is one JSON object:
records (scored), correct, accuracy (a fraction from 0 to 1) and crashed (records
whose coding panicked, counted as wrong).`,
		Example: `  dyad eval petrarch --records ../shared/data/petrarch-unittest/PETR.UnitTest.records.xml
  dyad eval petrarch --records ../shared/data/udpetrarch-validation/PETR_Validate_records_2_02.xml | tail -n 1 | jq .accuracy
  dyad eval petrarch --records records.xml --verbs my.verbs.txt --actors a.txt --actors b.txt`,
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if records == "" {
				return usageErrorf(cmd, "--records is required")
			}
			f, err := os.Open(records)
			if err != nil {
				return err
			}
			recs, rerr := petrarch.ReadRecords(f, records)
			f.Close()
			if recs == nil {
				return rerr
			}
			if rerr != nil {
				warn(cmd.ErrOrStderr(), rerr)
			}
			files := petrarchcode.FilesOf(recs.Environment)
			if verbs != "" {
				files.Verbs = verbs
			}
			if len(actorFiles) > 0 {
				files.Actors = actorFiles
			}
			if agents != "" {
				files.Agents = []string{agents}
			}
			if discards != "" {
				files.Discards = discards
			}
			if pico != "" {
				files.PICO = pico
			}
			coder, warnings, err := petrarchcode.Load(files)
			if err != nil {
				return err
			}
			for _, w := range warnings {
				warn(cmd.ErrOrStderr(), w)
			}
			p, err := load(model)
			if err != nil {
				return err
			}
			res := petrarchcode.Evaluate(recs, coder, p)
			out := cmd.OutOrStdout()
			printPetrarchFailures(out, res)
			return json.NewEncoder(out).Encode(petrarchReport{
				Records: res.Records, Correct: res.Correct, Accuracy: round(res.Accuracy(), 6), Crashed: res.Crashed,
			})
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&records, "records", "", "PETRARCH records `FILE.xml` (required)")
	fl.StringVar(&verbs, "verbs", "", "verb dictionary `FILE` instead of the <Verbfile>")
	fl.StringArrayVar(&actorFiles, "actors", nil, "actor dictionary `FILE` instead of the <Actorfile>s (repeatable)")
	fl.StringVar(&agents, "agents", "", "agent dictionary `FILE` instead of the <Agentfile>")
	fl.StringVar(&discards, "discards", "", "discard dictionary `FILE` instead of the <Discardfile>")
	fl.StringVar(&pico, "pico", "", "PICO coding ontology `FILE` instead of the <PICOfile>")
	fl.StringVar(&model, "model", "", "load the model bundle from `DIR` instead of the built-in one")
	return cmd
}

// petrarchReport is the JSON summary of a PETRARCH evaluation.
type petrarchReport struct {
	Records  int     `json:"records"`
	Correct  int     `json:"correct"`
	Accuracy float64 `json:"accuracy"`
	Crashed  int     `json:"crashed"`
}

// warn writes the problems a dictionary or records reader reports, one a
// line.
func warn(w io.Writer, err error) {
	switch l := err.(type) {
	case petrarch.ErrorList:
		for _, e := range l {
			fmt.Fprintf(w, "warning: %v\n", e)
		}
	case actor.ErrorList:
		for _, e := range l {
			fmt.Fprintf(w, "warning: %v\n", e)
		}
	default:
		fmt.Fprintf(w, "warning: %v\n", err)
	}
}

// printPetrarchFailures writes the records coded wrong, then the score of
// each category.
func printPetrarchFailures(w io.Writer, res petrarchcode.Result) {
	events := func(es []string) string {
		if len(es) == 0 {
			return "(none)"
		}
		return strings.Join(es, "; ")
	}
	for _, f := range res.Failures {
		fmt.Fprintf(w, "FAIL %s [%s] %s\n", f.ID, f.Category, f.Text)
		fmt.Fprintf(w, "  want: %s\n  got:  %s\n", events(f.Want), events(f.Got))
		for _, p := range f.Patterns {
			fmt.Fprintf(w, "    %s\n", p)
		}
		if f.Panic != "" {
			fmt.Fprintf(w, "  crashed: %s\n", f.Panic)
		}
	}
	cats := make([]string, 0, len(res.Categories))
	for c := range res.Categories {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	fmt.Fprintln(w, "category    correct/records")
	for _, c := range cats {
		t := res.Categories[c]
		fmt.Fprintf(w, "%-10s  %4d/%-4d %6.1f%%\n", c, t.Correct, t.Records, 100*float64(t.Correct)/float64(max(t.Records, 1)))
	}
	fmt.Fprintf(w, "%-10s  %4d/%-4d %6.1f%%\n", "all", res.Correct, res.Records, 100*res.Accuracy())
}
