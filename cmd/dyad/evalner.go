package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	evalner "github.com/dyadproject/dyad/eval/ner"
	"github.com/dyadproject/dyad/nlp"
	"github.com/dyadproject/dyad/nlp/cluster"
	"github.com/dyadproject/dyad/nlp/ner"
	"github.com/dyadproject/dyad/nlp/tag"
	"github.com/spf13/cobra"
)

// nerTagger is what named-entity recognition needs of a model bundle
// (*nlp.Pipeline): the part-of-speech tags of gold-tokenized words, and
// the word classes the recogniser was trained with.
type nerTagger interface {
	Tag(forms []string) []tag.Class
	Clusters() *cluster.Clusters
	NER() *ner.Model // the bundle's recogniser, nil when it has none
}

// loadTagger loads the bundle in dir (the built-in one when dir is "") for
// its tagger.
func loadTagger(load loader, dir string) (nerTagger, error) {
	a, err := load(dir)
	if err != nil {
		return nil, err
	}
	t, ok := a.(nerTagger)
	if !ok {
		return nil, fmt.Errorf("the model bundle cannot tag gold-tokenized words")
	}
	return t, nil
}

func newEvalNERCmd(load loader) *cobra.Command {
	var file, model, nerFile string
	cmd := &cobra.Command{
		Use:   "ner --file GOLD.iob2 [--ner FILE] [--model DIR]",
		Short: "Score named-entity recognition against IOB2 gold data",
		Long: `Eval ner scores the named-entity recogniser against gold entities in the IOB2
format of Universal NER (one word per line: index, word, tag; see
'dyad train ner'). Each gold sentence is tagged with the model bundle's
part-of-speech tagger over its gold words, then the recogniser finds its
people (PER), organisations (ORG) and locations (LOC).

Scores are conlleval's: an entity counts as found only with exactly the gold
span and type; precision, recall and F1 are micro-averaged over entities,
overall and per type.

The recogniser is the model bundle's (the built-in one, or --model DIR);
--ner scores instead a model file that 'dyad train ner' wrote, which must be
used with the bundle it was trained with, whose word classes it relies on.

A table goes to standard error. The last line of standard output is one JSON
object: sentences, precision, recall and f1 (fractions from 0 to 1), and
per_type, which gives precision, recall, f1, gold and predicted for PER, ORG
and LOC.`,
		Example: `  dyad eval ner --file ../shared/data/uner-english-ewt/en_ewt-ud-test.iob2
  dyad eval ner --ner ner.bin --model ./my-bundle --file dev.iob2 | tail -n 1 | jq .per_type.PER.f1`,
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			var missing []string
			if file == "" {
				missing = append(missing, "--file")
			}
			if len(missing) > 0 {
				return usageErrorf(cmd, "%s required", strings.Join(missing, " and "))
			}
			gold, err := readIOB2(file)
			if err != nil {
				return err
			}
			if len(gold) == 0 {
				return fmt.Errorf("%s: no sentences", file)
			}
			t, err := loadTagger(load, model)
			if err != nil {
				return err
			}
			m := t.NER()
			if nerFile != "" {
				if m, err = readNERModel(nerFile, t); err != nil {
					return err
				}
			}
			if m == nil {
				return fmt.Errorf("the model bundle has no named-entity recogniser; pass --ner FILE")
			}
			tagNER(t, gold)
			start := time.Now()
			var r evalner.Result
			for _, s := range gold {
				r.Add(s.Entities(), m.Recognize(s.Forms, s.UPOS))
			}
			elapsed := time.Since(start)
			printNERTable(cmd.ErrOrStderr(), file, gold, r, elapsed)
			return json.NewEncoder(cmd.OutOrStdout()).Encode(newNERReport(r))
		},
	}
	f := cmd.Flags()
	f.StringVar(&file, "file", "", "gold `FILE` in IOB2 (required)")
	f.StringVar(&nerFile, "ner", "", "score the recogniser model `FILE` written by 'dyad train ner' instead of the bundle's")
	f.StringVar(&model, "model", "", "load the model bundle from `DIR` instead of the built-in one")
	return cmd
}

func newTrainNERCmd() *cobra.Command { return newTrainNERCmdWith(loadPipeline) }

