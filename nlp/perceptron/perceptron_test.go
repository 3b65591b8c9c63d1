package perceptron

import (
	"bytes"
	"math"
	"testing"
)

// train learns a toy problem: feature i votes for class i%3.
func train(t *testing.T) *Trainer {
	t.Helper()
	tr := NewTrainer(3)
	scores := make([]float32, 3)
	for it := 0; it < 5; it++ {
		for i := 0; i < 30; i++ {
			fs := []Feature{Hash(1, uint64(i), 0, 0), Hash(2, 0, 0, 0)}
			clear(scores)
			tr.Scores(fs, scores)
			best := 0
			for c := range scores {
				if scores[c] > scores[best] {
					best = c
				}
			}
			tr.Tick()
			tr.Update(fs, i%3, best)
		}
	}
	return tr
}

func TestLearnsAndRoundTrips(t *testing.T) {
	m := train(t).Freeze(0)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if m2.Features() != m.Features() || m2.Weights() != m.Weights() {
		t.Fatalf("read %d features %d weights, wrote %d %d", m2.Features(), m2.Weights(), m.Features(), m.Weights())
	}
	for i := 0; i < 30; i++ {
		fs := []Feature{Hash(1, uint64(i), 0, 0), Hash(2, 0, 0, 0)}
		for _, model := range []*Model{m, m2} {
			s := make([]float32, 3)
			model.Scores(fs, s)
			best := 0
			for c := range s {
				if s[c] > s[best] {
					best = c
				}
			}
			if best != i%3 {
				t.Errorf("feature %d: class %d, want %d (scores %v)", i, best, i%3, s)
			}
		}
	}
	// quantisation keeps weights close
	s1, s2 := make([]float32, 3), make([]float32, 3)
	fs := []Feature{Hash(1, 4, 0, 0)}
	m.Scores(fs, s1)
	m2.Scores(fs, s2)
	for c := range s1 {
		if math.Abs(float64(s1[c]-s2[c])) > 1e-3 {
			t.Errorf("class %d: %v after round trip, %v before", c, s2[c], s1[c])
		}
	}
}

func TestReadRejectsGarbage(t *testing.T) {
	for _, in := range []string{"", "dyadAP01", "not a model at all", "dyadAP01\xff\xff\xff\xff\xff\xff\xff\xff"} {
		if _, err := Read(bytes.NewReader([]byte(in))); err == nil {
			t.Errorf("Read(%q): no error", in)
		}
	}
}

func TestUnknownFeaturesScoreZero(t *testing.T) {
	m := train(t).Freeze(0)
	s := make([]float32, 3)
	m.Scores([]Feature{Hash(77, 1, 2, 3)}, s)
	for _, v := range s {
		if v != 0 {
			t.Fatalf("unknown feature scored %v", s)
		}
	}
}

func TestHas(t *testing.T) {
	tr := NewTrainer(3)
	a, b := Hash(1, 2, 3, 4), Hash(5, 6, 7, 8)
	tr.Tick()
	tr.Update([]Feature{a}, 1, 2)
	tr.Tick()
	m := tr.Freeze(0)
	if !m.Has(a) || m.Has(b) {
		t.Errorf("Has(trained) = %v, Has(unseen) = %v", m.Has(a), m.Has(b))
	}
	if (&Model{}).Has(a) {
		t.Error("an empty model has a feature")
	}
}
