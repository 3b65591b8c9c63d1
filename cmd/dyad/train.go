package main

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dyadproject/dyad/nlp"
	"github.com/spf13/cobra"
)

func newTrainCmd() *cobra.Command {
	return groupCmd("train", "Build model bundles from training data",
		`Train builds model bundles from training data with dyad's own learners.`,
		newTrainUDCmd(), newTrainNERCmd())
}

func newTrainUDCmd() *cobra.Command {
	var (
		cfg                    nlp.TrainConfig
		out, dataName, license string
		nerNames               bool
		gum                    []string
	)
	cmd := &cobra.Command{
		Use:   "ud --train FILE[,FILE...] --dev FILE [--test FILE] --out DIR",
		Short: "Train the tagger, lemmatizer and parser on UD treebanks",
		Long: `Train ud trains every model of a bundle (segmentation and tokenization,
part-of-speech tagging, lemmatization, dependency parsing) on Universal
Dependencies treebanks in CoNLL-U, and writes the bundle to DIR: the model
files and manifest.json, with their checksums, the training data and its
licence, the dev (and test) scores and the command that rebuilt it.

--dev data tunes the models and gives the manifest's dev scores; --test data,
if any, is only scored. --train, --dev and --test take comma-separated lists
and may be repeated. Progress goes to standard error; training takes its
randomness from --seed.`,
		Example: `  # Rebuild the built-in English bundle (from the repository root):
  dyad train ud \
    --train ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu \
    --gum ../shared/data/gum-news,../shared/data/gum-more \
    --unlabeled ../shared/data/whitehouse-briefing-room/statements-intl.jsonl.gz,../shared/data/whitehouse-briefing-room/remarks-intl.jsonl.gz,../shared/data/wikinews-en/wikinews-en-2019-2020.jsonl \
    --dev ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu \
    --test ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu \
    --out cmd/dyad/model/en

  # A quick bundle for experiments:
  dyad train ud --train a.conllu,b.conllu --dev dev.conllu --out /tmp/m --tag-iter 2 --parse-iter 2`,
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			var missing []string
			for _, f := range []struct {
				name string
				set  bool
			}{{"--train or --gum", len(cfg.Train)+len(gum) > 0}, {"--dev", len(cfg.Dev) > 0}, {"--out", out != ""}} {
				if !f.set {
					missing = append(missing, f.name)
				}
			}
			if len(missing) > 0 {
				return usageErrorf(cmd, "missing %s", strings.Join(missing, ", "))
			}
			if cfg.TagIterations < 0 || cfg.ParseIterations < 0 || cfg.Folds < 0 {
				return usageErrorf(cmd, "--tag-iter, --parse-iter and --folds must not be negative")
			}
			for _, list := range [][]string{cfg.Train, cfg.Dev, cfg.Test} {
				for _, f := range list {
					if _, err := os.Stat(f); err != nil {
						return err
					}
				}
			}
			cfg.Command = trainCommand(cfg, gum, out, dataName, license)
			for _, dir := range gum {
				files, err := nlp.GUMTrainFiles(dir)
				if err != nil {
					return err
				}
				cfg.Train = append(cfg.Train, files...)
			}
			if len(cfg.NERTrain) > 0 && nerNames {
				names, err := actorNames()
				if err != nil {
					return err
				}
				cfg.NERNames = names
			}
			cfg.Data = trainingData(cfg, dataName, license)
			log := cmd.ErrOrStderr()
			fmt.Fprintf(log, "training on %s (dev %s)\n", strings.Join(cfg.Train, ", "), strings.Join(cfg.Dev, ", "))
			p, err := nlp.Train(cfg, log)
			if err != nil {
				return err
			}
			if err := p.Save(out); err != nil {
				return err
			}
			fmt.Fprintf(log, "wrote model bundle %s %s to %s\n", p.Manifest.Name, p.Manifest.Version, out)
			for _, split := range []string{"dev", "test"} {
				scores := p.Manifest.Scores[split]
				if len(scores) == 0 {
					continue
				}
				fmt.Fprintf(log, "%s:", split)
				for _, m := range slices.Sorted(maps.Keys(scores)) {
					if v := scores[m]; v > 1 { // a count
						fmt.Fprintf(log, " %s %.0f", m, v)
					} else {
						fmt.Fprintf(log, " %s %.4f", m, v)
					}
				}
				fmt.Fprintln(log)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringSliceVar(&cfg.Train, "train", nil, "training treebank `FILES` in CoNLL-U (required)")
	f.StringSliceVar(&gum, "gum", nil, "also train on the training split of the GUM corpus `DIRS` (each with splits.md and dep/*.conllu)")
	f.StringSliceVar(&cfg.Unlabeled, "unlabeled", nil, "learn word classes from unlabelled text `FILES` (plain text or JSONL with a \"text\" field, optionally gzipped)")
	f.StringSliceVar(&cfg.NERTrain, "ner-train", nil, "also train the named-entity recogniser on IOB2 `FILES` (Universal NER)")
	f.StringSliceVar(&cfg.NERDev, "ner-dev", nil, "score the named-entity recogniser on IOB2 `FILES`")
	f.StringSliceVar(&cfg.NERGUM, "ner-gum", nil, "also train the named-entity recogniser on the names in the training documents of the GUM corpus `DIRS`")
	f.StringSliceVar(&cfg.NERTest, "ner-test", nil, "score the named-entity recogniser on IOB2 `FILES` for the manifest")
	f.BoolVar(&nerNames, "ner-names", true, "give the named-entity recogniser the names of the built-in actor dictionary")
	f.StringSliceVar(&cfg.Dev, "dev", nil, "development treebank `FILES` in CoNLL-U (required)")
	f.StringSliceVar(&cfg.Test, "test", nil, "test treebank `FILES` in CoNLL-U, only scored")
	f.StringVar(&out, "out", "", "write the bundle to `DIR` (required)")
	f.IntVar(&cfg.TagIterations, "tag-iter", 0, "`N` training iterations of the tagger (0: default)")
	f.IntVar(&cfg.ParseIterations, "parse-iter", 0, "`N` training iterations of the parser (0: default)")
	f.IntVar(&cfg.Folds, "folds", 0, "`N` jackknife folds tag the parser's training data (0: default, 1: use gold tags)")
	f.Int64Var(&cfg.Seed, "seed", 1, "random `SEED`")
	f.Float32Var(&cfg.TagPrune, "tag-prune", 0.5, "drop tagger weights smaller than `W` (0: keep all)")
	f.Float32Var(&cfg.ParsePrune, "parse-prune", 1, "drop parser weights smaller than `W` (0: keep all)")
	f.Float32Var(&cfg.ParseRefit, "parse-refit", 0, "train the parser again on only its features with a weight of `W` or more (0: once)")
	f.BoolVar(&cfg.ParseTwoStage, "parse-two-stage", false, "train a two-stage parser: about 1.6 times as fast, about a point of LAS less")
	f.StringVar(&cfg.Name, "name", "en", "bundle `NAME`, for the manifest")
	f.StringVar(&cfg.Version, "bundle-version", "0.1.0", "bundle `VERSION`, for the manifest")
	f.StringVar(&dataName, "data-name", "", "`NAME` of the training data, for the manifest (default: known from the file names)")
	f.StringVar(&license, "data-license", "", "`LICENCE` of the training data, for the manifest (default: known from the file names)")
	return cmd
}

// knownData names treebanks by the prefix of their file names.
var knownData = []struct{ prefix, name, license string }{
	{"en_ewt-ud-train.prerelease", "Universal NER English-EWT (named entities)", "CC BY-SA 4.0"},
	{"en_ewt-ud-dev.iob2", "Universal NER English-EWT (named entities)", "CC BY-SA 4.0"},
	{"en_ewt-ud-test.iob2", "Universal NER English-EWT (named entities)", "CC BY-SA 4.0"},
	{"en_ewt-ud-", "UD English-EWT", "CC BY-SA 4.0"},
	{"GUM_", "GUM (Georgetown University Multilayer corpus)",
		"annotations CC BY 4.0; texts under the licence of their genre in GUM's LICENSE.txt"},
	{"statements-intl", "White House briefing room statements (word classes only)", "public domain (US federal works)"},
	{"remarks-intl", "White House briefing room remarks (word classes only)", "public domain (US federal works)"},
	{"wikinews-en", "English Wikinews 2019-2020 (word classes only)", "CC BY 2.5"},
}

// trainingData describes the training files for the manifest. Given a name,
// it is one source of every file, with the given licence. Otherwise files
// are grouped by knownData, and the rest make one source, "other".
func trainingData(cfg nlp.TrainConfig, name, license string) []nlp.Source {
	var files []string
	for _, list := range [][]string{cfg.Train, cfg.Dev, cfg.Test, cfg.Unlabeled, cfg.NERTrain, cfg.NERTest} {
		for _, f := range list {
			files = append(files, filepath.Base(f))
		}
	}
	if license == "" {
		license = "unknown"
	}
	if name != "" {
		return []nlp.Source{{Name: name, Files: files, License: license}}
	}
	var out []nlp.Source
	other := nlp.Source{Name: "other", License: license}
	byName := map[string]int{}
next:
	for _, f := range files {
		for _, k := range knownData {
			if strings.HasPrefix(f, k.prefix) {
				i, ok := byName[k.name]
				if !ok {
					i = len(out)
					byName[k.name] = i
					out = append(out, nlp.Source{Name: k.name, License: k.license})
				}
				out[i].Files = append(out[i].Files, f)
				continue next
			}
		}
		other.Files = append(other.Files, f)
	}
	if len(other.Files) > 0 {
		out = append(out, other)
	}
	return out
}

// trainCommand is the command line that rebuilds a bundle, for its manifest.
func trainCommand(cfg nlp.TrainConfig, gum []string, out, dataName, license string) string {
	parts := []string{"dyad train ud"}
	if len(cfg.Train) > 0 {
		parts = append(parts, "--train "+strings.Join(cfg.Train, ","))
	}
	if len(gum) > 0 {
		parts = append(parts, "--gum "+strings.Join(gum, ","))
	}
	parts = append(parts, "--dev "+strings.Join(cfg.Dev, ","))
	if len(cfg.Test) > 0 {
		parts = append(parts, "--test "+strings.Join(cfg.Test, ","))
	}
	if len(cfg.Unlabeled) > 0 {
		parts = append(parts, "--unlabeled "+strings.Join(cfg.Unlabeled, ","))
	}
	if len(cfg.NERTrain) > 0 {
		parts = append(parts, "--ner-train "+strings.Join(cfg.NERTrain, ","))
	}
	if len(cfg.NERGUM) > 0 {
		parts = append(parts, "--ner-gum "+strings.Join(cfg.NERGUM, ","))
	}
	if len(cfg.NERDev) > 0 {
		parts = append(parts, "--ner-dev "+strings.Join(cfg.NERDev, ","))
	}
	if len(cfg.NERTest) > 0 {
		parts = append(parts, "--ner-test "+strings.Join(cfg.NERTest, ","))
	}
	parts = append(parts, "--out "+out)
	for _, o := range []struct {
		flag string
		v    int
	}{{"--tag-iter", cfg.TagIterations}, {"--parse-iter", cfg.ParseIterations}, {"--folds", cfg.Folds}} {
		if o.v != 0 {
			parts = append(parts, fmt.Sprintf("%s %d", o.flag, o.v))
		}
	}
	if cfg.TagPrune != 0.5 {
		parts = append(parts, fmt.Sprintf("--tag-prune %g", cfg.TagPrune))
	}
	if cfg.ParseRefit != 0 {
		parts = append(parts, fmt.Sprintf("--parse-refit %g", cfg.ParseRefit))
	}
	if cfg.ParseTwoStage {
		parts = append(parts, "--parse-two-stage")
	}
	if cfg.ParsePrune != 1 {
		parts = append(parts, fmt.Sprintf("--parse-prune %g", cfg.ParsePrune))
	}
	if cfg.Seed != 1 {
		parts = append(parts, fmt.Sprintf("--seed %d", cfg.Seed))
	}
	if cfg.Name != "en" {
		parts = append(parts, "--name "+quote(cfg.Name))
	}
	if cfg.Version != "0.1.0" {
		parts = append(parts, "--bundle-version "+quote(cfg.Version))
	}
	if dataName != "" {
		parts = append(parts, "--data-name "+quote(dataName))
	}
	if license != "" {
		parts = append(parts, "--data-license "+quote(license))
	}
	return strings.Join(parts, " ")
}

// quote quotes s for a POSIX shell when it needs it.
func quote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r == '-' || r == '.' || r == '_' || r == '/' || r == ',' || r == ':' ||
			'0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z')
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
