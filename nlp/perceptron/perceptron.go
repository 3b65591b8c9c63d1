// Package perceptron implements the multi-class averaged perceptron that
// dyad's tagger and parser are trained with, over hashed sparse features.
//
// Training keeps, for every feature, the classes it has been updated for
// with their running weight, sum and timestamp (lazy averaging, as in
// Collins 2002 and Daumé's trick). Freeze turns the averaged weights into a
// compact read-only table: an open-addressing hash from feature to a short
// run of (class, weight) pairs, which is what the shipped models hold.
// Scoring waits on memory, so the layout in memory is chosen for it: a model
// of at most five classes (the parser's transitions) keeps a feature's key
// and every class's weight in 16 bytes, four to a cache line; a larger one
// keeps 8-byte slots (key and offset) and every feature's run of weights in
// one contiguous array, so that the hash table is small enough to stay
// mostly in the processor's caches (the parser's joint model: 16 MB of
// slots and 13 MB of weights, against 64 MB of slots with five weights
// inline and the rest apart; 7% faster parsing, identical scores). A
// feature with weights for a third of the classes or more keeps them in a
// dense row of 16-bit weights instead, and the rows of a lookup are summed
// four classes at a time in 64-bit words (a third of the parser's features
// found hold 70% of its weights; the recogniser runs 10% faster and the
// parser 3%). Model files list features heaviest first (by the sum of their
// weights' magnitudes) and a model keeps runs and rows in that order, so
// that the features that take most look-ups lie together: on news, 90% of
// the parser's found look-ups go to 3% of its features, 1.5 MB of weights
// so arranged, which stay in the processor's caches (15% faster parsing
// than in hash order, identical scores). On amd64 processors with AVX2 the
// rows are summed with vector instructions (rows_amd64.s, a loop of ten
// instructions; the parser runs another 20% faster), elsewhere with the
// 64-bit words. No
// Go library offers a structured-prediction perceptron with this layout, so
// it is written here; it is a few hundred lines and has no dependencies.
package perceptron

import (
	"math"
	"sort"
)

// Feature is a hashed feature. Build one with Hash.
type Feature uint64

// Hash mixes a template number and up to three values into a Feature.
func Hash(tmpl uint64, a, b, c uint64) Feature {
	h := tmpl*0x9E3779B97F4A7C15 + 0x632BE59BD9B4E019
	h = mix(h ^ a)
	h = mix(h ^ b)
	h = mix(h ^ c)
	return Feature(h)
}

func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// String hashes a string into a value for Hash.
func String(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

type weight struct {
	class int32
	w     float32
	total float64
	stamp int32
}

// Trainer accumulates perceptron updates.
type Trainer struct {
	NumClasses int
	weights    map[Feature][]weight
	step       int32
}

// NewTrainer returns a Trainer for n classes.
func NewTrainer(n int) *Trainer {
	return &Trainer{NumClasses: n, weights: make(map[Feature][]weight, 1<<20)}
}

// Scores adds the current (not averaged) weights of feats to scores, which
// must have NumClasses entries.
func (t *Trainer) Scores(feats []Feature, scores []float32) {
	for _, f := range feats {
		for _, w := range t.weights[f] {
			scores[w.class] += w.w
		}
	}
}

// Tick advances the update counter; call it once per training example.
func (t *Trainer) Tick() { t.step++ }

// Update moves the weights of feats towards class good and away from bad.
func (t *Trainer) Update(feats []Feature, good, bad int) {
	if good == bad {
		return
	}
	for _, f := range feats {
		ws := t.weights[f]
		ws = t.add(ws, int32(good), 1)
		ws = t.add(ws, int32(bad), -1)
		t.weights[f] = ws
	}
}

func (t *Trainer) add(ws []weight, class int32, d float32) []weight {
	for i := range ws {
		if ws[i].class == class {
			w := &ws[i]
			w.total += float64(t.step-w.stamp) * float64(w.w)
			w.stamp = t.step
			w.w += d
			return ws
		}
	}
	return append(ws, weight{class: class, w: d, stamp: t.step})
}

// Features returns the number of features seen so far.
func (t *Trainer) Features() int { return len(t.weights) }

// Freeze returns the averaged model. Weights whose magnitude is below
// minWeight (after averaging) are dropped to keep the model small.
func (t *Trainer) Freeze(minWeight float32) *Model {
	type entry struct {
		f  Feature
		ps []fpair
	}
	var entries []entry
	T := float64(t.step)
	if T == 0 {
		T = 1
	}
	for f, ws := range t.weights {
		var ps []fpair
		for _, w := range ws {
			avg := (w.total + float64(t.step-w.stamp)*float64(w.w)) / T
			if math.Abs(avg) >= float64(minWeight) && avg != 0 {
				ps = append(ps, fpair{class: uint16(w.class), w: float32(avg)})
			}
		}
		if len(ps) > 0 {
			sort.Slice(ps, func(i, j int) bool { return ps[i].class < ps[j].class })
			entries = append(entries, entry{f, ps})
		}
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].f < entries[j].f })
	m := &Model{NumClasses: t.NumClasses}
	keys := make([]uint32, len(entries))
	runs := make([][]fpair, len(entries))
	for i, e := range entries {
		keys[i] = key(e.f)
		runs[i] = e.ps
	}
	m.build(keys, runs)
	return m
}
