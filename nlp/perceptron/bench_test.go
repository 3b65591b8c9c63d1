package perceptron

import (
	"math/rand"
	"testing"
)

// BenchmarkScores scores sets of 100 features against a model of a
// million features and 103 classes with runs of 1 to 60 weights, the shape
// of the parser's joint model: drawn from a thousand features (their
// weights stay in the processor's caches) and from all of them (most
// look-ups miss), reporting the time per weight added.
func BenchmarkScores(b *testing.B) {
	rng := rand.New(rand.NewSource(1))
	keys := make([]uint32, 1000000)
	runs := make([][]fpair, len(keys))
	weights := 0
	for i := range keys {
		keys[i] = rng.Uint32()
		for _, c := range rng.Perm(103)[:1+rng.Intn(60)] {
			runs[i] = append(runs[i], fpair{class: uint16(c), w: float32(rng.NormFloat64())})
		}
		weights += len(runs[i])
	}
	m := &Model{NumClasses: 103}
	m.build(keys, runs)
	perFeature := float64(weights) / float64(len(keys))
	for _, bc := range []struct {
		name string
		from int
	}{{"cached", 1000}, {"uncached", len(keys)}} {
		b.Run(bc.name, func(b *testing.B) {
			sets := make([][]Feature, 1000)
			for i := range sets {
				for range 100 {
					sets[i] = append(sets[i], Feature(keys[rng.Intn(bc.from)]))
				}
			}
			scores := make([]float32, m.NumClasses)
			n := 0
			for b.Loop() {
				m.Scores(sets[n%len(sets)], scores)
				n++
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/(float64(n)*100*perFeature), "ns/weight")
		})
	}
}
