package tag

import (
	"fmt"
	"io"
	"math/rand"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/nlp/cluster"
	p "github.com/dyadproject/dyad/nlp/perceptron"
)

// Sentence is a training or evaluation sentence.
type Sentence struct {
	Forms   []string
	Classes []Class
}

// Options tune training.
type Options struct {
	Iterations int   // passes over the training data; 0 means 10
	Seed       int64 // shuffling seed
	// Folds > 1 adds a second pass that sees the first pass's tags to the
	// right of each word, trained on first-pass tags jackknifed over Folds
	// folds. 0 or 1: one pass.
	Folds int
	// Clusters gives word classes to use as features (may be nil).
	Clusters *cluster.Clusters
	Log      io.Writer
}

// Train trains a tagger on train. dev, when not nil, is scored after each
// pass for the log.
func Train(train, dev []Sentence, opt Options) *Model {
	if opt.Iterations == 0 {
		opt.Iterations = 10
	}
	m := &Model{Lexicon: map[string]int{}, Ambig: map[string]uint64{}, Clusters: opt.Clusters}
	index := map[Class]int{}
	counts := map[string]map[int]int{}
	for _, s := range train {
		for i, c := range s.Classes {
			k, ok := index[c]
			if !ok {
				k = len(m.Classes)
				index[c] = k
				m.Classes = append(m.Classes, c)
			}
			if counts[s.Forms[i]] == nil {
				counts[s.Forms[i]] = map[int]int{}
			}
			counts[s.Forms[i]][k]++
		}
	}
	for form, cs := range counts {
		total, best, bestN := 0, 0, 0
		for c, n := range cs {
			total += n
			if n > bestN {
				best, bestN = c, n
			}
		}
		if total >= 10 {
			m.Ambig[form] = ambiguity(cs)
		}
		if total >= 20 && float64(bestN)/float64(total) >= 0.99 {
			m.Lexicon[form] = best
		}
	}
	gold := make([][]int, len(train))
	for i, s := range train {
		gold[i] = make([]int, len(s.Classes))
		for j, c := range s.Classes {
			gold[i][j] = index[c]
		}
	}
	m.weights = m.trainPass(train, gold, nil, dev, opt, "tagger")
	if opt.Folds > 1 {
		// The second pass learns from first-pass tags as good as those on
		// unseen text: each fold is tagged by a first pass trained on the
		// others.
		right := make([][]int, len(train))
		for f := 0; f < opt.Folds; f++ {
			var tr []Sentence
			var g [][]int
			for i, s := range train {
				if i%opt.Folds != f {
					tr = append(tr, s)
					g = append(g, gold[i])
				}
			}
			o := opt
			o.Log, o.Seed = nil, opt.Seed+int64(f)+1
			w := m.trainPass(tr, g, nil, nil, o, "")
			for i, s := range train {
				if i%opt.Folds == f {
					right[i] = m.pass(m.prepare(s.Forms), w, nil, nil, nil)
				}
			}
		}
		m.second = m.trainPass(train, gold, right, dev, opt, "tagger (second pass)")
	}
	return m
}

// trainPass trains the weights of one pass. right holds the first pass's
// classes for a second pass, nil for the first.
func (m *Model) trainPass(train []Sentence, gold, right [][]int, dev []Sentence, opt Options, name string) *p.Model {
	tr := p.NewTrainer(len(m.Classes))
	rng := rand.New(rand.NewSource(opt.Seed))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, len(m.Classes))
	var fs []p.Feature
	for it := 0; it < opt.Iterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			s := train[si]
			var r []int
			if right != nil {
				r = right[si]
			}
			ws := m.prepare(s.Forms)
			prev1, prev2 := -1, -2
			for i := range ws {
				g := gold[si][i]
				c, ok := m.Lexicon[ws[i].form]
				if !ok {
					fs = features(fs[:0], ws, i, prev1, prev2, r)
					clear(scores)
					tr.Scores(fs, scores)
					c = argmax(scores)
					tr.Tick()
					tr.Update(fs, g, c)
				}
				if c == g {
					correct++
				}
				total++
				prev2, prev1 = prev1, c
			}
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "%s: pass %d: train accuracy %.4f, %d features", name, it+1, float64(correct)/float64(total), tr.Features())
			if dev != nil {
				saved := m.weights
				if right == nil {
					m.weights = tr.Freeze(0)
				} else {
					m.second = tr.Freeze(0)
				}
				u, x := m.Accuracy(dev)
				m.weights = saved
				fmt.Fprintf(opt.Log, ", dev UPOS %.4f XPOS %.4f", u, x)
			}
			fmt.Fprintln(opt.Log)
		}
	}
	return tr.Freeze(1e-3)
}

// Accuracy returns UPOS and XPOS accuracy on gold sentences.
func (m *Model) Accuracy(sents []Sentence) (upos, xpos float64) {
	n, u, x := 0, 0, 0
	for _, s := range sents {
		got := m.Tag(s.Forms)
		for i, c := range got {
			n++
			if c.UPOS == s.Classes[i].UPOS {
				u++
			}
			if c.XPOS == s.Classes[i].XPOS {
				x++
			}
		}
	}
	if n == 0 {
		return 0, 0
	}
	return float64(u) / float64(n), float64(x) / float64(n)
}

// ambiguity hashes the set of classes a word was seen with.
func ambiguity(cs map[int]int) uint64 {
	var bits [4]uint64
	for c := range cs {
		bits[c/64%4] |= 1 << (c % 64)
	}
	return uint64(p.Hash(99, bits[0], bits[1], bits[2]^bits[3]<<1))
}

type header struct {
	Classes []string          `json:"classes"` // "UPOS XPOS"
	Lexicon map[string]int    `json:"lexicon"`
	Ambig   map[string]uint64 `json:"ambig"`
	Passes  int               `json:"passes"`
}

// WriteTo writes the model: one JSON line with the classes and lexicon,
// then the perceptron weights.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	h := header{Lexicon: m.Lexicon, Ambig: m.Ambig, Passes: 1}
	if m.second != nil {
		h.Passes = 2
	}
	for _, c := range m.Classes {
		h.Classes = append(h.Classes, c.UPOS.String()+" "+c.XPOS.String())
	}
	if _, err := p.WriteHeader(w, h); err != nil {
		return 0, err
	}
	if _, err := m.weights.WriteTo(w); err != nil || m.second == nil {
		return 0, err
	}
	return m.second.WriteTo(w)
}

// Read loads a model written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	var h header
	br, err := p.ReadHeader(r, &h)
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	m := &Model{Lexicon: h.Lexicon, Ambig: h.Ambig}
	for _, s := range h.Classes {
		var u, x string
		fmt.Sscan(s, &u, &x)
		up, err1 := dyad.ParseUPOS(u)
		xp, err2 := dyad.ParseXPOS(x)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("tagger: bad class %q", s)
		}
		m.Classes = append(m.Classes, Class{up, xp})
	}
	for f, c := range m.Lexicon {
		if c < 0 || c >= len(m.Classes) {
			return nil, fmt.Errorf("tagger: lexicon entry %q out of range", f)
		}
	}
	if m.weights, err = p.Read(br); err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	if h.Passes == 2 {
		if m.second, err = p.Read(br); err != nil {
			return nil, fmt.Errorf("tagger: second pass: %w", err)
		}
	}
	for _, w := range []*p.Model{m.weights, m.second} {
		if w != nil && w.NumClasses != len(m.Classes) {
			return nil, fmt.Errorf("tagger: %d classes in weights, %d in header", w.NumClasses, len(m.Classes))
		}
	}
	return m, nil
}