func newTrainNERCmdWith(load loader) *cobra.Command {
	var (
		train, dev, gum []string
		model, out      string
		bundleOut       string
		test            []string
		names           bool
		opt             ner.Options
	)
	cmd := &cobra.Command{
		Use:   "ner --train FILE[,FILE...] [--dev FILE] [--model DIR] --out FILE | --bundle-out DIR",
		Short: "Train the named-entity recogniser on IOB2 data",
		Long: `Train ner trains the named-entity recogniser (people, organisations and
locations) on gold data in the IOB2 format of Universal NER and writes the
model to FILE.

IOB2 files hold "# sent_id" and "# newdoc id" comments, then one word per
line, tab-separated: its index, the word, its tag (B-PER, I-PER, ..., O) and
optionally more columns, which are ignored; a blank line ends a sentence.
The OTH type and stray B-O tags of UNER's first English release become O.

The recogniser uses part-of-speech tags and word classes from a model
bundle (the built-in one, or --model DIR): training tags each sentence with
the bundle's tagger, and the model must be used with the same bundle.
--dev data is only scored after each pass, for the log. --train and --dev
take comma-separated lists and may be repeated.

The recogniser also learns from a list of known names: the people, places
and organizations of dyad's built-in actor dictionary (--names=false: none),
which the model file keeps.

--bundle-out DIR writes a copy of the model bundle (--model DIR or the
built-in one) with the new recogniser instead of its own, with the
recogniser's F1 on --test FILES in the manifest; this is how the built-in
bundle's recogniser is replaced without retraining the other models.`,
		Example: `  dyad train ner --model ./bundle \
    --train ../shared/data/uner-english-ewt/en_ewt-ud-train.prerelease-2022-12-02.iob2 \
    --dev ../shared/data/uner-english-ewt/en_ewt-ud-dev.iob2 --out ner.bin`,
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			var missing []string
			if len(train) == 0 {
				missing = append(missing, "--train")
			}
			if out == "" && bundleOut == "" {
				missing = append(missing, "--out or --bundle-out")
			}
			if len(missing) > 0 {
				return usageErrorf(cmd, "missing %s", strings.Join(missing, ", "))
			}
			if opt.Iterations < 0 {
				return usageErrorf(cmd, "--iter must not be negative")
			}
			if opt.Members < 1 || opt.Members > 16 {
				return usageErrorf(cmd, "--members must be from 1 to 16")
			}
			read := func(files []string) ([]ner.Sentence, error) {
				var all []ner.Sentence
				for _, f := range files {
					s, err := readIOB2(f)
					if err != nil {
						return nil, err
					}
					all = append(all, s...)
				}
				return all, nil
			}
			trainSents, err := read(train)
			if err != nil {
				return err
			}
			for _, dir := range gum {
				s, err := nlp.GUMNames(dir)
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "%s: %d GUM sentences\n", dir, len(s))
				trainSents = append(trainSents, s...)
			}
			if len(trainSents) == 0 {
				return fmt.Errorf("no training sentences in %s", strings.Join(train, ", "))
			}
			devSents, err := read(dev)
			if err != nil {
				return err
			}
			t, err := loadTagger(load, model)
			if err != nil {
				return err
			}
			log := cmd.ErrOrStderr()
			fmt.Fprintf(log, "tagging %d training and %d dev sentences\n", len(trainSents), len(devSents))
			tagNER(t, trainSents)
			tagNER(t, devSents)
			opt.Clusters = t.Clusters()
			opt.Log = log
			if names {
				if opt.Names, err = actorNames(); err != nil {
					return err
				}
			}
			start := time.Now()
			m := ner.Train(trainSents, devSents, opt)
			fmt.Fprintf(log, "trained in %s\n", time.Since(start).Round(time.Second))
			if out != "" {
				var buf bytes.Buffer
				if _, err := m.WriteTo(&buf); err != nil {
					return err
				}
				if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
					return err
				}
				fmt.Fprintf(log, "wrote %s (%d bytes)\n", out, buf.Len())
			}
			if len(devSents) > 0 {
				p, r, f1 := m.Score(devSents)
				fmt.Fprintf(log, "dev: precision %.4f recall %.4f f1 %.4f\n", p, r, f1)
			}
			if bundleOut != "" {
				return installNER(t, m, test, bundleOut, log)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringSliceVar(&train, "train", nil, "training `FILES` in IOB2 (required)")
	f.StringArrayVar(&gum, "gum", nil, "also train on the named people, organisations and places of the training documents of the GUM corpus in `DIR` (holding splits.md and dep/; repeatable)")
	f.StringSliceVar(&dev, "dev", nil, "development `FILES` in IOB2, scored after each pass")
	f.StringVar(&model, "model", "", "tag with the model bundle in `DIR` instead of the built-in one")
	f.StringVar(&out, "out", "", "write the model to `FILE`")
	f.StringVar(&bundleOut, "bundle-out", "", "write the model bundle with the new recogniser to `DIR`")
	f.StringSliceVar(&test, "test", nil, "with --bundle-out, score the recogniser on IOB2 `FILES` for the manifest")
	f.IntVar(&opt.Iterations, "iter", 0, "`N` training iterations (0: default)")
	f.Int64Var(&opt.Seed, "seed", 1, "random `SEED`")
	f.IntVar(&opt.Members, "members", 1, "train `N` perceptrons with seeds SEED, SEED+1, ... and sum their scores")
	f.BoolVar(&names, "names", true, "give the recogniser the names of the built-in actor dictionary (people, places, organizations) as features")
	return cmd
}

