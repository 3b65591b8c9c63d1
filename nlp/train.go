package nlp

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/nlp/cluster"
	"github.com/dyadproject/dyad/nlp/conllu"
	"github.com/dyadproject/dyad/nlp/lemma"
	"github.com/dyadproject/dyad/nlp/ner"
	"github.com/dyadproject/dyad/nlp/parse"
	"github.com/dyadproject/dyad/nlp/tag"
)

// TrainConfig names the data to train on.
type TrainConfig struct {
	Train []string // CoNLL-U files for training
	Dev   []string // CoNLL-U files for tuning and the manifest's dev scores
	Test  []string // optional CoNLL-U files for the manifest's test scores
	// Unlabeled names text files (plain, JSONL with a "text" field, or
	// gzipped) to learn word classes from, with the treebank's words.
	// None: no word classes.
	Unlabeled []string
	// Iterations of each model; zero picks the defaults.
	TagIterations, ParseIterations int
	// Folds for jackknife tagging of the parser's training data (the
	// parser learns from tags as good as the tagger gives on unseen text);
	// zero means 4, 1 means train the parser on gold tags.
	Folds int
	Seed  int64
	// TagPrune and ParsePrune drop averaged weights smaller than these
	// magnitudes from the tagger and parser: the bundle shrinks by more
	// than half for a few hundredths of a point. Zero keeps every weight.
	TagPrune, ParsePrune float32
	// ParseRefit, when positive, trains the parser twice: the second time
	// from scratch on only the features whose weights in the first reach
	// this magnitude, so that the others' work is learnt by the features
	// kept. The parser gets smaller and faster for less accuracy than
	// pruning at the same magnitude costs.
	ParseRefit float32
	// ParseTwoStage trains a two-stage parser (nlp/parse): transitions
	// that tell punctuation from other relations, then a labeller,
	// instead of the joint parser. It parses about 1.6 times as fast, for
	// about a point of LAS less.
	ParseTwoStage bool
	// NERTrain and NERDev are IOB2 files (Universal NER) to train and
	// score the named-entity recogniser on; none: no recogniser. NERGUM
	// are GUM directories whose named people, organisations and places
	// are added to its training data (ner.ReadGUM).
	NERTrain, NERDev, NERGUM []string
	// NERNames lists known names with their types for the recogniser
	// (ner.Options.Names); nil for none.
	NERNames map[string]dyad.EntityType
	// NERTest are IOB2 files the recogniser is scored on for the manifest
	// ("ner-test").
	NERTest []string
	// Manifest fields recorded in the bundle.
	Name, Version string
	Data          []Source
	Command       string
}

// parseOptions are the parser's training options for cfg. A two-stage
// parser's arc transitions tell punctuation from other relations, which
// gains 0.3 UAS on EWT dev over plain arcs for no loss of speed (see
// nlp/parse).
func parseOptions(cfg TrainConfig, log io.Writer) parse.Options {
	o := parse.Options{Iterations: cfg.ParseIterations, Seed: cfg.Seed, TwoStage: cfg.ParseTwoStage, Log: log}
	if cfg.ParseTwoStage {
		o.Groups = [][]string{{"punct"}}
	}
	return o
}

