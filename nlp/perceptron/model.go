package perceptron

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// Model is a frozen, averaged perceptron: read-only and safe for concurrent
// use.
//
// To stay small on disk and in memory, a model keeps only the low 32 bits
// of each feature hash and stores weights as 16-bit integers with one scale
// per model. Of the million features of a parser, about a hundred pairs
// share a key (n²/2³³); a model keeps the weights of one feature of each
// such pair, the heaviest (see arrange), and a look-up of either finds
// them. An unseen feature matches a stored key with probability of about 1
// in 4,000.
type Model struct {
	NumClasses int
	shift      uint   // 64 - log2(len(slots))
	slots      []slot // open addressing, len a power of two
	// runs holds every feature's weights: a head pair whose class field is
	// the number of weights, then that many (class, weight) pairs, so that
	// a feature's weights lie together, mostly in one or two cache lines.
	// runs[0] is a pad, so that a slot's offset 0 marks it empty.
	runs []pair
	// rows holds the weights of features with weights for many classes
	// (see wideMin) as dense rows: maskWords words marking the classes
	// that have a weight, then rowWords words of four 16-bit weights each,
	// offset by 32768 so that sums of many rows can be taken four classes
	// at a time with 64-bit adds (see addRows).
	rows                []uint64
	maskWords, rowWords int
	scale               float32
	n                   int // features
	// dense replaces slots and runs in a model of at most denseClasses
	// classes (the parser's transitions): 16 bytes a feature, four to a
	// cache line, so that more of the table stays in the processor's
	// caches (see dslot).
	dense []dslot
}

// dslot is one feature of a model of at most denseClasses classes: its key,
// a mark that the slot is used, and every class's weight, in 16 bytes.
type dslot struct {
	key  uint32
	used uint16
	w    [denseClasses]int16
}

// denseClasses is the most classes a model keeps in dslots.
const denseClasses = 5

func (d *dslot) empty() bool { return d.used == 0 }

// table returns a zeroed table of n T's for m's slots or runs: on huge
// pages, unless m will be compacted into dslots, which drops its slots
// and runs at once; then on the Go heap, which the collector reclaims.
func table[T any](m *Model, n int) []T {
	if m.NumClasses <= denseClasses {
		return make([]T, n)
	}
	return hugeSlice[T](m, n)
}

// compact moves a model of few classes into dslots.
func (m *Model) compact() {
	if m.NumClasses > denseClasses || m.slots == nil {
		return
	}
	size := 2
	for size < m.n*2 {
		size <<= 1
	}
	dense := hugeSlice[dslot](m, size)
	mask := uint64(size - 1)
	n := 0
	for i := range m.slots {
		s := &m.slots[i]
		if s.empty() {
			continue
		}
		d := dslot{key: s.key, used: 1}
		for _, p := range m.run(s, nil) {
			d.w[p.class] = p.w
		}
		if d.w == [denseClasses]int16{} {
			continue // every weight rounded to zero
		}
		j := m.home(s.key)
		for !dense[j].empty() {
			j = (j + 1) & mask
		}
		dense[j] = d
		n++
	}
	m.dense, m.slots, m.runs, m.n = dense, nil, nil, n
}

// each calls f with the key and weights of every feature that Scores can
// find. Two features of a model may share a key (see Model); Scores finds
// the one stored first, and each skips the other, whose weights are never
// used.
func (m *Model) each(f func(key uint32, ps []pair)) {
	var buf []pair
	for i := range m.dense {
		d := &m.dense[i]
		if d.empty() || m.denseFind(d.key) != i {
			continue
		}
		buf = buf[:0]
		for c := 0; c < m.NumClasses; c++ {
			if d.w[c] != 0 {
				buf = append(buf, pair{class: uint16(c), w: d.w[c]})
			}
		}
		f(d.key, buf)
	}
	for i := range m.slots {
		s := &m.slots[i]
		if s.empty() || m.find(s.key) != i {
			continue
		}
		buf = m.run(s, buf[:0])
		f(s.key, buf)
	}
}

// find returns the index of the slot that holds key k, -1 if none.
func (m *Model) find(k uint32) int {
	mask := uint64(len(m.slots) - 1)
	for j := m.home(k); !m.slots[j].empty(); j = (j + 1) & mask {
		if m.slots[j].key == k {
			return int(j)
		}
	}
	return -1
}

// denseFind returns the index of the dslot that holds key k, -1 if none.
func (m *Model) denseFind(k uint32) int {
	mask := uint64(len(m.dense) - 1)
	for j := m.home(k); !m.dense[j].empty(); j = (j + 1) & mask {
		if m.dense[j].key == k {
			return int(j)
		}
	}
	return -1
}

