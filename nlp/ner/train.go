package ner

import (
	"fmt"
	"io"
	"math/rand"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/nlp/cluster"
	p "github.com/dyadproject/dyad/nlp/perceptron"
)

// Options tune training.
type Options struct {
	Iterations int   // passes over the training data; 0 means 6
	Seed       int64 // shuffling and dropout seed
	// Clusters gives word classes to use as features (may be nil). The
	// model must then be used with the same clusters.
	Clusters *cluster.Clusters
	// Folds is the number of folds of documents that the gazetteer features
	// of the training data are jackknifed over; 0 means 10, 1 turns
	// jackknifing off.
	Folds int
	// WordDropout is the fraction of training words whose form is hidden
	// from the features; 0 means 0.2, a negative value none.
	WordDropout float64
	// MinWeight drops averaged weights smaller in magnitude from the model;
	// 0 means 0.01.
	MinWeight float32
	// Members is the number of perceptrons trained with seeds Seed,
	// Seed+1, ..., whose scores the model sums; 0 means 1.
	Members int
	// Names lists known names from outside the training data, each with
	// its type (dyad builds it from its actor dictionary: people, places,
	// organizations). The words of a listed name get features of its type;
	// the model keeps the list.
	Names map[string]dyad.EntityType
	// Log, when not nil, receives progress: training accuracy and, with
	// dev data, dev scores after each pass.
	Log io.Writer
}

// Train trains a recogniser on train, whose sentences need Forms, Labels
// and, for part-of-speech features, UPOS as the tagger predicts it. dev,
// when not nil, is scored after each pass for the log.
func Train(train, dev []Sentence, opt Options) *Model {
	if opt.Iterations <= 0 {
		opt.Iterations = 6
	}
	if opt.Folds <= 0 {
		opt.Folds = 10
	}
	if opt.WordDropout == 0 {
		opt.WordDropout = 0.2
	}
	if opt.MinWeight == 0 {
		opt.MinWeight = 0.01
	}
	m := &Model{labels: bilou(), Clusters: opt.Clusters, names: newNames(opt.Names), nameList: namesFileOf(opt.Names)}
	if opt.Clusters != nil {
		m.ClusterWords = opt.Clusters.Words()
	}
	for _, s := range train {
		if len(s.UPOS) > 0 {
			m.UPOS = true
			break
		}
	}
	m.gaz = buildGazetteer(train)
	// Each fold's gazetteer features come from the other folds. Folds
	// hold whole documents, as a new document's names are not in training,
	// and each samples every genre of the data.
	words := make([][]word, len(train))
	fold := folds(train, opt.Folds)
	for f := 0; f < opt.Folds; f++ {
		g := m.gaz
		if opt.Folds > 1 {
			var rest []Sentence
			for i, s := range train {
				if fold[i] != f {
					rest = append(rest, s)
				}
			}
			g = buildGazetteer(rest)
		}
		for i, s := range train {
			if fold[i] == f {
				words[i] = m.prepare(s.Forms, s.UPOS, g)
			}
		}
	}
	gold := make([][]int, len(train))
	for i, s := range train {
		gold[i] = m.encode(s.Labels)
	}
	if opt.Members <= 0 {
		opt.Members = 1
	}
	for k := 0; k < opt.Members; k++ {
		o := opt
		o.Seed = opt.Seed + int64(k)
		if opt.Log != nil && opt.Members > 1 {
			fmt.Fprintf(opt.Log, "ner: member %d of %d, seed %d\n", k+1, opt.Members, o.Seed)
		}
		m.weights = append(m.weights, m.train(words, gold, dev, o))
	}
	return m
}

// blockSize is the number of consecutive sentences without a document
// that fall in the same jackknife fold.
const blockSize = 20

// docKey names the document of a sentence: its Doc, else its ID without
// the sentence number ("doc-0001", as UD and UNER write them), else "".
func docKey(s *Sentence) string {
	if s.Doc != "" {
		return s.Doc
	}
	if j := strings.LastIndexByte(s.ID, '-'); j > 0 {
		return s.ID[:j]
	}
	return ""
}

// folds assigns each sentence to one of k jackknife folds, by document
// where docKey names one, else in runs of blockSize sentences in turn.
func folds(sents []Sentence, k int) []int {
	out := make([]int, len(sents))
	for i := range sents {
		if doc := docKey(&sents[i]); doc != "" {
			out[i] = int(p.String(doc) % uint64(k))
		} else {
			out[i] = i / blockSize % k
		}
	}
	return out
}

