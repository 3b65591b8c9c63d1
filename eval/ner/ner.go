// Package ner scores named-entity recognition as CoNLL's conlleval script
// does: an entity counts as found only when a predicted entity has exactly
// its span and its type, and precision, recall and F1 are micro-averaged
// over all entities, overall and per type.
//
// The package does no I/O and runs no model: callers read the gold data
// (nlp/ner.ReadIOB2), run a recogniser and pass both sides here as
// []dyad.Entity per sentence.
package ner

import (
	"fmt"

	"github.com/dyadproject/dyad"
)

// Score counts the entities of one measure.
type Score struct {
	Gold      int // gold entities
	Predicted int // predicted entities
	Correct   int // predicted entities with the span and type of a gold one
}

// Precision returns Correct/Predicted, or 0 without predicted entities.
func (s Score) Precision() float64 { return ratio(s.Correct, s.Predicted) }

// Recall returns Correct/Gold, or 0 without gold entities.
func (s Score) Recall() float64 { return ratio(s.Correct, s.Gold) }

// F1 returns the harmonic mean of precision and recall,
// 2·Correct/(Gold+Predicted), or 0 when both are 0.
func (s Score) F1() float64 { return ratio(2*s.Correct, s.Gold+s.Predicted) }

func (s *Score) add(o Score) {
	s.Gold += o.Gold
	s.Predicted += o.Predicted
	s.Correct += o.Correct
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Result holds the scores of an evaluation: over all entities, and per
// entity type (indexed by dyad.EntityType; index 0, dyad.NoEntity, counts
// entities of types outside PER, ORG and LOC, if any).
type Result struct {
	Sentences int
	Total     Score
	PerType   [4]Score
}

// Types lists the entity types that Result scores separately, in order.
var Types = []dyad.EntityType{dyad.PER, dyad.ORG, dyad.LOC}

// Type returns the score of one entity type.
func (r *Result) Type(t dyad.EntityType) Score {
	if int(t) >= len(r.PerType) {
		return Score{}
	}
	return r.PerType[t]
}

// Add scores one sentence: gold and predicted entities over the same
// tokens. Each predicted entity matches at most one gold entity, so
// duplicates count as errors.
func (r *Result) Add(gold, pred []dyad.Entity) {
	r.Sentences++
	g := make(map[dyad.Entity]int, len(gold))
	for _, e := range gold {
		g[e]++
		r.count(e.Type, Score{Gold: 1})
	}
	for _, e := range pred {
		s := Score{Predicted: 1}
		if g[e] > 0 {
			g[e]--
			s.Correct = 1
		}
		r.count(e.Type, s)
	}
}

func (r *Result) count(t dyad.EntityType, s Score) {
	r.Total.add(s)
	if int(t) >= len(r.PerType) {
		t = dyad.NoEntity
	}
	r.PerType[t].add(s)
}

// Evaluate scores predicted entities against gold ones, sentence by
// sentence. gold and pred must have one entry per sentence.
func Evaluate(gold, pred [][]dyad.Entity) (Result, error) {
	var r Result
	if len(gold) != len(pred) {
		return r, fmt.Errorf("ner: %d gold sentences but %d predicted", len(gold), len(pred))
	}
	for i := range gold {
		r.Add(gold[i], pred[i])
	}
	return r, nil
}