// slot is one feature of a model of more than denseClasses classes: its
// key and where its weights start in Model.runs, in 8 bytes, eight to a
// cache line, so that much of the table stays in the processor's caches.
type slot struct {
	key uint32
	// off is the index in Model.runs of the feature's head pair, or, with
	// rowFlag set, the index in Model.rows of its dense row; 0 marks an
	// empty slot.
	off uint32
}

const rowFlag = 1 << 31

func (s *slot) empty() bool { return s.off == 0 }

// pair is one class's weight, scaled to 16 bits.
type pair struct {
	class uint16
	w     int16
}

// key is what a model keeps of a feature.
func key(f Feature) uint32 { return uint32(f) }

func (m *Model) home(k uint32) uint64 { return (uint64(k) * 0x9E3779B97F4A7C15) >> m.shift }

// alloc makes an empty table for n features, at most half full.
func (m *Model) alloc(n int) {
	size, bits := 2, uint(1)
	for size < n*2 {
		size <<= 1
		bits++
	}
	m.slots = table[slot](m, size)
	m.shift = 64 - bits
	m.n = n
}

// build fills the model from runs of float weights, one per key,
// quantised to 16 bits with the model's scale.
func (m *Model) build(keys []uint32, runs [][]fpair) {
	total := 0
	var maxAbs float64
	for _, r := range runs {
		total += len(r)
		for _, p := range r {
			maxAbs = math.Max(maxAbs, math.Abs(float64(p.w)))
		}
	}
	if m.scale == 0 {
		m.scale = 1
		if maxAbs > 0 {
			m.scale = float32(maxAbs / 32767)
		}
	}
	qs := make([][]pair, len(runs))
	flat := make([]pair, 0, total)
	for i, r := range runs {
		start := len(flat)
		for _, p := range r {
			q := math.Round(float64(p.w / m.scale))
			flat = append(flat, pair{class: p.class, w: int16(math.Max(-32767, math.Min(32767, q)))})
		}
		qs[i] = flat[start:len(flat):len(flat)]
	}
	m.fill(arrange(keys, qs))
}

// arrange orders features by the sum of their weights' magnitudes, largest
// first (then by key), and returns their keys, numbers of weights and
// weights in that order, as fill and the model file take them. Of features
// that share a key, only the heaviest is kept: Scores could find no other.
//
// fill lays runs and rows out in the order it is given, and the features
// with the most weight are, by and large, the ones seen most in training
// and looked up most in use: so arranged, the few thousand features that
// take most look-ups lie together in a few hundred kilobytes and stay in
// the processor's caches, where in the hash order each took cache lines of
// its own among cold neighbours. The parser scores 15% more words a second
// so (identical scores). Ordering by how often a corpus looks features up
// gains a little more, but needs the corpus.
func arrange(keys []uint32, runs [][]pair) ([]uint32, []uint16, []pair) {
	mass := make([]int64, len(keys))
	idx := make([]int, len(keys))
	total := 0
	for i, r := range runs {
		idx[i] = i
		total += len(r)
		for _, p := range r {
			w := int64(p.w)
			mass[i] += max(w, -w)
		}
	}
	slices.SortFunc(idx, func(a, b int) int {
		if c := cmp.Compare(mass[b], mass[a]); c != 0 {
			return c
		}
		return cmp.Compare(keys[a], keys[b])
	})
	outKeys := make([]uint32, 0, len(keys))
	counts := make([]uint16, 0, len(keys))
	flat := make([]pair, 0, total)
	seen := make(map[uint32]bool, len(keys))
	for _, j := range idx {
		if seen[keys[j]] {
			continue // a key shared with a heavier feature: see Model
		}
		seen[keys[j]] = true
		outKeys, counts = append(outKeys, keys[j]), append(counts, uint16(len(runs[j])))
		flat = append(flat, runs[j]...)
	}
	return outKeys, counts, flat
}