// train learns the weights from prepared sentences and their gold classes.
func (m *Model) train(words [][]word, gold [][]int, dev []Sentence, opt Options) *p.Model {
	tr := p.NewTrainer(len(m.labels))
	rng := rand.New(rand.NewSource(opt.Seed))
	order := make([]int, len(words))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, len(m.labels))
	var fs []p.Feature
	for it := 0; it < opt.Iterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			ws := words[si]
			prev1, prev2 := -1, -1
			for i := range ws {
				saved := ws[i]
				if opt.WordDropout > 0 && rng.Float64() < opt.WordDropout {
					ws[i].hForm, ws[i].hLower = 7, 7
				}
				fs = features(fs[:0], ws, i, prev1, prev2)
				ws[i] = saved
				clear(scores)
				tr.Scores(fs, scores)
				c, g := m.best(scores, prev1), gold[si][i]
				tr.Tick()
				tr.Update(fs, g, c)
				if c == g {
					correct++
				}
				total++
				prev2, prev1 = prev1, c
			}
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "ner: pass %d: train accuracy %.4f, %d features", it+1,
				float64(correct)/float64(total), tr.Features())
			if dev != nil {
				saved := m.weights
				m.weights = ensemble{tr.Freeze(0)}
				pr, rc, f1 := m.Score(dev)
				m.weights = saved
				fmt.Fprintf(opt.Log, ", dev P %.4f R %.4f F1 %.4f", pr, rc, f1)
			}
			fmt.Fprintln(opt.Log)
		}
	}
	return tr.Freeze(opt.MinWeight)
}

// Score recognises the entities of gold sentences and returns exact-span
// micro-averaged precision, recall and F1 (package eval/ner scores in
// more detail).
func (m *Model) Score(sents []Sentence) (precision, recall, f1 float64) {
	gold, pred, correct := 0, 0, 0
	for _, s := range sents {
		want := map[dyad.Entity]bool{}
		for _, e := range s.Entities() {
			want[e] = true
			gold++
		}
		for _, e := range m.Recognize(s.Forms, s.UPOS) {
			pred++
			if want[e] {
				correct++
			}
		}
	}
	if pred > 0 {
		precision = float64(correct) / float64(pred)
	}
	if gold > 0 {
		recall = float64(correct) / float64(gold)
	}
	if gold+pred > 0 {
		f1 = 2 * float64(correct) / float64(gold+pred)
	}
	return precision, recall, f1
}

// formatVersion is the version of the model file format.
const formatVersion = 1

type header struct {
	Version      int      `json:"version"`
	Labels       []string `json:"labels"`
	UPOS         bool     `json:"upos"`
	ClusterWords int      `json:"cluster_words"`
	Gazetteer    gazFile  `json:"gazetteer"`
	// Names is the list of known names (Options.Names), if any.
	Names *namesFile `json:"names,omitempty"`
	// Members is the number of weight sets that follow the header; 0
	// means 1 (files written before ensembles).
	Members int `json:"members,omitempty"`
}

// WriteTo writes the model: one JSON line with the labels and the
// gazetteer, then the perceptron weights.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	h := header{Version: formatVersion, UPOS: m.UPOS, ClusterWords: m.ClusterWords, Gazetteer: m.gaz.file(),
		Names: m.nameList}
	if len(m.weights) > 1 {
		h.Members = len(m.weights)
	}
	for _, l := range m.labels {
		h.Labels = append(h.Labels, l.String())
	}
	n, err := p.WriteHeader(w, h)
	if err != nil {
		return n, err
	}
	cw := &countWriter{w: w}
	for _, wm := range m.weights {
		if _, err = wm.WriteTo(cw); err != nil {
			break
		}
	}
	return n + cw.n, err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(b []byte) (int, error) {
	n, err := c.w.Write(b)
	c.n += int64(n)
	return n, err
}

// Read loads a model written by WriteTo. Set its Clusters to the word
// classes it was trained with (see ClusterWords) before use.
func Read(r io.Reader) (*Model, error) {
	var h header
	br, err := p.ReadHeader(r, &h)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	if h.Version != formatVersion {
		return nil, fmt.Errorf("ner: model format %d, want %d", h.Version, formatVersion)
	}
	m := &Model{UPOS: h.UPOS, ClusterWords: h.ClusterWords, labels: bilou(), gaz: h.Gazetteer.gazetteer(),
		nameList: h.Names}
	m.names = newNames(h.Names.list())
	if len(h.Labels) != len(m.labels) {
		return nil, fmt.Errorf("ner: %d labels, want %d", len(h.Labels), len(m.labels))
	}
	for i, l := range m.labels {
		if h.Labels[i] != l.String() {
			return nil, fmt.Errorf("ner: label %d is %q, want %q", i, h.Labels[i], l)
		}
	}
	if h.Members < 0 || h.Members > 64 {
		return nil, fmt.Errorf("ner: %d members", h.Members)
	}
	for k := 0; k < max(h.Members, 1); k++ {
		wm, err := p.Read(br)
		if err != nil {
			return nil, fmt.Errorf("ner: %w", err)
		}
		if wm.NumClasses != len(m.labels) {
			return nil, fmt.Errorf("ner: %d classes in weights, %d labels", wm.NumClasses, len(m.labels))
		}
		m.weights = append(m.weights, wm)
	}
	return m, nil
}
