package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/eval/ud"
	"github.com/dyadproject/dyad/nlp"
	"github.com/dyadproject/dyad/nlp/conllu"
	"github.com/spf13/cobra"
)

func newEvalCmd(load loader) *cobra.Command {
	return groupCmd("eval", "Score the models against gold data",
		`Eval runs the models over gold-annotated data and prints their scores.`,
		newEvalPetrarchCmd(load),
		newEvalUDCmd(load), newEvalNERCmd(load), newEvalQuotesCmd(load))
}

func newEvalUDCmd(load loader) *cobra.Command {
	var (
		file, model string
		raw         bool
	)
	cmd := &cobra.Command{
		Use:   "ud --file GOLD.conllu [--raw] [--model DIR]",
		Short: "Score tagging, lemmas and parsing against a UD treebank",
		Long: `Eval ud scores the model bundle against a gold Universal Dependencies treebank
in CoNLL-U, with the measures of the CoNLL 2018 shared task: UPOS, XPOS,
lemma, UAS and LAS (LAS compares relations without their subtypes, as the
shared task did; las_full compares them whole). Punctuation counts.

By default the models tag and parse the gold tokenization: one document per
gold sentence, one token per gold word, and every score is an accuracy.

With --raw, the raw text of each gold document ("# newdoc") is rebuilt from
the "# text" comments (sentences joined by a space, paragraphs ("# newpar")
by a blank line) and the models also segment and tokenize it. Words are then
aligned to the gold words through the characters they cover, as
conll18_ud_eval.py does, and every score is an F1 over aligned words; tokens,
sentences and words get F1 scores of their own.

A table goes to standard error. The last line of standard output is one JSON
object: sentences and words (gold counts), the scores as fractions from 0 to 1
(upos, xpos, lemma, uas, las, las_full; tokens_f1, sentences_f1, words_f1 with
--raw), and words_per_second, gold words over the time spent annotating.`,
		Example: `  dyad eval ud --file ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu
  dyad eval ud --file en_ewt-ud-dev.conllu --raw --model ./my-bundle
  dyad eval ud --file en_ewt-ud-test.conllu | tail -n 1 | jq .las`,
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if file == "" {
				return usageErrorf(cmd, "--file is required")
			}
			gold, err := readConllu(file)
			if err != nil {
				return err
			}
			if len(gold) == 0 {
				return fmt.Errorf("%s: no sentences", file)
			}
			p, err := load(model)
			if err != nil {
				return err
			}
			var docs []*dyad.Document
			if raw {
				docs = ud.RawDocuments(gold)
			} else {
				docs = make([]*dyad.Document, len(gold))
				for i, s := range gold {
					docs[i] = nlp.FromSentence(s)
				}
			}
			start := time.Now()
			for _, d := range docs {
				p.Annotate(d)
			}
			elapsed := time.Since(start)
			var r ud.Result
			if raw {
				r, err = ud.EvaluateRaw(gold, docs)
			} else {
				r, err = ud.Evaluate(gold, docs)
			}
			if err != nil {
				return err
			}
			printTable(cmd.ErrOrStderr(), file, r, elapsed)
			return json.NewEncoder(cmd.OutOrStdout()).Encode(newEvalReport(r, elapsed))
		},
	}
	f := cmd.Flags()
	f.StringVar(&file, "file", "", "gold treebank `FILE` in CoNLL-U (required)")
	f.BoolVar(&raw, "raw", false, "segment and tokenize the raw text too, and score as conll18_ud_eval.py")
	f.StringVar(&model, "model", "", "load the model bundle from `DIR` instead of the built-in one")
	return cmd
}

func readConllu(name string) ([]*conllu.Sentence, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return conllu.ReadAll(f, name)
}

// evalReport is the JSON summary of an evaluation.
type evalReport struct {
	Sentences      int      `json:"sentences"`
	Words          int      `json:"words"`
	TokensF1       *float64 `json:"tokens_f1,omitempty"`
	SentencesF1    *float64 `json:"sentences_f1,omitempty"`
	WordsF1        *float64 `json:"words_f1,omitempty"`
	UPOS           float64  `json:"upos"`
	XPOS           float64  `json:"xpos"`
	Lemma          float64  `json:"lemma"`
	UAS            float64  `json:"uas"`
	LAS            float64  `json:"las"`
	LASFull        float64  `json:"las_full"`
	WordsPerSecond float64  `json:"words_per_second"`
}

func newEvalReport(r ud.Result, elapsed time.Duration) evalReport {
	rep := evalReport{
		Sentences: r.Sentences.Gold,
		Words:     r.Words.Gold,
		UPOS:      round(r.UPOS.F1(), 6),
		XPOS:      round(r.XPOS.F1(), 6),
		Lemma:     round(r.Lemma.F1(), 6),
		UAS:       round(r.UAS.F1(), 6),
		LAS:       round(r.LAS.F1(), 6),
		LASFull:   round(r.LASFull.F1(), 6),
	}
	if r.Raw {
		t, s, w := round(r.Tokens.F1(), 6), round(r.Sentences.F1(), 6), round(r.Words.F1(), 6)
		rep.TokensF1, rep.SentencesF1, rep.WordsF1 = &t, &s, &w
	}
	if sec := elapsed.Seconds(); sec > 0 {
		rep.WordsPerSecond = round(float64(r.Words.Gold)/sec, 1)
	}
	return rep
}

func round(x float64, digits int) float64 {
	p := math.Pow(10, float64(digits))
	return math.Round(x*p) / p
}

// printTable writes the scores for people, in percent.
func printTable(w io.Writer, file string, r ud.Result, elapsed time.Duration) {
	mode := "gold tokenization"
	if r.Raw {
		mode = "raw text"
	}
	fmt.Fprintf(w, "%s: %d sentences, %d words, %s\n", file, r.Sentences.Gold, r.Words.Gold, mode)
	wps := 0.0
	if sec := elapsed.Seconds(); sec > 0 {
		wps = float64(r.Words.Gold) / sec
	}
	fmt.Fprintf(w, "annotated in %.2fs (%.0f words/s)\n", elapsed.Seconds(), wps)
	rows := []struct {
		name string
		s    ud.Score
	}{
		{"Tokens", r.Tokens}, {"Sentences", r.Sentences}, {"Words", r.Words},
		{"UPOS", r.UPOS}, {"XPOS", r.XPOS}, {"Lemmas", r.Lemma},
		{"UAS", r.UAS}, {"LAS", r.LAS}, {"LAS full", r.LASFull},
	}
	if !r.Raw {
		for _, row := range rows[3:] {
			fmt.Fprintf(w, "%-10s %6.2f%%  (%d/%d)\n", row.name, 100*row.s.F1(), row.s.Correct, row.s.Gold)
		}
		return
	}
	fmt.Fprintln(w, "Metric     | Precision |    Recall |  F1 Score | AligndAcc")
	fmt.Fprintln(w, "-----------+-----------+-----------+-----------+-----------")
	for _, row := range rows {
		acc := ""
		if row.s.Aligned > 0 {
			acc = fmt.Sprintf("%10.2f", 100*row.s.AlignedAccuracy())
		}
		fmt.Fprintf(w, "%-11s|%10.2f |%10.2f |%10.2f |%s\n", row.name,
			100*row.s.Precision(), 100*row.s.Recall(), 100*row.s.F1(), acc)
	}
}