// fill builds the table from each feature's key and number of weights,
// and all the weights one run after another; a model of few classes is
// then compacted.
func (m *Model) fill(keys []uint32, counts []uint16, flat []pair) {
	m.alloc(len(keys))
	wide := m.wideMin()
	nRuns, nRows := 1, 0
	for _, c := range counts {
		if wide > 0 && int(c) >= wide {
			nRows++
		} else {
			nRuns += 1 + int(c)
		}
	}
	// Rows hold whole blocks of four words (sixteen classes), see addRows.
	m.maskWords, m.rowWords = (m.NumClasses+63)/64, (m.NumClasses+15)/16*4
	rowLen := m.maskWords + m.rowWords
	m.runs = table[pair](m, nRuns)[:1]
	m.rows = table[uint64](m, nRows*rowLen+rowPad)[:0]
	mask := uint64(len(m.slots) - 1)
	for i, k := range keys {
		run := flat[:counts[i]]
		flat = flat[counts[i]:]
		var s slot
		if wide > 0 && len(run) >= wide {
			s = slot{key: k, off: rowFlag | uint32(len(m.rows))}
			row := m.rows[len(m.rows) : len(m.rows)+rowLen]
			m.rows = m.rows[:len(m.rows)+rowLen]
			for x := range m.rowWords {
				row[m.maskWords+x] = 0x8000_8000_8000_8000
			}
			for _, p := range run {
				c := int(p.class)
				row[c/64] |= 1 << (c % 64)
				lane := 16 * uint(c%4)
				w := &row[m.maskWords+c/4]
				*w = *w&^(0xFFFF<<lane) | uint64(uint16(int32(p.w)+32768))<<lane
			}
		} else {
			s = slot{key: k, off: uint32(len(m.runs))}
			m.runs = append(m.runs, pair{class: uint16(len(run))})
			m.runs = append(m.runs, run...)
		}
		j := m.home(k)
		for !m.slots[j].empty() {
			j = (j + 1) & mask
		}
		m.slots[j] = s
	}
	m.rows = m.rows[:len(m.rows)+rowPad] // zeros, see addRowsVector
	m.compact()
}

// rowPad is the number of words that follow the last row.
const rowPad = 4

// run appends the weights of slot s to buf.
func (m *Model) run(s *slot, buf []pair) []pair {
	if s.off&rowFlag == 0 {
		return append(buf, m.runAt(s.off)...)
	}
	row := m.rows[s.off&^rowFlag:]
	for c := range m.NumClasses {
		if row[c/64]&(1<<(c%64)) != 0 {
			w := int16(int32(uint16(row[m.maskWords+c/4]>>(16*(c%4)))) - 32768)
			buf = append(buf, pair{class: uint16(c), w: w})
		}
	}
	return buf
}

// runAt returns the weights of the run whose head pair is m.runs[off].
func (m *Model) runAt(off uint32) []pair {
	n := uint32(m.runs[off].class)
	return m.runs[off+1 : off+1+n]
}

// wideMin is the number of weights from which a feature's weights are kept
// in a dense row rather than a run: a third of the classes, where a row
// takes about as much memory as the run and is summed several times as
// fast; a sixth with vector sums (addRowsVector), which make rows cheaper
// still (the parser 7% faster than with a third, in 8% more memory). 0: no
// dense rows (models of at most denseClasses classes, and of more than
// accClasses).
func (m *Model) wideMin() int {
	if m.NumClasses <= denseClasses || m.NumClasses > accClasses {
		return 0
	}
	if vectorRows {
		return max(2, (m.NumClasses+5)/6)
	}
	return max(2, (m.NumClasses+2)/3)
}

// addRows adds the weights of the dense rows that start at offs to acc,
// sixteen classes at a time: the even and odd classes of each of four words
// are summed over all rows in eight 64-bit registers, two 32-bit sums each,
// and the offsets taken off at the end. A sum cannot carry into the next
// one: it adds at most a few hundred numbers below 65,536. (Classes past
// NumClasses, in a row's last block, sum to zero.)
func (m *Model) addRows(offs []uint32, acc *[accClasses]int32) {
	if vectorRows {
		m.addRowsVector(offs, acc)
		return
	}
	const lanes = 0x0000_FFFF_0000_FFFF
	bias := int64(len(offs)) * 32768
	for x := 0; x < m.rowWords; x += 4 {
		var e0, o0, e1, o1, e2, o2, e3, o3 uint64
		for _, o := range offs {
			b := int(o) + m.maskWords + x
			w := m.rows[b : b+4 : b+4]
			e0, o0 = e0+w[0]&lanes, o0+w[0]>>16&lanes
			e1, o1 = e1+w[1]&lanes, o1+w[1]>>16&lanes
			e2, o2 = e2+w[2]&lanes, o2+w[2]>>16&lanes
			e3, o3 = e3+w[3]&lanes, o3+w[3]>>16&lanes
		}
		c := acc[4*x&(accClasses-1):][:16]
		for k, v := range [4][2]uint64{{e0, o0}, {e1, o1}, {e2, o2}, {e3, o3}} {
			even, odd := v[0], v[1]
			c[4*k] += int32(int64(even&0xFFFF_FFFF) - bias)
			c[4*k+1] += int32(int64(odd&0xFFFF_FFFF) - bias)
			c[4*k+2] += int32(int64(even>>32) - bias)
			c[4*k+3] += int32(int64(odd>>32) - bias)
		}
	}
}

