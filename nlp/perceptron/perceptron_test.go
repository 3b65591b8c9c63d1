package perceptron

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/rand"
	"slices"
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

// TestDenseMatchesSparse checks that models of at most denseClasses
// classes (kept in dslots) score exactly as the same weights in general
// slots, also after a write and read and after pruning.
func TestDenseMatchesSparse(t *testing.T) {
	for _, classes := range []int{3, denseClasses} {
		t.Run(fmt.Sprint(classes), func(t *testing.T) { denseMatchesSparse(t, classes) })
	}
}

func denseMatchesSparse(t *testing.T, classes int) {
	rng := rand.New(rand.NewSource(1))
	keys, runs := randomRuns(rng, 5000, func() []fpair {
		var run []fpair
		for c := uint16(0); c < uint16(classes); c++ {
			if rng.Intn(3) > 0 {
				run = append(run, fpair{class: c, w: float32(0.01+rng.Float64()) * float32(1-2*rng.Intn(2))}) // none rounds to 0
			}
		}
		return run
	})
	dense := &Model{NumClasses: classes}
	dense.build(keys, runs)
	sparse := &Model{NumClasses: denseClasses + 1, scale: dense.scale}
	sparse.build(keys, runs)
	if dense.dense == nil || sparse.slots == nil {
		t.Fatalf("want a compact model of %d classes and a general one of %d", classes, denseClasses+1)
	}
	var buf bytes.Buffer
	if _, err := dense.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	read, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if read.Features() != dense.Features() || read.Weights() != dense.Weights() || dense.Weights() != sparse.Weights() {
		t.Fatalf("weights: dense %d, read %d, sparse %d", dense.Weights(), read.Weights(), sparse.Weights())
	}
	for i := 0; i < 2000; i++ {
		var fs []Feature
		for j := 0; j < 1+rng.Intn(40); j++ {
			if rng.Intn(2) == 0 {
				fs = append(fs, Feature(keys[rng.Intn(len(keys))])|Feature(rng.Uint32())<<32)
			} else {
				fs = append(fs, Feature(rng.Uint64())) // unseen, almost surely
			}
		}
		want := make([]float32, denseClasses+1)
		sparse.Scores(fs, want)
		for name, m := range map[string]*Model{"dense": dense, "read": read} {
			got := make([]float32, classes)
			m.Scores(fs, got)
			for c := range got {
				if math.Abs(float64(got[c]-want[c])) > 1e-4 {
					t.Fatalf("%s: class %d scores %v, sparse %v", name, c, got[c], want[c])
				}
			}
		}
		for _, f := range fs {
			if dense.Has(f) != sparse.Has(f) {
				t.Fatalf("Has(%x): dense %v, sparse %v", f, dense.Has(f), sparse.Has(f))
			}
		}
	}
	pd, ps := dense.Prune(0.5), sparse.Prune(0.5)
	if pd.Features() != ps.Features() || pd.Weights() != ps.Weights() {
		t.Errorf("pruned: dense %d features %d weights, sparse %d %d", pd.Features(), pd.Weights(), ps.Features(), ps.Weights())
	}
}

// FuzzRead: a model file from outside (a bundle given with --model) that
// is truncated or corrupt is an error, never a panic; one that reads
// scores without one.
func FuzzRead(f *testing.F) {
	for _, classes := range []int{3, 7} {
		tr := NewTrainer(classes)
		for i := 0; i < 20; i++ {
			tr.Tick()
			tr.Update([]Feature{Hash(1, uint64(i), 0, 0), Hash(2, 0, 0, 0)}, i%classes, (i+1)%classes)
		}
		var buf bytes.Buffer
		if _, err := tr.Freeze(0).WriteTo(&buf); err != nil {
			f.Fatal(err)
		}
		f.Add(buf.Bytes())
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Read(bytes.NewReader(b))
		if err != nil {
			return
		}
		scores := make([]float32, m.NumClasses)
		m.Scores([]Feature{Hash(1, 3, 0, 0), Hash(2, 0, 0, 0), Hash(9, 9, 9, 9)}, scores)
	})
}

// TestRowsMatchRuns checks that a model of many classes, which keeps its
// features of many weights in dense rows and the others in runs, scores
// exactly as the sum of each feature's quantised weights, and reads back
// what it writes.
func TestRowsMatchRuns(t *testing.T) {
	defer func(v bool) { vectorRows = v }(vectorRows)
	for _, vector := range []bool{false, vectorRows} {
		vectorRows = vector
		for _, classes := range []int{6, 13, 31, 103, 108, 128} {
			t.Run(fmt.Sprint(classes, vector), func(t *testing.T) { rowsMatchRuns(t, classes) })
		}
	}
}

