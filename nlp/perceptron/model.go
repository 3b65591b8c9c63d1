package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// Model is a frozen, averaged perceptron: read-only and safe for concurrent
// use.
type Model struct {
	NumClasses int
	mask       uint64
	slots      []slot // open addressing, len a power of two
	pairs      []pair // runs of (class, weight), one run per feature
	n          int    // features
}

type slot struct {
	key   Feature
	start uint32 // index into classes/weights
	n     uint32 // run length; 0 marks an empty slot
}

func (m *Model) build(keys []Feature, runs [][]pair) {
	size := 1
	for size < len(keys)*2 {
		size <<= 1
	}
	m.slots = make([]slot, size)
	m.mask = uint64(size - 1)
	m.n = len(keys)
	total := 0
	for _, r := range runs {
		total += len(r)
	}
	m.pairs = make([]pair, 0, total)
	for i, k := range keys {
		start := uint32(len(m.pairs))
		m.pairs = append(m.pairs, runs[i]...)
		j := uint64(k) & m.mask
		for m.slots[j].n != 0 {
			j = (j + 1) & m.mask
		}
		m.slots[j] = slot{key: k, start: start, n: uint32(len(runs[i]))}
	}
}

// Features returns the number of features with weights.
func (m *Model) Features() int { return m.n }

// Weights returns the number of stored weights.
func (m *Model) Weights() int { return len(m.pairs) }

// Scores adds the weights of feats to scores (NumClasses entries).
func (m *Model) Scores(feats []Feature, scores []float32) {
	if m.n == 0 {
		return
	}
	// Find every feature's slot first and add weights after, so that the
	// processor can overlap the cache misses of independent lookups.
	var buf [128]slot
	found := buf[:0]
	for _, f := range feats {
		j := uint64(f) & m.mask
		for {
			s := m.slots[j]
			if s.n == 0 {
				break
			}
			if s.key == f {
				found = append(found, s)
				break
			}
			j = (j + 1) & m.mask
		}
	}
	for _, s := range found {
		for _, p := range m.pairs[s.start : s.start+s.n] {
			scores[p.class] += p.w
		}
	}
}

const magic = "dyadAP01"

// WriteTo writes the model in a compact binary form: weights are stored as
// 16-bit floats scaled per model, which loses nothing that matters for
// argmax decisions at the precision the perceptron learns.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	var maxAbs float32
	for _, p := range m.pairs {
		if a := float32(math.Abs(float64(p.w))); a > maxAbs {
			maxAbs = a
		}
	}
	scale := float32(1)
	if maxAbs > 0 {
		scale = maxAbs / 32767
	}
	hdr := []uint64{uint64(m.NumClasses), uint64(m.n), uint64(len(m.pairs)), uint64(math.Float32bits(scale))}
	bw.WriteString(magic)
	for _, h := range hdr {
		binary.Write(bw, binary.LittleEndian, h)
	}
	var buf [8]byte
	// Features in slot order are not sorted; write key, run length, pairs.
	for _, s := range m.slots {
		if s.n == 0 {
			continue
		}
		binary.LittleEndian.PutUint64(buf[:], uint64(s.key))
		bw.Write(buf[:8])
		binary.LittleEndian.PutUint16(buf[:], uint16(s.n))
		bw.Write(buf[:2])
		for _, p := range m.pairs[s.start : s.start+s.n] {
			binary.LittleEndian.PutUint16(buf[:], p.class)
			binary.LittleEndian.PutUint16(buf[2:], uint16(int16(math.Round(float64(p.w/scale)))))
			bw.Write(buf[:4])
		}
	}
	return 0, bw.Flush()
}

// Read loads a model written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	mg := make([]byte, len(magic))
	if _, err := io.ReadFull(br, mg); err != nil || string(mg) != magic {
		return nil, errors.New("perceptron: not a model file")
	}
	hdr := make([]uint64, 4)
	if err := binary.Read(br, binary.LittleEndian, hdr); err != nil {
		return nil, fmt.Errorf("perceptron: header: %w", err)
	}
	nc, n, nw := int(hdr[0]), int(hdr[1]), int(hdr[2])
	scale := math.Float32frombits(uint32(hdr[3]))
	if nc <= 0 || nc > 1<<16 || n < 0 || nw < 0 || n > 1<<28 || nw > 1<<30 {
		return nil, errors.New("perceptron: corrupt header")
	}
	keys := make([]Feature, n)
	runs := make([][]pair, n)
	all := make([]pair, nw)
	used := 0
	var buf [8]byte
	for i := 0; i < n; i++ {
		if _, err := io.ReadFull(br, buf[:8]); err != nil {
			return nil, fmt.Errorf("perceptron: feature %d: %w", i, err)
		}
		keys[i] = Feature(binary.LittleEndian.Uint64(buf[:]))
		if _, err := io.ReadFull(br, buf[:2]); err != nil {
			return nil, fmt.Errorf("perceptron: feature %d: %w", i, err)
		}
		k := int(binary.LittleEndian.Uint16(buf[:]))
		if used+k > nw {
			return nil, errors.New("perceptron: corrupt weights")
		}
		run := all[used : used+k]
		used += k
		for j := range run {
			if _, err := io.ReadFull(br, buf[:4]); err != nil {
				return nil, fmt.Errorf("perceptron: feature %d: %w", i, err)
			}
			c := binary.LittleEndian.Uint16(buf[:])
			if int(c) >= nc {
				return nil, errors.New("perceptron: class out of range")
			}
			run[j] = pair{class: c, w: float32(int16(binary.LittleEndian.Uint16(buf[2:]))) * scale}
		}
		runs[i] = run
	}
	m := &Model{NumClasses: nc}
	m.build(keys, runs)
	return m, nil
}