// Train trains every model of a bundle, writing progress to log.
func Train(cfg TrainConfig, log io.Writer) (*Pipeline, error) {
	if log == nil {
		log = io.Discard
	}
	if cfg.Folds == 0 {
		cfg.Folds = 4
	}
	train, err := readFiles(cfg.Train)
	if err != nil {
		return nil, err
	}
	dev, err := readFiles(cfg.Dev)
	if err != nil {
		return nil, err
	}
	test, err := readFiles(cfg.Test)
	if err != nil {
		return nil, err
	}
	if len(train) == 0 {
		return nil, fmt.Errorf("train: no training sentences")
	}
	fmt.Fprintf(log, "train: %d training, %d dev, %d test sentences\n", len(train), len(dev), len(test))

	tagTrain, err := tagSentences(train)
	if err != nil {
		return nil, err
	}
	tagDev, err := tagSentences(dev)
	if err != nil {
		return nil, err
	}
	p := &Pipeline{}
	start := time.Now()
	if len(cfg.Unlabeled) > 0 {
		var words [][]string
		for _, s := range tagTrain {
			words = append(words, s.Forms)
		}
		if p.clusters, err = TrainClusters(cfg.Unlabeled, words, nil); err != nil {
			return nil, err
		}
		fmt.Fprintf(log, "train: word classes for %d words in %s\n", p.clusters.Words(), time.Since(start).Round(time.Second))
	}
	var jack [][]tag.Class
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // the final tagger and the jackknife folds run side by side
		defer wg.Done()
		p.tagger = tag.Train(tagTrain, tagDev, tag.Options{Iterations: cfg.TagIterations, Seed: cfg.Seed,
			Folds: cfg.Folds, Clusters: p.clusters, Log: log})
	}()
	jack = jackknife(tagTrain, cfg, p.clusters)
	wg.Wait()
	fmt.Fprintf(log, "train: tagger and %d jackknife folds in %s\n", cfg.Folds, time.Since(start).Round(time.Second))

	var items []lemma.Item
	for _, s := range train {
		for _, w := range s.Words {
			u, _ := dyad.ParseUPOS(w.UPOS)
			x, _ := dyad.ParseXPOS(w.XPOS)
			items = append(items, lemma.Item{Form: w.Form, Lemma: w.Lemma, UPOS: u, XPOS: x})
		}
	}
	p.lemmas = lemma.Train(items)
	if p.clusters != nil {
		p.lemmas.Known = p.clusters.Has
	}

	parseTrain, err := parseSentences(train)
	if err != nil {
		return nil, err
	}
	for i := range parseTrain {
		parseTrain[i].Classes = p.classes(parseTrain[i].Forms)
		if jack != nil {
			for j, c := range jack[i] {
				parseTrain[i].XPOS[j], parseTrain[i].UPOS[j] = c.XPOS, c.UPOS
			}
		}
	}
	parseDev, err := parseSentences(dev)
	if err != nil {
		return nil, err
	}
	for i := range parseDev { // tune on predicted tags, as the parser will see them
		parseDev[i].Classes = p.classes(parseDev[i].Forms)
		for j, c := range p.tagger.Tag(parseDev[i].Forms) {
			parseDev[i].XPOS[j], parseDev[i].UPOS[j] = c.XPOS, c.UPOS
		}
	}
	start = time.Now()
	p.parser = parse.Train(parseTrain, parseDev, parseOptions(cfg, log))
	fmt.Fprintf(log, "train: parser in %s\n", time.Since(start).Round(time.Second))
	if cfg.ParseRefit > 0 {
		keep := p.parser.Prune(cfg.ParseRefit)
		kf, _ := keep.Size()
		fmt.Fprintf(log, "train: refitting the parser on the %d features of weight %g or more\n", kf, cfg.ParseRefit)
		start = time.Now()
		opt := parseOptions(cfg, log)
		opt.Keep = keep.Has
		p.parser = parse.Train(parseTrain, parseDev, opt)
		fmt.Fprintf(log, "train: parser refitted in %s\n", time.Since(start).Round(time.Second))
	}

	if cfg.TagPrune > 0 || cfg.ParsePrune > 0 {
		p.Prune(cfg.TagPrune, cfg.ParsePrune)
		tf, tw := p.tagger.Size()
		pf, pw := p.parser.Size()
		fmt.Fprintf(log, "train: pruned to %d tagger features (%d weights), %d parser features (%d weights)\n", tf, tw, pf, pw)
	}
	p.Manifest = Manifest{Name: cfg.Name, Version: cfg.Version, Language: "en", Data: cfg.Data,
		Command: cfg.Command, Scores: map[string]map[string]float64{}}
	if len(cfg.NERTrain) > 0 {
		if err := p.TrainNER(cfg.NERTrain, cfg.NERDev, cfg.NERGUM, cfg.NERNames, cfg.Seed, log); err != nil {
			return nil, err
		}
		if len(cfg.NERTest) > 0 {
			if err := p.ScoreNER(cfg.NERTest); err != nil {
				return nil, err
			}
		}
	}
	for name, sents := range map[string][]*conllu.Sentence{"dev": dev, "test": test} {
		if len(sents) > 0 {
			sc := p.Score(sents)
			p.Manifest.Scores[name] = sc
			fmt.Fprintf(log, "train: %s: %v\n", name, sc)
		}
	}
	return p, nil
}

