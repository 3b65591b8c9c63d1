package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"github.com/dyadproject/dyad/source"
	"io"
	"strings"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/engine"
	"github.com/dyadproject/dyad/event/petrarchcode"
	"github.com/spf13/cobra"
)

func newCodeCmd(load loader) *cobra.Command {
	var (
		model, input, format, date string
		actorFiles, verbFiles      []string
		pf                         petrarchcode.Files
		untargeted                 bool
	)
	cmd := &cobra.Command{
		Use:   "code [--input FORMAT] [--format jsonl|tsv] [--date YYYY-MM-DD] [--actors FILE]... [FILE...]",
		Short: "Code events, quotations and actors in news text (JSONL)",
		Long: `Code reads documents from each FILE, or standard input when there is none or
FILE is "-", runs the whole pipeline on them and prints what it found.

Inputs are read as 'dyad ingest' reads them: plain UTF-8 text (one document
per file), HTML pages, RSS/Atom feeds, WARC archives, JSONL with one document
a line ({"id","title","date","url","text"} or "html"), each also gzipped, and
directories, walked; the format is chosen by name and content, or by --input
(text, html, feed, warc or jsonl). Documents whose source gives no date take
--date. A file or record that cannot be read is reported with its path and
line or offset, and the rest goes on.

Output (--format jsonl, the default) is one JSON object per document:
  {"id","title","url","date",
   "events":[{"sentence","start","end","source","target","cameo","plover","mode",
     "goldstein","quad","negated","reported","source_text","target_text","trigger",
     "trigger_start","trigger_end","source_mention","target_mention","pattern"}],
   "quotes":[{"start","end","text","kind","cue","cue_start","cue_end","speaker",
     "speaker_title","speaker_org","speaker_actor","speaker_start","speaker_end",
     "speaker_mention","about"}],
   "mentions":[{"start","end","text","sentence","type","name","actor","antecedent"}]}
An event's start and end are its sentence's bytes; its trigger's bytes are
trigger_start and trigger_end; source_mention and target_mention index
"mentions" (-1: no target); pattern names the dictionary line that matched.
where start and end are byte offsets into the document's text, actor is the
CAMEO actor code (PRKGOV, USA, IGOUNO) the whole noun phrase resolves to as of
the document's date, name the canonical actor or person, and antecedent the
index of the earlier mention a repeated name refers back to (-1 if none).
--format tsv prints one event a line, tab-separated: id, date, sentence,
start, end, source, target, cameo, plover, goldstein, quad, negated, trigger,
source_text, target_text.

--actors adds actor dictionary files (dyad's format or PETRARCH's) over the
built-in dictionaries. --petrarch-verbs codes events with a PETRARCH verb
dictionary instead (the Phoenix CAMEO.2.0 dictionaries, say), with actors from
--petrarch-actors and --petrarch-agents; those events carry the
dictionaries' codes and no mention indices.`,
		Example: `  dyad code article.txt
  dyad code --date 2023-01-29 article.txt
  dyad code stories.jsonl > coded.jsonl
  cat stories.jsonl | dyad code --format tsv | cut -f8 | sort | uniq -c`,
		DisableFlagsInUseLine: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			srcFormat := source.Auto
			if input != "" {
				var err error
				if srcFormat, err = source.ParseFormat(input); err != nil {
					return usageErrorf(cmd, "--input: %v", err)
				}
			}
			if format != "jsonl" && format != "tsv" {
				return usageErrorf(cmd, "--format must be jsonl or tsv, not %q", format)
			}
			if date != "" {
				if _, err := actor.ParseDate(date); err != nil {
					return usageErrorf(cmd, "--date: %v", err)
				}
			}
			if len(args) == 0 {
				args = []string{"-"}
			}
			p, err := load(model)
			if err != nil {
				return err
			}
			e, err := newEngine(p, actorFiles, verbFiles, true)
			if err != nil {
				return err
			}
			e.Events.Untargeted = untargeted
			var pc *petrarchcode.Coder
			if pf.Verbs != "" {
				var warnings []error
				if pc, warnings, err = petrarchcode.Load(pf); err != nil {
					return err
				}
				for _, w := range warnings {
					fmt.Fprintf(cmd.ErrOrStderr(), "dyad: warning: %v\n", w)
				}
				e.Events = nil // events come from the PETRARCH dictionaries
			} else if len(pf.Actors)+len(pf.Agents) > 0 || pf.Discards != "" {
				return usageErrorf(cmd, "--petrarch-actors, --petrarch-agents and --petrarch-discards need --petrarch-verbs")
			}
			out := bufio.NewWriter(cmd.OutOrStdout())
			stderr := cmd.ErrOrStderr()
			failed := 0
			src := source.Options{Format: srcFormat, Date: date, Stdin: cmd.InOrStdin()}
			for d, err := range src.Documents(args...) {
				if err != nil {
					fmt.Fprintf(stderr, "dyad: %v\n", err)
					failed++
					continue
				}
				e.Process(d)
				r := engine.NewRecord(d)
				if pc != nil {
					date, _ := actor.ParseDate(d.Date)
					r.Events = engine.PetrarchEvents(d, pc.Code(d, date, petrarchcode.DefaultOptions()))
				}
				if err := writeRecord(out, r, format); err != nil {
					return err
				}
			}
			if err := out.Flush(); err != nil {
				return err
			}
			if failed > 0 {
				return fmt.Errorf("%d inputs or records failed", failed)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&model, "model", "", "load the model bundle from `DIR` instead of the built-in one")
	f.StringVar(&input, "input", "", "input `FORMAT`: text, html, feed, warc or jsonl (default: from the name and content)")
	f.StringVar(&format, "format", "jsonl", "output `FORMAT`: jsonl or tsv")
	f.StringVar(&date, "date", "", "date plain-text documents `YYYY-MM-DD` (for officials' terms of office)")
	f.StringSliceVar(&actorFiles, "actors", nil, "add actor dictionary `FILES` over the built-in ones")
	f.StringSliceVar(&verbFiles, "verbs", nil, "add verb dictionary `FILES` (dyad's format) to the built-in one")
	f.BoolVar(&untargeted, "untargeted", false, "also code events that find no target actor")
	f.StringVar(&pf.Verbs, "petrarch-verbs", "", "code events with a PETRARCH-1/2 verb dictionary `FILE` (CAMEO.2.0.txt, ...) instead of dyad's")
	f.StringSliceVar(&pf.Actors, "petrarch-actors", nil, "PETRARCH actor dictionary `FILES` for --petrarch-verbs (Phoenix.Countries.actors.txt, ...)")
	f.StringSliceVar(&pf.Agents, "petrarch-agents", nil, "PETRARCH agent dictionary `FILES` for --petrarch-verbs")
	f.StringVar(&pf.Discards, "petrarch-discards", "", "PETRARCH discard dictionary `FILE` for --petrarch-verbs")
	return cmd
}

func writeRecord(w io.Writer, r engine.Record, format string) error {
	if format == "tsv" {
		for _, e := range r.Events {
			if _, err := fmt.Fprintf(w, "%s\t%s\t%d\t%d\t%d\t%s\t%s\t%s\t%s\t%g\t%d\t%t\t%s\t%s\t%s\n",
				tsvField(r.ID), r.Date, e.Sentence, e.Start, e.End, e.Source, e.Target, e.CAMEO, e.PLOVER,
				e.Goldstein, e.Quad, e.Negated, tsvField(e.Trigger), tsvField(e.SourceText), tsvField(e.TargetText)); err != nil {
				return err
			}
		}
		return nil
	}
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

func tsvField(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}
