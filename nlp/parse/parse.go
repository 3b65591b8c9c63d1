// Package parse is dyad's labelled dependency parser: a greedy arc-hybrid
// transition system (Kuhlmann et al. 2011) scored by an averaged perceptron
// over rich non-local features (Zhang and Nivre 2011), trained with a
// dynamic oracle and exploration (Goldberg and Nivre 2013) so that it learns
// to recover from its own mistakes. It runs in linear time: each word is
// shifted once and reduced once.
//
// It produces projective trees with Universal Dependencies labels. It needs
// words and their part-of-speech tags (nlp/tag); it does not tokenize.
//
// # Joint and two-stage models
//
// The default, joint model scores every labelled action (103 classes for
// English) at each transition. A two-stage model (Options.TwoStage) scores
// the transitions with a perceptron of few classes (shift, and left-arc and
// right-arc each for punctuation or for any other relation: label groups,
// Options.Groups), then labels each arc apart, when it is made, with a
// second perceptron over the arc's head, its dependent and the dependent's
// finished subtree.
//
// Scoring waits on memory: each transition looks up about a hundred
// features in a table of a million. Five classes fit a feature's key and
// weights in 16 bytes (nlp/perceptron), so each look-up of the transitions'
// table reads one slot and adds five weights instead of about thirty. Trained on EWT train
// alone for eight passes and scored on EWT dev (parsers pruned as the
// bundle's are, words/s on one core of a busy 2-core machine, best of six
// runs):
//
//	                                      UAS    LAS    words/s
//	joint                                 84.68  81.59   89,000
//	two-stage, plain arcs (3 classes)     84.32  80.91  137,000
//	two-stage, punctuation apart (5)      84.63  81.19  126,000
//	two-stage, eight label groups (17)    84.61  81.39  100,000
//	punctuation apart, and the labeller
//	also given the transition features    84.57  81.43   75,000
//
// The labeller gives up 0.4 LAS to the joint model there: it needs the
// transitions' context features to match it, and they cost more than the
// two stages save. Trained as the built-in bundle is (EWT and GUM, fifteen
// passes, the same tagger), the gap grows to a point: EWT test LAS 82.19
// against 83.16 (dev 81.83 against 82.71), and dyad codes fewer events
// (PETRARCH unit-test records 246/283 both, validation records 232/264
// against 235). Ingesting the 2,989 White House statements into SQLite on
// two cores runs 74.8 documents/s against 58.8 (1.27 times as fast: the
// parser is under half of ingest's time) and stores 5,170 events against
// 5,581 (7% fewer). So bundles use the joint parser; dyad train ud
// --parse-two-stage builds the other.
package parse

import (
	"slices"

	"github.com/dyadproject/dyad"
	p "github.com/dyadproject/dyad/nlp/perceptron"
)

// Model is a trained parser.
//
// A joint model scores every labelled action at once; a two-stage model
// (Options.TwoStage) chooses a transition, then labels an arc with a
// second perceptron. See the package documentation.
type Model struct {
	Labels  []dyad.Dep // label index -> relation
	root    int        // index of the root label
	weights *p.Model   // transitions: shift, left, right (two-stage) or 1+2L labelled actions (joint)
	labeler *p.Model   // labels of arcs (two-stage); nil for a joint model
	// groups, in a two-stage model, splits the labels by base relation:
	// each arc transition names a group, and the labeller chooses within
	// it; labels of no group form a last one. group maps each label to
	// its group.
	groups [][]string
	group  []int
}

// numGroups returns the number of label groups of a two-stage model.
func (m *Model) numGroups() int { return len(m.groups) + 1 }

// setGroups fills m.group from m.groups.
func (m *Model) setGroups() {
	m.group = make([]int, len(m.Labels))
	for i, l := range m.Labels {
		m.group[i] = len(m.groups)
		for g, names := range m.groups {
			if slices.Contains(names, l.Base().String()) {
				m.group[i] = g
			}
		}
	}
}

// actionGroup returns the label group that action a of a two-stage model
// names.
func (m *Model) actionGroup(a int) int { return (a - 1) % m.numGroups() }

// Input is one sentence to parse: word forms and their XPOS and UPOS tags.
type Input struct {
	Forms []string
	XPOS  []dyad.XPOS
	UPOS  []dyad.UPOS
	// Classes, when not nil, holds each word's class learned from
	// unlabelled text (nlp/cluster), 0 for unknown words.
	Classes []int
}

