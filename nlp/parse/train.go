package parse

import (
	"fmt"
	"io"
	"math/rand"
	"slices"

	"github.com/dyadproject/dyad"
	p "github.com/dyadproject/dyad/nlp/perceptron"
)

// Sentence is a training sentence: input plus gold heads (0 for the root,
// else 1-based) and relations.
type Sentence struct {
	Input
	Heads []int
	Deps  []dyad.Dep
}

// Options tune training.
type Options struct {
	Iterations int     // passes over the data; 0 means 15
	Explore    float64 // probability of following a wrong prediction after the first pass; 0 means 0.9
	Seed       int64
	// Keep, when not nil, restricts the model to the features it accepts
	// (as Model.Has of a pruned parser does): the others are never
	// scored nor learned, so the weights of the rest adapt to their
	// absence.
	Keep func(p.Feature) bool
	// TwoStage trains a two-stage model, which chooses transitions and
	// labels apart, instead of a joint one (see Model).
	TwoStage bool
	// Groups, for a two-stage model, splits the labels into groups by
	// base relation (the rest form a last group) that the transitions
	// name (see Model).
	Groups [][]string
	Log    io.Writer
}

// oracle computes the cost of each action against a gold tree: the number
// of gold arcs that taking it makes unreachable (Goldberg and Nivre 2013).
type oracle struct {
	heads  []int // gold, index 0 unused
	labels []int
}

// costs fills cost[a] for every valid action a of s (-1 for invalid ones)
// and returns the minimum.
func (o *oracle) costs(m *Model, s *state, cost []int) int {
	var shiftC, leftC, rightC int
	s0, s1 := s.s(0), s.s(1)
	if s.b <= s.n {
		b := s.b
		for i, d := range s.stack {
			if o.heads[b] == d && i != len(s.stack)-1 {
				shiftC++
			}
			if d != 0 && o.heads[d] == b {
				shiftC++
			}
		}
	}
	if s0 > 0 {
		deps := o.depsInBuffer(s, s0)
		h := o.heads[s0]
		leftC, rightC = deps, deps
		if h == s1 || h > s.b {
			leftC++
		}
		if h >= s.b {
			rightC++
		}
	}
	min := 1 << 30
	for a := range cost {
		if !m.valid(s, a) {
			cost[a] = -1
			continue
		}
		k, l := m.kind(a)
		c := shiftC
		switch k {
		case 1:
			c = leftC
			if o.heads[s0] == s.b && l >= 0 && l != o.labels[s0] {
				c++
			}
		case 2:
			c = rightC
			if o.heads[s0] == s1 && l >= 0 && l != o.labels[s0] {
				c++
			}
		}
		if m.labeler != nil && k != shift && s0 > 0 && m.group[o.labels[s0]] != m.actionGroup(a) &&
			(k == left && o.heads[s0] == s.b || k == right && o.heads[s0] == s1) {
			c++ // the right arc with a label of the wrong group
		}
		cost[a] = c
		if c < min {
			min = c
		}
	}
	return min
}

func (o *oracle) depsInBuffer(s *state, h int) int {
	c := 0
	for d := s.b; d <= s.n; d++ {
		if o.heads[d] == h {
			c++
		}
	}
	return c
}