func rowsMatchRuns(t *testing.T, classes int) {
	rng := rand.New(rand.NewSource(int64(classes)))
	keys, runs := randomRuns(rng, 3000, func() []fpair {
		var run []fpair
		for _, c := range rng.Perm(classes)[:1+rng.Intn(classes)] {
			run = append(run, fpair{class: uint16(c), w: float32(rng.NormFloat64() * 100)})
		}
		slices.SortFunc(run, func(a, b fpair) int { return int(a.class) - int(b.class) })
		return run
	})
	m := &Model{NumClasses: classes}
	m.build(keys, runs)
	if len(m.rows) == 0 || len(m.runs) <= 1 {
		t.Fatalf("want both dense rows (%d words) and runs (%d pairs)", len(m.rows), len(m.runs))
	}
	quant := map[uint32][]pair{}
	m.each(func(k uint32, ps []pair) { quant[k] = slices.Clone(ps) })
	for i, k := range keys {
		if len(quant[k]) != len(runs[i]) {
			t.Fatalf("feature %d: %d weights back, %d in", i, len(quant[k]), len(runs[i]))
		}
	}
	for range 500 {
		var fs []Feature
		want := make([]int64, classes)
		for range 1 + rng.Intn(100) {
			k := keys[rng.Intn(len(keys))]
			if rng.Intn(4) == 0 {
				k = rng.Uint32() // unseen, almost surely
			}
			fs = append(fs, Feature(k))
			for _, p := range quant[k] {
				want[p.class] += int64(p.w)
			}
		}
		got := make([]float32, classes)
		m.Scores(fs, got)
		for c := range got {
			if w := float32(want[c]) * m.scale; got[c] != w {
				t.Fatalf("class %d scores %v, want %v", c, got[c], w)
			}
		}
	}
	var buf bytes.Buffer
	m.WriteTo(&buf)
	back, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	back.each(func(k uint32, ps []pair) {
		n++
		if !slices.Equal(ps, quant[k]) {
			t.Fatalf("feature %d read back: %v, want %v", k, ps, quant[k])
		}
	})
	if n != len(keys) {
		t.Errorf("%d features read back, want %d", n, len(keys))
	}
}

// randomRuns returns n distinct random keys, each with the weights run
// returns (features with no weights are drawn again).
func randomRuns(rng *rand.Rand, n int, run func() []fpair) ([]uint32, [][]fpair) {
	var keys []uint32
	var runs [][]fpair
	seen := map[uint32]bool{}
	for len(keys) < n {
		k := rng.Uint32()
		if seen[k] {
			continue
		}
		seen[k] = true
		if r := run(); len(r) > 0 {
			keys = append(keys, k)
			runs = append(runs, r)
		}
	}
	return keys, runs
}

// TestWrittenByMass checks that a model file lists its features heaviest
// first (see arrange), and that the model read back lays its runs and rows
// out in that order.
func TestWrittenByMass(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	keys, runs := randomRuns(rng, 2000, func() []fpair {
		var run []fpair
		for _, c := range rng.Perm(40)[:1+rng.Intn(40)] {
			run = append(run, fpair{class: uint16(c), w: float32(rng.NormFloat64() * 100)})
		}
		slices.SortFunc(run, func(a, b fpair) int { return int(a.class) - int(b.class) })
		return run
	})
	m := &Model{NumClasses: 40}
	m.build(keys, runs)
	var buf bytes.Buffer
	m.WriteTo(&buf)
	file := bytes.NewReader(buf.Bytes())
	back, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	// Walk the file: header, then key, count and pairs per feature.
	file.Seek(int64(len(magic)+4*8), io.SeekStart)
	last := int64(math.MaxInt64)
	var rowOffs, runOffs []uint32
	for n := 0; n < back.Features(); n++ {
		var k uint32
		var c uint16
		binary.Read(file, binary.LittleEndian, &k)
		binary.Read(file, binary.LittleEndian, &c)
		ps := make([]uint16, 2*c) // class, weight, class, ...
		binary.Read(file, binary.LittleEndian, ps)
		var mass int64
		for i := 1; i < len(ps); i += 2 {
			w := int64(int16(ps[i]))
			mass += max(w, -w)
		}
		if mass > last {
			t.Fatalf("feature %d of the file weighs %d, after one of %d", n, mass, last)
		}
		last = mass
		if off := back.slots[back.find(k)].off; off&rowFlag != 0 {
			rowOffs = append(rowOffs, off&^rowFlag)
		} else {
			runOffs = append(runOffs, off)
		}
	}
	if len(rowOffs) == 0 || len(runOffs) == 0 {
		t.Fatalf("%d rows and %d runs, want both", len(rowOffs), len(runOffs))
	}
	if !slices.IsSorted(rowOffs) || !slices.IsSorted(runOffs) {
		t.Error("rows or runs not laid out in the file's order")
	}
}

// TestSharedKeys checks that of two features with the same key a model
// keeps the heavier, whose weights both then score, and that a model file
// holding both (as files written before arrange did) is read as the
// look-ups find it and written back without the other.
func TestSharedKeys(t *testing.T) {
	const k = 0xC0FFEE
	light, heavy := []fpair{{1, 0.5}}, []fpair{{0, -2}, {2, 3}}
	for _, classes := range []int{3, 40} {
		m := &Model{NumClasses: classes}
		m.build([]uint32{k, k, 99}, [][]fpair{light, heavy, {{0, 1}}})
		if m.Features() != 2 {
			t.Errorf("%d classes: %d features kept, want 2", classes, m.Features())
		}
		got := make([]float32, classes)
		m.Scores([]Feature{Feature(1<<32 | k)}, got)
		if got[0] >= 0 || got[1] != 0 || got[2] <= 0 {
			t.Errorf("%d classes: scores %v, want the heavier feature's", classes, got)
		}
	}
	// A file of old: both features stored, the first found by look-ups.
	old := &Model{NumClasses: 40, scale: 0.01}
	old.fill([]uint32{k, k, 99}, []uint16{1, 2, 1}, []pair{{1, 50}, {2, 300}, {7, -200}, {0, 100}})
	want := make([]float32, 40)
	old.Scores([]Feature{k}, want)
	if want[1] == 0 {
		t.Fatalf("old model scores %v, want the first feature's weights", want)
	}
	var buf bytes.Buffer
	old.WriteTo(&buf)
	back, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if back.Features() != 2 || back.Weights() != 2 {
		t.Errorf("read back %d features, %d weights; want 2, 2", back.Features(), back.Weights())
	}
	got := make([]float32, 40)
	back.Scores([]Feature{k}, got)
	if !slices.Equal(got, want) {
		t.Errorf("read back scores %v, want %v", got, want)
	}
}
