package ner

import (
	"testing"

	"github.com/dyadproject/dyad"
)

func e(start, end int, t dyad.EntityType) dyad.Entity {
	return dyad.Entity{Span: dyad.Span{Start: start, End: end}, Type: t}
}

func TestEvaluate(t *testing.T) {
	type counts struct{ gold, pred, correct int }
	for _, tc := range []struct {
		name       string
		gold, pred [][]dyad.Entity
		total      counts
		per        map[dyad.EntityType]counts
		p, r, f1   float64
	}{
		{"perfect", [][]dyad.Entity{{e(0, 2, dyad.PER), e(3, 4, dyad.LOC)}, nil},
			[][]dyad.Entity{{e(0, 2, dyad.PER), e(3, 4, dyad.LOC)}, nil},
			counts{2, 2, 2}, map[dyad.EntityType]counts{dyad.PER: {1, 1, 1}, dyad.LOC: {1, 1, 1}}, 1, 1, 1},
		{"nothing predicted", [][]dyad.Entity{{e(0, 1, dyad.ORG)}}, [][]dyad.Entity{nil},
			counts{1, 0, 0}, map[dyad.EntityType]counts{dyad.ORG: {1, 0, 0}}, 0, 0, 0},
		{"nothing to find", [][]dyad.Entity{nil, nil}, [][]dyad.Entity{nil, {e(1, 2, dyad.PER)}},
			counts{0, 1, 0}, map[dyad.EntityType]counts{dyad.PER: {0, 1, 0}}, 0, 0, 0},
		{"empty", nil, nil, counts{}, nil, 0, 0, 0},
		// A wrong boundary or a wrong type is both a miss and a false
		// alarm; the same span in another sentence does not count.
		{"exact spans only",
			[][]dyad.Entity{{e(0, 2, dyad.PER), e(3, 5, dyad.ORG), e(6, 7, dyad.LOC)}, {e(0, 1, dyad.LOC)}},
			[][]dyad.Entity{{e(0, 2, dyad.PER), e(3, 4, dyad.ORG), e(6, 7, dyad.ORG)}, {e(0, 2, dyad.LOC)}},
			counts{4, 4, 1},
			map[dyad.EntityType]counts{dyad.PER: {1, 1, 1}, dyad.ORG: {1, 2, 0}, dyad.LOC: {2, 1, 0}},
			0.25, 0.25, 0.25},
		// 3 of 4 predictions right, 3 of 5 gold found: P 3/4, R 3/5,
		// F1 2·3/(5+4) = 2/3.
		{"micro average",
			[][]dyad.Entity{{e(0, 1, dyad.PER), e(2, 3, dyad.PER), e(4, 5, dyad.LOC)}, {e(0, 1, dyad.ORG), e(1, 2, dyad.LOC)}},
			[][]dyad.Entity{{e(0, 1, dyad.PER), e(2, 3, dyad.PER), e(4, 5, dyad.ORG)}, {e(0, 1, dyad.ORG)}},
			counts{5, 4, 3},
			map[dyad.EntityType]counts{dyad.PER: {2, 2, 2}, dyad.ORG: {1, 2, 1}, dyad.LOC: {2, 0, 0}},
			0.75, 0.6, 2.0 / 3},
		// A duplicated prediction matches its gold entity once.
		{"duplicates", [][]dyad.Entity{{e(0, 1, dyad.PER)}}, [][]dyad.Entity{{e(0, 1, dyad.PER), e(0, 1, dyad.PER)}},
			counts{1, 2, 1}, map[dyad.EntityType]counts{dyad.PER: {1, 2, 1}}, 0.5, 1, 2.0 / 3},
		// Types beyond PER, ORG and LOC count in the total and at index 0.
		{"other types", [][]dyad.Entity{{e(0, 1, dyad.EntityType(9))}}, [][]dyad.Entity{{e(0, 1, dyad.EntityType(9))}},
			counts{1, 1, 1}, map[dyad.EntityType]counts{dyad.NoEntity: {1, 1, 1}}, 1, 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Evaluate(tc.gold, tc.pred)
			if err != nil {
				t.Fatal(err)
			}
			if r.Sentences != len(tc.gold) {
				t.Errorf("sentences %d, want %d", r.Sentences, len(tc.gold))
			}
			if got := (counts{r.Total.Gold, r.Total.Predicted, r.Total.Correct}); got != tc.total {
				t.Errorf("total %+v, want %+v", got, tc.total)
			}
			for typ := dyad.EntityType(0); typ < 4; typ++ {
				s := r.Type(typ)
				if got := (counts{s.Gold, s.Predicted, s.Correct}); got != tc.per[typ] {
					t.Errorf("%s: %+v, want %+v", typ, got, tc.per[typ])
				}
			}
			if r.Total.Precision() != tc.p || r.Total.Recall() != tc.r || r.Total.F1() != tc.f1 {
				t.Errorf("P %v R %v F1 %v, want %v %v %v", r.Total.Precision(), r.Total.Recall(), r.Total.F1(), tc.p, tc.r, tc.f1)
			}
		})
	}
}

func TestEvaluateMismatch(t *testing.T) {
	_, err := Evaluate(make([][]dyad.Entity, 2), make([][]dyad.Entity, 3))
	if err == nil || err.Error() != "ner: 2 gold sentences but 3 predicted" {
		t.Errorf("error %v", err)
	}
	var r Result
	if s := r.Type(dyad.EntityType(200)); s != (Score{}) {
		t.Errorf("unknown type: %+v", s)
	}
}