// jackknife tags each fold of the training data with a tagger trained on
// the other folds. It returns nil when cfg.Folds is 1.
func jackknife(sents []tag.Sentence, cfg TrainConfig, cl *cluster.Clusters) [][]tag.Class {
	if cfg.Folds <= 1 {
		return nil
	}
	out := make([][]tag.Class, len(sents))
	for f := 0; f < cfg.Folds; f++ {
		var tr []tag.Sentence
		for i, s := range sents {
			if i%cfg.Folds != f {
				tr = append(tr, s)
			}
		}
		m := tag.Train(tr, nil, tag.Options{Iterations: cfg.TagIterations, Seed: cfg.Seed + int64(f) + 1, Clusters: cl})
		for i, s := range sents {
			if i%cfg.Folds == f {
				out[i] = m.Tag(s.Forms)
			}
		}
	}
	return out
}

// Score tags, lemmatizes and parses sentences with gold tokenization and
// returns accuracies: upos, xpos, lemma, uas and las (universal relation
// without subtype, as the CoNLL 2018 evaluation compares it).
func (p *Pipeline) Score(sents []*conllu.Sentence) map[string]float64 {
	var n, upos, xpos, lem, uas, las float64
	for _, s := range sents {
		d := FromSentence(s)
		p.Annotate(d)
		for i, w := range s.Words {
			t := d.Tokens[i]
			n++
			if t.UPOS.String() == w.UPOS {
				upos++
			}
			if t.XPOS.String() == w.XPOS {
				xpos++
			}
			if t.Lemma == w.Lemma {
				lem++
			}
			head := t.Head + 1
			if t.Head < 0 {
				head = 0
			}
			if head == w.Head {
				uas++
				gold, _ := dyad.ParseDep(w.Deprel)
				if t.Dep.Base() == gold.Base() {
					las++
				}
			}
		}
	}
	if n == 0 {
		return nil
	}
	return map[string]float64{"words": n, "upos": upos / n, "xpos": xpos / n, "lemma": lem / n, "uas": uas / n, "las": las / n}
}

func readFiles(paths []string) ([]*conllu.Sentence, error) {
	var out []*conllu.Sentence
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		ss, err := conllu.ReadAll(f, path)
		f.Close()
		if err != nil {
			return nil, err
		}
		out = append(out, ss...)
	}
	return out, nil
}

func tagSentences(sents []*conllu.Sentence) ([]tag.Sentence, error) {
	out := make([]tag.Sentence, len(sents))
	for i, s := range sents {
		for _, w := range s.Words {
			u, err := dyad.ParseUPOS(w.UPOS)
			if err != nil {
				return nil, fmt.Errorf("sentence %s: %w", s.ID, err)
			}
			x, err := dyad.ParseXPOS(w.XPOS)
			if err != nil {
				return nil, fmt.Errorf("sentence %s: %w", s.ID, err)
			}
			out[i].Forms = append(out[i].Forms, w.Form)
			out[i].Classes = append(out[i].Classes, tag.Class{UPOS: u, XPOS: x})
		}
	}
	return out, nil
}

func parseSentences(sents []*conllu.Sentence) ([]parse.Sentence, error) {
	out := make([]parse.Sentence, len(sents))
	for i, s := range sents {
		if err := s.Validate(); err != nil {
			return nil, err
		}
		o := &out[i]
		for _, w := range s.Words {
			u, _ := dyad.ParseUPOS(w.UPOS)
			x, _ := dyad.ParseXPOS(w.XPOS)
			d, err := dyad.ParseDep(w.Deprel)
			if err != nil {
				return nil, fmt.Errorf("sentence %s: %w", s.ID, err)
			}
			o.Forms = append(o.Forms, w.Form)
			o.UPOS = append(o.UPOS, u)
			o.XPOS = append(o.XPOS, x)
			o.Heads = append(o.Heads, w.Head)
			o.Deps = append(o.Deps, d)
		}
	}
	return out, nil
}