const (
	none   = 1 // value of an absent position
	rootV  = 2 // value of the artificial root
	offset = 3 // first value of real tags and labels
)

// state is a parser configuration. Words are numbered 1..n; 0 is the root.
type state struct {
	n      int
	stack  []int
	b      int // front of the buffer; the buffer is b..n
	heads  []int
	labels []int
	lc1    []int // leftmost child
	lc2    []int // second leftmost child
	rc1    []int // rightmost child
	rc2    []int // second rightmost child
	nl, nr []int // number of left and right children
	lset   []uint64
	rset   []uint64
}

func newState(n int) *state {
	s := &state{n: n, b: 1}
	buf := make([]int, 8*(n+1))
	take := func() []int {
		x := buf[:n+1]
		buf = buf[n+1:]
		return x
	}
	s.heads, s.labels, s.lc1, s.lc2, s.rc1, s.rc2, s.nl, s.nr = take(), take(), take(), take(), take(), take(), take(), take()
	for i := range s.heads {
		s.heads[i], s.lc1[i], s.lc2[i], s.rc1[i], s.rc2[i] = -1, -1, -1, -1, -1
		s.labels[i] = -1
	}
	s.lset = make([]uint64, n+1)
	s.rset = make([]uint64, n+1)
	s.stack = make([]int, 1, n+1)
	return s
}

func (s *state) terminal() bool { return s.b > s.n && len(s.stack) == 1 }

func (s *state) s(i int) int {
	if i < len(s.stack) {
		return s.stack[len(s.stack)-1-i]
	}
	return -1
}

func (s *state) buf(i int) int {
	if s.b+i <= s.n {
		return s.b + i
	}
	return -1
}

func (s *state) arc(h, d, l int) {
	s.heads[d] = h
	s.labels[d] = l
	if d < h {
		s.nl[h]++
		s.lset[h] |= 1 << (l % 64)
		if s.lc1[h] == -1 || d < s.lc1[h] {
			s.lc2[h] = s.lc1[h]
			s.lc1[h] = d
		} else if s.lc2[h] == -1 || d < s.lc2[h] {
			s.lc2[h] = d
		}
	} else {
		s.nr[h]++
		s.rset[h] |= 1 << (l % 64)
		if s.rc1[h] == -1 || d > s.rc1[h] {
			s.rc2[h] = s.rc1[h]
			s.rc1[h] = d
		} else if s.rc2[h] == -1 || d > s.rc2[h] {
			s.rc2[h] = d
		}
	}
}

// Actions: 0 shift; 1+l left-arc with label l; 1+L+l right-arc with label l
// (joint model); 0 shift, 1 left-arc, 2 right-arc, labels chosen apart
// (two-stage model).
const (
	shift = 0
	left  = 1
	right = 2
)

func (m *Model) numActions() int {
	if m.labeler != nil {
		return 1 + 2*m.numGroups()
	}
	return 1 + 2*len(m.Labels)
}

// kind returns the transition of action a and its label, -1 for none or
// one the labeller chooses.
func (m *Model) kind(a int) (k, label int) {
	if m.labeler != nil {
		switch {
		case a == shift:
			return shift, -1
		case a <= m.numGroups():
			return left, -1
		}
		return right, -1
	}
	L := len(m.Labels)
	switch {
	case a == shift:
		return 0, -1
	case a <= L:
		return 1, a - 1
	default:
		return 2, a - 1 - L
	}
}

// valid reports whether action a may be taken in s.
func (m *Model) valid(s *state, a int) bool {
	k, l := m.kind(a)
	switch k {
	case 0:
		return s.b <= s.n
	case 1: // left: b0 becomes head of s0
		return len(s.stack) > 1 && s.b <= s.n && l != m.root
	default: // right: s1 becomes head of s0
		if len(s.stack) < 2 {
			return false
		}
		if s.s(1) == 0 {
			return (l == m.root || l < 0) && s.b > s.n && len(s.stack) == 2
		}
		return l != m.root
	}
}

func (m *Model) apply(s *state, a int) {
	k, l := m.kind(a)
	m.do(s, k, l)
}

// arc returns the head and dependent of transition k (left or right) in s.
func arc(s *state, k int) (h, d int) {
	if k == left {
		return s.b, s.s(0)
	}
	return s.s(1), s.s(0)
}