// fpair is a weight before quantisation.
type fpair struct {
	class uint16
	w     float32
}

// Features returns the number of features with weights.
func (m *Model) Features() int { return m.n }

// Weights returns the number of stored weights.
func (m *Model) Weights() int {
	n := 0
	m.each(func(_ uint32, ps []pair) { n += len(ps) })
	return n
}

// Scores adds the weights of feats to scores (NumClasses entries).
func (m *Model) Scores(feats []Feature, scores []float32) {
	if m.n == 0 {
		return
	}
	if m.dense != nil {
		m.denseScores(feats, scores)
		return
	}
	mask := uint64(len(m.slots) - 1)
	// Find every feature's run first and add weights after, so that the
	// processor can overlap the cache misses of independent lookups.
	var buf, rowBuf [160]uint32
	found, rows := buf[:0], rowBuf[:0]
	var touch int16
	// First load every feature's home slot with no branch on what the
	// loads return, so that the processor issues all their cache misses at
	// once; the probes below then mostly hit the cache. (Probing straight
	// away stalls at each unpredictable found-or-not branch.)
	var homes [160]uint64
	var touchKey uint32
	if len(feats) <= len(homes) {
		for i, f := range feats {
			j := m.home(key(f))
			homes[i] = j
			touchKey ^= m.slots[j].key
		}
	}
	for i, f := range feats {
		k := key(f)
		var j uint64
		if len(feats) <= len(homes) {
			j = homes[i]
		} else {
			j = m.home(k)
		}
		for {
			s := &m.slots[j]
			if s.empty() {
				break
			}
			if s.key == k {
				if s.off&rowFlag != 0 {
					rows = append(rows, s.off&^rowFlag)
				} else {
					found = append(found, s.off)
				}
				break
			}
			j = (j + 1) & mask
		}
	}
	// Then touch every feature's weights, again with no branch, so that
	// their cache misses overlap too (touched in the probe loop, they were
	// issued one unpredictable branch apart: the parser ran 5% slower).
	for _, o := range found {
		touch ^= m.runs[o].w
	}
	for _, o := range rows {
		touch ^= int16(m.rows[o])
	}
	sc := m.scale
	// Keep the touches: adding zero times their sum changes no score.
	scores[0] += float32(int32(touch)^int32(touchKey&1)) * 0
	if m.NumClasses > accClasses {
		for _, off := range found {
			for _, p := range m.runAt(off) {
				scores[p.class] += float32(p.w) * sc
			}
		}
		return
	}
	// Sum the 16-bit weights as integers, exactly, and scale each class's
	// sum once: the masked index needs no bounds check and no weight needs
	// a conversion to float.
	var acc [accClasses]int32
	for _, off := range found {
		run := m.runAt(off)
		for len(run) >= 4 { // four at a time: a run's classes differ, so the adds overlap
			p0, p1, p2, p3 := run[0], run[1], run[2], run[3]
			acc[p0.class&(accClasses-1)] += int32(p0.w)
			acc[p1.class&(accClasses-1)] += int32(p1.w)
			acc[p2.class&(accClasses-1)] += int32(p2.w)
			acc[p3.class&(accClasses-1)] += int32(p3.w)
			run = run[4:]
		}
		for _, p := range run {
			acc[p.class&(accClasses-1)] += int32(p.w)
		}
	}
	if len(rows) > 0 {
		m.addRows(rows, &acc)
	}
	scores = scores[:m.NumClasses]
	for c := range scores {
		scores[c] += float32(acc[c]) * sc
	}
}

// denseScores is Scores for a model in dslots.
func (m *Model) denseScores(feats []Feature, scores []float32) {
	mask := uint64(len(m.dense) - 1)
	var homes [160]uint64
	var touch uint32
	if len(feats) <= len(homes) {
		for i, f := range feats {
			j := m.home(key(f))
			homes[i] = j
			touch ^= m.dense[j].key
		}
	}
	var acc [denseClasses]int32
	for i, f := range feats {
		k := key(f)
		var j uint64
		if len(feats) <= len(homes) {
			j = homes[i]
		} else {
			j = m.home(k)
		}
		for {
			d := &m.dense[j]
			if d.key == k && d.used != 0 {
				for c := range acc {
					acc[c] += int32(d.w[c])
				}
				break
			}
			if d.empty() {
				break
			}
			j = (j + 1) & mask
		}
	}
	scores = scores[:m.NumClasses]
	scores[0] += float32(touch&1) * 0
	for c := range scores {
		scores[c] += float32(acc[c]) * m.scale
	}
}