// Train trains a parser. dev, when not nil, is scored after each pass.
func Train(train, dev []Sentence, opt Options) *Model {
	if opt.Iterations == 0 {
		opt.Iterations = 15
	}
	if opt.Explore == 0 {
		opt.Explore = 0.9
	}
	m := &Model{root: -1}
	index := map[dyad.Dep]int{}
	for _, s := range train {
		for _, d := range s.Deps {
			if _, ok := index[d]; !ok {
				index[d] = len(m.Labels)
				m.Labels = append(m.Labels, d)
			}
		}
	}
	m.root = index[dyad.Root]
	var ltr *p.Trainer
	var lscores []float32
	var lf []p.Feature
	if opt.TwoStage {
		ltr = p.NewTrainer(len(m.Labels))
		lscores = make([]float32, len(m.Labels))
		m.labeler = ltr.Freeze(0) // marks the model two-stage while it trains
		m.groups = opt.Groups
		m.setGroups()
	}
	tr := p.NewTrainer(m.numActions())
	rng := rand.New(rand.NewSource(opt.Seed))
	order := rng.Perm(len(train))
	scores := make([]float32, m.numActions())
	costs := make([]int, m.numActions())
	var fs []p.Feature
	for it := 0; it < opt.Iterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			g := &train[si]
			n := len(g.Forms)
			o := &oracle{heads: make([]int, n+1), labels: make([]int, n+1)}
			for i := 0; i < n; i++ {
				o.heads[i+1] = g.Heads[i]
				o.labels[i+1] = index[g.Deps[i]]
			}
			x := prepare(g.Input)
			s := newState(n)
			for !s.terminal() {
				fs = features(fs[:0], x, s)
				if opt.Keep != nil {
					fs = slices.DeleteFunc(fs, func(f p.Feature) bool { return !opt.Keep(f) })
				}
				clear(scores)
				tr.Scores(fs, scores)
				minCost := o.costs(m, s, costs)
				pred, best := -1, -1
				for a, c := range costs {
					if c < 0 {
						continue
					}
					if pred < 0 || scores[a] > scores[pred] {
						pred = a
					}
					if c == minCost && (best < 0 || scores[a] > scores[best]) {
						best = a
					}
				}
				tr.Tick()
				next := pred
				if costs[pred] != minCost {
					tr.Update(fs, best, pred)
					if it == 0 || rng.Float64() >= opt.Explore {
						next = best
					}
				}
				k, _ := m.kind(next)
				if ltr == nil || k == shift {
					m.apply(s, next)
					continue
				}
				// Two-stage: label the arc, learning from it when its
				// head is the gold one.
				h, d := arc(s, k)
				l := m.root
				if h != 0 {
					var any int
					l, any, lf = m.label(ltr, x, s, k, m.actionGroup(next), lf, lscores)
					ltr.Tick()
					if o.heads[d] == h {
						gold := o.labels[d]
						ltr.Update(lf, gold, any)
						if it == 0 || rng.Float64() >= opt.Explore {
							l = gold
						}
					}
				}
				m.do(s, k, l)
			}
			for i := 1; i <= n; i++ {
				total++
				if s.heads[i] == o.heads[i] {
					correct++
				}
			}
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "parser: pass %d: train UAS %.4f, %d features", it+1, float64(correct)/float64(total), tr.Features())
			if dev != nil {
				m.weights = tr.Freeze(0)
				if ltr != nil {
					m.labeler = ltr.Freeze(0)
				}
				uas, las := m.Accuracy(dev)
				fmt.Fprintf(opt.Log, ", dev UAS %.4f LAS %.4f", uas, las)
			}
			fmt.Fprintln(opt.Log)
		}
	}
	m.weights = tr.Freeze(1e-3)
	if ltr != nil {
		m.labeler = ltr.Freeze(1e-3)
	}
	return m
}

// Accuracy returns UAS and LAS (universal relation without subtype, as
// CoNLL 2018 scores it) on gold sentences.
func (m *Model) Accuracy(sents []Sentence) (uas, las float64) {
	n, u, l := 0, 0, 0
	for _, s := range sents {
		heads, deps := m.Parse(s.Input)
		for i := range heads {
			n++
			if heads[i] == s.Heads[i] {
				u++
				if deps[i].Base() == s.Deps[i].Base() {
					l++
				}
			}
		}
	}
	if n == 0 {
		return 0, 0
	}
	return float64(u) / float64(n), float64(l) / float64(n)
}

type header struct {
	Labels []string `json:"labels"`
	// TwoStage marks a two-stage model: the labeller's weights follow
	// the transitions'.
	TwoStage bool `json:"two_stage,omitempty"`
	// Groups are a two-stage model's label groups.
	Groups [][]string `json:"groups,omitempty"`
}

// WriteTo writes the model: one JSON line with the labels, then the
// perceptron weights.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var h header
	for _, l := range m.Labels {
		h.Labels = append(h.Labels, l.String())
	}
	h.TwoStage, h.Groups = m.labeler != nil, m.groups
	n, err := p.WriteHeader(w, h)
	if err != nil {
		return n, err
	}
	k, err := m.weights.WriteTo(w)
	n += k
	if err != nil || m.labeler == nil {
		return n, err
	}
	k, err = m.labeler.WriteTo(w)
	return n + k, err
}

// Read loads a model written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	var h header
	br, err := p.ReadHeader(r, &h)
	if err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	m := &Model{root: -1}
	for i, s := range h.Labels {
		d, err := dyad.ParseDep(s)
		if err != nil {
			return nil, fmt.Errorf("parser: %w", err)
		}
		if d == dyad.Root {
			m.root = i
		}
		m.Labels = append(m.Labels, d)
	}
	if m.root < 0 {
		return nil, fmt.Errorf("parser: no root label")
	}
	if m.weights, err = p.Read(br); err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	if h.TwoStage {
		m.groups = h.Groups
		m.setGroups()
		if m.labeler, err = p.Read(br); err != nil {
			return nil, fmt.Errorf("parser: labeller: %w", err)
		}
		if m.labeler.NumClasses != len(m.Labels) {
			return nil, fmt.Errorf("parser: %d classes in the labeller's weights, want %d", m.labeler.NumClasses, len(m.Labels))
		}
	}
	if m.weights.NumClasses != m.numActions() {
		return nil, fmt.Errorf("parser: %d classes in weights, want %d", m.weights.NumClasses, m.numActions())
	}
	return m, nil
}