// installNER writes the bundle t, which the recogniser m was trained with,
// to out with m as its recogniser, scored on the IOB2 files test for the
// manifest.
func installNER(t nerTagger, m *ner.Model, test []string, out string, log io.Writer) error {
	p, ok := t.(*nlp.Pipeline)
	if !ok {
		return fmt.Errorf("the model bundle cannot be written")
	}
	if err := p.SetNER(m); err != nil {
		return err
	}
	if len(test) > 0 {
		if err := p.ScoreNER(test); err != nil {
			return err
		}
	}
	if err := p.Save(out); err != nil {
		return err
	}
	fmt.Fprintf(log, "wrote model bundle %s with the new recogniser to %s\n", p.Manifest.Name, out)
	return nil
}

func readIOB2(name string) ([]ner.Sentence, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ner.ReadIOB2(f, name)
}

// readNERModel reads a recogniser and gives it the bundle's word classes,
// checking that they are those it was trained with.
func readNERModel(name string, t nerTagger) (*ner.Model, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := ner.Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	cl := t.Clusters()
	words := 0
	if cl != nil {
		words = cl.Words()
	}
	if words != m.ClusterWords {
		return nil, fmt.Errorf("%s was trained with word classes of %d words, but the model bundle has %d: "+
			"use the bundle it was trained with (--model DIR)", name, m.ClusterWords, words)
	}
	m.Clusters = cl
	return m, nil
}

// tagNER sets the part-of-speech tags of sentences.
func tagNER(t nerTagger, sents []ner.Sentence) {
	for i := range sents {
		s := &sents[i]
		s.UPOS = s.UPOS[:0]
		for _, c := range t.Tag(s.Forms) {
			s.UPOS = append(s.UPOS, c.UPOS)
		}
	}
}

// nerReport is the JSON summary of a named-entity evaluation.
type nerReport struct {
	Sentences int                      `json:"sentences"`
	Precision float64                  `json:"precision"`
	Recall    float64                  `json:"recall"`
	F1        float64                  `json:"f1"`
	PerType   map[string]nerTypeReport `json:"per_type"`
}

type nerTypeReport struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
}

func newNERReport(r evalner.Result) nerReport {
	rep := nerReport{
		Sentences: r.Sentences,
		Precision: round(r.Total.Precision(), 6),
		Recall:    round(r.Total.Recall(), 6),
		F1:        round(r.Total.F1(), 6),
		PerType:   map[string]nerTypeReport{},
	}
	for _, t := range evalner.Types {
		s := r.Type(t)
		rep.PerType[t.String()] = nerTypeReport{round(s.Precision(), 6), round(s.Recall(), 6), round(s.F1(), 6),
			s.Gold, s.Predicted}
	}
	return rep
}

// printNERTable writes the scores for people, in percent.
func printNERTable(w io.Writer, file string, gold []ner.Sentence, r evalner.Result, elapsed time.Duration) {
	words := 0
	for _, s := range gold {
		words += len(s.Forms)
	}
	fmt.Fprintf(w, "%s: %d sentences, %d words, %d gold entities, gold tokenization\n", file, len(gold), words, r.Total.Gold)
	wps := 0.0
	if sec := elapsed.Seconds(); sec > 0 {
		wps = float64(words) / sec
	}
	fmt.Fprintf(w, "recognised in %.2fs (%.0f words/s)\n", elapsed.Seconds(), wps)
	fmt.Fprintln(w, "Type  | Precision |    Recall |  F1 Score |  Gold | Predicted")
	fmt.Fprintln(w, "------+-----------+-----------+-----------+-------+----------")
	row := func(name string, s evalner.Score) {
		fmt.Fprintf(w, "%-6s|%10.2f |%10.2f |%10.2f |%6d |%10d\n", name, 100*s.Precision(), 100*s.Recall(), 100*s.F1(),
			s.Gold, s.Predicted)
	}
	for _, t := range evalner.Types {
		row(t.String(), r.Type(t))
	}
	row("All", r.Total)
}