// accClasses is the most classes whose scores Scores sums as integers (a
// power of two); models with more sum floats. A sum cannot overflow: it
// adds at most a few hundred weights of at most 32,767.
const accClasses = 512

// Has reports whether m holds weights for f (or for a feature whose key
// it shares).
func (m *Model) Has(f Feature) bool {
	if m.n == 0 {
		return false
	}
	if m.dense != nil {
		return m.denseFind(key(f)) >= 0
	}
	return m.find(key(f)) >= 0
}

// Prune returns a copy of m without the weights whose magnitude is below
// min, and without features left with no weights.
func (m *Model) Prune(min float32) *Model {
	var keys []uint32
	var runs [][]fpair
	m.each(func(k uint32, ps []pair) {
		var run []fpair
		for _, p := range ps {
			if w := float32(p.w) * m.scale; w >= min || w <= -min {
				run = append(run, fpair{p.class, w})
			}
		}
		if len(run) > 0 {
			keys = append(keys, k)
			runs = append(runs, run)
		}
	})
	out := &Model{NumClasses: m.NumClasses, scale: m.scale}
	out.build(keys, runs)
	return out
}

const magic = "dyadAP02"

// WriteTo writes the model in its compact binary form: a header, then for
// each feature its 32-bit key, the number of weights and the (class,
// weight) pairs, all little-endian. Features are written in the order of
// arrange, which Read keeps as the layout in memory.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	bw.WriteString(magic)
	features, weights := 0, 0
	m.each(func(_ uint32, ps []pair) { features, weights = features+1, weights+len(ps) })
	for _, h := range []uint64{uint64(m.NumClasses), uint64(features), uint64(weights), uint64(math.Float32bits(m.scale))} {
		binary.Write(bw, binary.LittleEndian, h)
	}
	var keys []uint32
	var runs [][]pair
	m.each(func(k uint32, ps []pair) {
		keys, runs = append(keys, k), append(runs, slices.Clone(ps))
	})
	keys, counts, flat := arrange(keys, runs)
	var buf [8]byte
	for i, k := range keys {
		ps := flat[:counts[i]]
		flat = flat[counts[i]:]
		binary.LittleEndian.PutUint32(buf[:], k)
		binary.LittleEndian.PutUint16(buf[4:], uint16(len(ps)))
		bw.Write(buf[:6])
		for _, p := range ps {
			binary.LittleEndian.PutUint16(buf[:], p.class)
			binary.LittleEndian.PutUint16(buf[2:], uint16(p.w))
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
	if nc <= 0 || nc > 1<<16 || n < 0 || nw < 0 || n > 1<<28 || nw > 1<<30 || !(scale > 0) {
		return nil, errors.New("perceptron: corrupt header")
	}
	// Read the features before building the table: a header that claims
	// more than the file holds makes Read fail at the end of the data, not
	// allocate what it claims. The weights are held once on the side, a
	// few megabytes for the largest model.
	keys := make([]uint32, 0, min(n, 1<<20))
	counts := make([]uint16, 0, min(n, 1<<20))
	flat := make([]pair, 0, min(nw, 1<<22))
	var buf [8]byte
	for i := 0; i < n; i++ {
		if _, err := io.ReadFull(br, buf[:6]); err != nil {
			return nil, fmt.Errorf("perceptron: feature %d: %w", i, err)
		}
		k := int(binary.LittleEndian.Uint16(buf[4:]))
		if k == 0 || len(flat)+k > nw {
			return nil, errors.New("perceptron: corrupt weights")
		}
		keys = append(keys, binary.LittleEndian.Uint32(buf[:]))
		counts = append(counts, uint16(k))
		for x := 0; x < k; x++ {
			if _, err := io.ReadFull(br, buf[:4]); err != nil {
				return nil, fmt.Errorf("perceptron: feature %d: %w", i, err)
			}
			c := binary.LittleEndian.Uint16(buf[:])
			if int(c) >= nc {
				return nil, errors.New("perceptron: class out of range")
			}
			flat = append(flat, pair{class: c, w: int16(binary.LittleEndian.Uint16(buf[2:]))})
		}
	}
	m := &Model{NumClasses: nc, scale: scale}
	m.fill(keys, counts, flat)
	return m, nil
}
