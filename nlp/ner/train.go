package ner

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/nlp/cluster"
	p "github.com/dyadproject/dyad/nlp/perceptron"
)

// Options tune training.
type Options struct {
	Iterations int   // passes over the training data; 0 means 12
	Seed       int64 // shuffling seed
	// Folds is the number of folds the gazetteer features of the training
	// data are jackknifed over; 0 means 10.
	Folds int
	// SecondPass adds a second pass that sees the first pass's labels to
	// the right of each word, trained on first-pass labels jackknifed over
	// 4 folds. It costs about four more trainings.
	SecondPass bool
	// Clusters gives word classes to use as features (may be nil).
	Clusters *cluster.Clusters
	// Casing, when not nil, holds the casing of words in unlabelled text
	// (see Casing); the model keeps that of words seen at least 5 times.
	Casing *Casing
	// MinWeight drops averaged weights smaller in magnitude from the model;
	// 0 means 0.01.
	MinWeight float32
	Log       io.Writer
}

// Train trains a recogniser on train, whose sentences need Forms, Labels
// and, for part-of-speech features, UPOS as the tagger predicts it (not
// gold tags). dev, when not nil, is scored after each pass for the log.
func Train(train, dev []Sentence, opt Options) *Model {
	if opt.Iterations == 0 {
		opt.Iterations = 12
	}
	if opt.Folds == 0 {
		opt.Folds = 10
	}
	if opt.MinWeight == 0 {
		opt.MinWeight = 0.01
	}
	m := &Model{labels: bilou(), Clusters: opt.Clusters, caseLex: caseLexicon(train)}
	if opt.Casing != nil {
		m.textCase = opt.Casing.lexicon(5)
	}
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
	// Each fold's gazetteer features come from the other folds: folds are
	// runs of consecutive sentences, so that a document's names mostly
	// stay in one fold, as a new document's names are not in training.
	words := make([][]word, len(train))
	gold := make([][]int, len(train))
	n := len(train)
	for f := 0; f < opt.Folds; f++ {
		lo, hi := f*n/opt.Folds, (f+1)*n/opt.Folds
		g := m.gaz
		if opt.Folds > 1 {
			rest := append(append([]Sentence(nil), train[:lo]...), train[hi:]...)
			g = buildGazetteer(rest)
		}
		for i := lo; i < hi; i++ {
			words[i] = m.prepare(train[i].Forms, train[i].UPOS, g)
		}
	}
	for i, s := range train {
		gold[i] = m.encode(s.Labels)
	}
	m.weights = m.trainPass(words, gold, nil, dev, opt, "ner")
	if opt.SecondPass {
		const folds = 4
		right := make([][]int, len(train))
		for f := 0; f < folds; f++ {
			lo, hi := f*n/folds, (f+1)*n/folds
			ws := append(append([][]word(nil), words[:lo]...), words[hi:]...)
			gs := append(append([][]int(nil), gold[:lo]...), gold[hi:]...)
			o := opt
			o.Log, o.Seed = nil, opt.Seed+int64(f)+1
			w := m.trainPass(ws, gs, nil, nil, o, "")
			for i := lo; i < hi; i++ {
				right[i] = m.pass(words[i], w, nil)
			}
		}
		m.second = m.trainPass(words, gold, right, dev, opt, "ner (second pass)")
	}
	return m
}