// do takes transition k with label l.
func (m *Model) do(s *state, k, l int) {
	switch k {
	case 0:
		s.stack = append(s.stack, s.b)
		s.b++
	case 1:
		s0 := s.s(0)
		s.stack = s.stack[:len(s.stack)-1]
		s.arc(s.b, s0, l)
	default:
		s0, s1 := s.s(0), s.s(1)
		s.stack = s.stack[:len(s.stack)-1]
		s.arc(s1, s0, l)
	}
}

// sentence holds the per-word feature values of one input.
type sentence struct {
	w, t, u, c []uint64 // word, XPOS, UPOS and class values; index 0 is the root
}

func prepare(in Input) *sentence {
	n := len(in.Forms)
	x := &sentence{w: make([]uint64, n+1), t: make([]uint64, n+1), u: make([]uint64, n+1), c: make([]uint64, n+1)}
	x.w[0], x.t[0], x.u[0], x.c[0] = rootV, rootV, rootV, rootV
	for i := 0; i < n; i++ {
		x.w[i+1] = p.String(lowerASCII(in.Forms[i]))
		x.t[i+1] = uint64(in.XPOS[i]) + offset
		if in.UPOS != nil {
			x.u[i+1] = uint64(in.UPOS[i]) + offset
		}
		if in.Classes != nil {
			x.c[i+1] = uint64(in.Classes[i]) + offset
		}
	}
	return x
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 32
				}
			}
			return string(b)
		}
	}
	return s
}

// Parse returns the head (0 for the root, else 1-based word number) and
// relation of every word.
func (m *Model) Parse(in Input) (heads []int, deps []dyad.Dep) {
	n := len(in.Forms)
	heads = make([]int, n)
	deps = make([]dyad.Dep, n)
	if n == 0 {
		return
	}
	x := prepare(in)
	s := newState(n)
	scores := make([]float32, m.numActions())
	labels := make([]float32, len(m.Labels))
	fs := make([]p.Feature, 0, 128)
	var lf []p.Feature
	for !s.terminal() {
		fs = features(fs[:0], x, s)
		clear(scores)
		m.weights.Scores(fs, scores)
		best := -1
		for a := range scores {
			if (best < 0 || scores[a] > scores[best]) && m.valid(s, a) {
				best = a
			}
		}
		if best < 0 { // cannot happen: some action is always valid
			break
		}
		k, l := m.kind(best)
		if m.labeler != nil && k != shift {
			l, _, lf = m.label(m.labeler, x, s, k, m.actionGroup(best), lf, labels)
		}
		m.do(s, k, l)
	}
	for i := 1; i <= n; i++ {
		heads[i-1] = s.heads[i]
		if s.labels[i] >= 0 {
			deps[i-1] = m.Labels[s.labels[i]]
		}
	}
	return
}

// scorer scores features: a trained model, or one in training.
type scorer interface {
	Scores(feats []p.Feature, scores []float32)
}

// label returns the best label of the arc that transition k makes within
// label group g, the best of all labels, and the label features it used
// (appended to lf[:0]).
func (m *Model) label(sc scorer, x *sentence, s *state, k, g int, lf []p.Feature, scores []float32) (inGroup, any int, _ []p.Feature) {
	h, d := arc(s, k)
	if h == 0 {
		return m.root, m.root, lf
	}
	lf = labelFeatures(lf[:0], x, s, k, h, d)
	clear(scores)
	sc.Scores(lf, scores)
	inGroup, any = -1, -1
	for l, v := range scores {
		if l == m.root {
			continue
		}
		if any < 0 || v > scores[any] {
			any = l
		}
		if m.group[l] == g && (inGroup < 0 || v > scores[inGroup]) {
			inGroup = l
		}
	}
	if inGroup < 0 { // a group with no label but root
		inGroup = any
	}
	return inGroup, any, lf
}

// Has reports whether the model holds weights for feature f.
func (m *Model) Has(f p.Feature) bool { return m.weights.Has(f) }

// Prune drops weights below min in magnitude (see perceptron.Model.Prune).
func (m *Model) Prune(min float32) *Model {
	c := *m
	c.weights = m.weights.Prune(min)
	if m.labeler != nil {
		c.labeler = m.labeler.Prune(min)
	}
	return &c
}

// Size returns the number of features and weights, the labeller's
// included.
func (m *Model) Size() (features, weights int) {
	features, weights = m.weights.Features(), m.weights.Weights()
	if m.labeler != nil {
		features += m.labeler.Features()
		weights += m.labeler.Weights()
	}
	return
}