// readNER reads IOB2 files and tags their sentences with the bundle's
// tagger.
func (p *Pipeline) readNER(files []string) ([]ner.Sentence, error) {
	var all []ner.Sentence
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		ss, err := ner.ReadIOB2(f, path)
		f.Close()
		if err != nil {
			return nil, err
		}
		for i := range ss {
			for _, c := range p.tagger.Tag(ss[i].Forms) {
				ss[i].UPOS = append(ss[i].UPOS, c.UPOS)
			}
		}
		all = append(all, ss...)
	}
	return all, nil
}

// ScoreNER scores the recogniser on IOB2 files and records the scores in
// the manifest as "ner-test".
func (p *Pipeline) ScoreNER(files []string) error {
	if p.ner == nil {
		return errors.New("no named-entity recogniser to score")
	}
	ss, err := p.readNER(files)
	if err != nil {
		return err
	}
	pr, rc, f1 := p.ner.Score(ss)
	if p.Manifest.Scores == nil {
		p.Manifest.Scores = map[string]map[string]float64{}
	}
	p.Manifest.Scores["ner-test"] = map[string]float64{"precision": pr, "recall": rc, "f1": f1}
	return nil
}

// SetNER makes m the bundle's named-entity recogniser. m must have been
// trained with the bundle's word classes (ner.Model.ClusterWords).
func (p *Pipeline) SetNER(m *ner.Model) error {
	if words := p.clusters.Words(); m.ClusterWords != words {
		return fmt.Errorf("the recogniser was trained with word classes of %d words, the bundle has %d", m.ClusterWords, words)
	}
	m.Clusters = p.clusters
	p.ner = m
	return nil
}

// GUMNames reads the named people, organisations and places of the
// training documents of a GUM corpus directory (GUMTrainFiles; its dev and
// test documents stay out, as they are in parser training), for training
// the recogniser.
func GUMNames(dir string) ([]ner.Sentence, error) {
	files, err := GUMTrainFiles(dir)
	if err != nil {
		return nil, err
	}
	return ner.ReadGUMFiles(files)
}

// TrainNER trains the bundle's named-entity recogniser on IOB2 files and
// the names in the training documents of the GUM corpus directories gum
// (GUMNames), with
// part-of-speech tags from the bundle's tagger and its word classes and
// the known names (ner.Options.Names; nil for none), and scores it on the
// IOB2 files dev.
func (p *Pipeline) TrainNER(train, dev, gum []string, names map[string]dyad.EntityType, seed int64, log io.Writer) error {
	tr, err := p.readNER(train)
	if err != nil {
		return err
	}
	for _, dir := range gum {
		ss, err := GUMNames(dir)
		if err != nil {
			return err
		}
		for i := range ss {
			for _, c := range p.tagger.Tag(ss[i].Forms) {
				ss[i].UPOS = append(ss[i].UPOS, c.UPOS)
			}
		}
		tr = append(tr, ss...)
	}
	dv, err := p.readNER(dev)
	if err != nil {
		return err
	}
	start := time.Now()
	p.ner = ner.Train(tr, dv, ner.Options{Seed: seed, Clusters: p.clusters, Names: names, Log: log})
	fmt.Fprintf(log, "train: named-entity recogniser in %s\n", time.Since(start).Round(time.Second))
	if len(dv) > 0 {
		pr, rc, f1 := p.ner.Score(dv)
		if p.Manifest.Scores == nil {
			p.Manifest.Scores = map[string]map[string]float64{}
		}
		p.Manifest.Scores["ner-dev"] = map[string]float64{"precision": pr, "recall": rc, "f1": f1}
	}
	return nil
}