// trainPass trains the weights of one pass. right holds the first pass's
// classes for a second pass, nil for the first.
func (m *Model) trainPass(words [][]word, gold, right [][]int, dev []Sentence, opt Options, name string) *p.Model {
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
			var r []int
			if right != nil {
				r = right[si]
			}
			prev1, prev2 := -1, -1
			for i := range ws {
				g := gold[si][i]
				saved := ws[i]
				if dropout > 0 && rng.Float64() < dropout {
					ws[i].hForm, ws[i].hLower = 7, 7
				}
				fs = features(fs[:0], ws, i, prev1, prev2, r)
				ws[i] = saved
				clear(scores)
				tr.Scores(fs, scores)
				c := m.best(scores, prev1)
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
			fmt.Fprintf(opt.Log, "%s: pass %d: train accuracy %.4f, %d features", name, it+1,
				float64(correct)/float64(total), tr.Features())
			if dev != nil {
				saved := *m
				if right == nil {
					m.weights, m.second = tr.Freeze(0), nil
				} else {
					m.second = tr.Freeze(0)
				}
				pr, rc, f1 := m.Score(dev)
				*m = saved
				fmt.Fprintf(opt.Log, ", dev P %.4f R %.4f F1 %.4f", pr, rc, f1)
			}
			fmt.Fprintln(opt.Log)
		}
	}
	return tr.Freeze(opt.MinWeight)
}

// Score recognises the entities of gold sentences and returns exact-span
// micro precision, recall and F1 (package eval/ner scores in more detail).
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
	return
}

// caseLexicon counts the casing of the words of sents.
func caseLexicon(sents []Sentence) map[string]uint8 {
	c := NewCasing()
	for _, s := range sents {
		c.Add(s.Forms)
	}
	return c.lexicon(2)
}

const formatVersion = 1

type header struct {
	Version      int              `json:"version"`
	Labels       []string         `json:"labels"`
	UPOS         bool             `json:"upos"`
	ClusterWords int              `json:"cluster_words"`
	Passes       int              `json:"passes"`
	Case         map[string]uint8 `json:"case"`
	TextCase     map[string]uint8 `json:"text_case,omitempty"`
	Gazetteer    gazFile          `json:"gazetteer"`
}

// WriteTo writes the model: one JSON line with the labels, lexicons and
// gazetteer, then the perceptron weights of each pass.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	h := header{Version: formatVersion, UPOS: m.UPOS, ClusterWords: m.ClusterWords, Passes: 1,
		Case: m.caseLex, TextCase: m.textCase, Gazetteer: m.gaz.file()}
	if m.second != nil {
		h.Passes = 2
	}
	for _, l := range m.labels {
		h.Labels = append(h.Labels, l.String())
	}
	b, err := json.Marshal(h)
	if err != nil {
		return 0, err
	}
	if _, err := w.Write(append(b, '\n')); err != nil {
		return 0, err
	}
	if _, err := m.weights.WriteTo(w); err != nil || m.second == nil {
		return 0, err
	}
	return m.second.WriteTo(w)
}

// Read loads a model written by WriteTo. Set its Clusters to the word
// classes it was trained with before use.
func Read(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	line, err := br.ReadBytes('\n')
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	var h header
	if err := json.Unmarshal(line, &h); err != nil {
		return nil, fmt.Errorf("ner: header: %w", err)
	}
	if h.Version != formatVersion {
		return nil, fmt.Errorf("ner: model format %d, want %d", h.Version, formatVersion)
	}
	m := &Model{UPOS: h.UPOS, ClusterWords: h.ClusterWords, caseLex: h.Case, textCase: h.TextCase, gaz: h.Gazetteer.gazetteer()}
	want := bilou()
	if len(h.Labels) != len(want) {
		return nil, fmt.Errorf("ner: %d labels, want %d", len(h.Labels), len(want))
	}
	for i, l := range want {
		if h.Labels[i] != l.String() {
			return nil, fmt.Errorf("ner: label %d is %q, want %q", i, h.Labels[i], l)
		}
	}
	m.labels = want
	if h.Passes != 1 && h.Passes != 2 {
		return nil, fmt.Errorf("ner: %d passes", h.Passes)
	}
	if m.weights, err = p.Read(br); err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	if h.Passes == 2 {
		if m.second, err = p.Read(br); err != nil {
			return nil, fmt.Errorf("ner: second pass: %w", err)
		}
	}
	for _, w := range []*p.Model{m.weights, m.second} {
		if w != nil && w.NumClasses != len(m.labels) {
			return nil, fmt.Errorf("ner: %d classes in weights, %d labels", w.NumClasses, len(m.labels))
		}
	}
	return m, nil
}
