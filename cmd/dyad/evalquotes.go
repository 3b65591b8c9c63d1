package main

import (
	"encoding/json"
	"fmt"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/eval/quotes"
	"github.com/dyadproject/dyad/mention"
	"github.com/spf13/cobra"
)

func newEvalQuotesCmd(load loader) *cobra.Command {
	var gum, model string
	var perDoc bool
	cmd := &cobra.Command{
		Use:   "quotes --gum DIR [--model DIR] [--per-doc]",
		Short: "Score quotation extraction and attribution against GUM",
		Long: `Eval quotes runs the pipeline on the documents of a GUM corpus directory
(one holding splits.md, dep/*.conllu and xml/*.xml, such as
../shared/data/gum-news) and scores the quotations it finds against GUM's
quotation marks (<quote>) and attribution relations, with speakers checked
through GUM's coreference.

It reports, for dev and test together and per split: content precision,
recall and F1 with exact spans and with at least half the words shared,
speaker accuracy on matched quotations, and strict end-to-end F1 (content
and speaker), also per kind (direct, indirect, mixed). The last line of
standard output is one JSON object; --per-doc adds each document's scores.`,
		Example: `  dyad eval quotes --gum ../shared/data/gum-news
  dyad eval quotes --gum ../shared/data/gum-news | jq .dev_test`,
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if gum == "" {
				return usageErrorf(cmd, "--gum required")
			}
			p, err := load(model)
			if err != nil {
				return err
			}
			dict, err := actor.Default()
			if err != nil {
				return fmt.Errorf("built-in actor dictionaries: %w", err)
			}
			finder := &mention.Finder{Dict: dict}
			rep, err := quotes.Run(gum, func(d *dyad.Document) {
				p.Annotate(d)
				finder.Find(d)
			})
			if err != nil {
				return err
			}
			if !perDoc {
				rep.PerDoc = nil
			}
			return json.NewEncoder(cmd.OutOrStdout()).Encode(rep)
		},
	}
	f := cmd.Flags()
	f.StringVar(&gum, "gum", "", "GUM corpus `DIR` (required)")
	f.StringVar(&model, "model", "", "load the model bundle from `DIR` instead of the built-in one")
	f.BoolVar(&perDoc, "per-doc", false, "add each document's scores")
	return cmd
}
