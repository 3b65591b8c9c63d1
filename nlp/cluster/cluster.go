// Package cluster learns word classes from unlabelled text, so that the
// tagger and parser can generalise from words they saw in their treebank to
// words they did not ("Pyongyang" behaves like "Seoul").
//
// Each frequent word is described by the words seen immediately to its left
// and right, weighted by positive pointwise mutual information; spherical
// k-means groups the descriptions into fine classes, and the class centres
// are grouped again into coarse classes. This is a small, fast stand-in for
// Brown clustering that needs no library: a few seconds for millions of
// words on one core. It knows nothing of syntax and does not tag.
package cluster

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clusters maps a normalised word to its fine and coarse class. Class 0
// means "unknown word".
type Clusters struct {
	fine   map[string]uint16
	coarse []uint16 // coarse class of each fine class
}

// Normalize lowercases a word and maps digits to 0, the form clusters are
// learned and looked up in.
func Normalize(w string) string {
	var b strings.Builder
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			b.WriteByte('0')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// Fine returns the fine class of a word (0 when unknown).
func (c *Clusters) Fine(w string) int {
	if c == nil {
		return 0
	}
	f, _ := c.lookup(w)
	return int(f)
}

// Classes returns the fine and coarse classes of a word (0, 0 when unknown).
func (c *Clusters) Classes(w string) (fine, coarse int) {
	if c == nil {
		return 0, 0
	}
	f, _ := c.lookup(w)
	if f == 0 {
		return 0, 0
	}
	return int(f), int(c.coarse[f])
}

// Has reports whether the clusters know word w.
func (c *Clusters) Has(w string) bool {
	if c == nil {
		return false
	}
	_, ok := c.lookup(w)
	return ok
}

// lookup returns the fine class of w's normalised form and whether it has
// one. An ASCII word is normalised on the stack, without the allocation of
// Normalize: the tagger, recogniser and parser look up every word.
func (c *Clusters) lookup(w string) (uint16, bool) {
	var buf [32]byte
	b := buf[:0]
	for i := 0; i < len(w); i++ {
		ch := w[i]
		switch {
		case ch >= utf8.RuneSelf:
			f, ok := c.fine[Normalize(w)]
			return f, ok
		case ch >= '0' && ch <= '9':
			ch = '0'
		case ch >= 'A' && ch <= 'Z':
			ch += 'a' - 'A'
		}
		b = append(b, ch)
	}
	f, ok := c.fine[string(b)]
	return f, ok
}

// Words returns the number of words with a class.
func (c *Clusters) Words() int { return len(c.fine) }

// Options tune training.
type Options struct {
	MinCount   int // words seen fewer times get no class; 0 means 5
	MaxWords   int // at most this many words, most frequent first; 0 means 60000
	Contexts   int // context words on each side; 0 means 1000
	Fine       int // fine classes; 0 means 256
	Coarse     int // coarse classes; 0 means 32
	Iterations int // k-means iterations; 0 means 12
	Log        io.Writer
}

// Trainer collects word bigrams from tokenised sentences.
type Trainer struct {
	counts  map[string]int
	bigrams map[[2]string]int
}

// NewTrainer returns an empty Trainer.
func NewTrainer() *Trainer {
	return &Trainer{counts: map[string]int{}, bigrams: map[[2]string]int{}}
}

// Add counts one sentence's words.
func (t *Trainer) Add(words []string) {
	prev := "<s>"
	for _, w := range words {
		w = Normalize(w)
		t.counts[w]++
		t.bigrams[[2]string{prev, w}]++
		prev = w
	}
	t.bigrams[[2]string{prev, "</s>"}]++
}

type sparse struct {
	idx []int32
	val []float32
}

// Train clusters the words seen so far.
func (t *Trainer) Train(opt Options) *Clusters {
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	def(&opt.MinCount, 5)
	def(&opt.MaxWords, 60000)
	def(&opt.Contexts, 1000)
	def(&opt.Fine, 256)
	def(&opt.Coarse, 32)
	def(&opt.Iterations, 12)

	words := make([]string, 0, len(t.counts))
	for w, n := range t.counts {
		if n >= opt.MinCount {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if t.counts[words[i]] != t.counts[words[j]] {
			return t.counts[words[i]] > t.counts[words[j]]
		}
		return words[i] < words[j]
	})
	if len(words) > opt.MaxWords {
		words = words[:opt.MaxWords]
	}
	if len(words) < opt.Fine {
		opt.Fine = len(words)
	}
	if opt.Fine < 2 {
		return &Clusters{fine: map[string]uint16{}, coarse: []uint16{0}}
	}
	index := make(map[string]int, len(words))
	for i, w := range words {
		index[w] = i
	}
	ctx := map[string]int{"<s>": 0, "</s>": 1}
	for _, w := range words {
		if len(ctx) >= opt.Contexts {
			break
		}
		ctx[w] = len(ctx)
	}
	C := len(ctx)
	// co-occurrence counts: left contexts in [0,C), right contexts in [C,2C)
	co := make([]map[int32]float64, len(words))
	for i := range co {
		co[i] = map[int32]float64{}
	}
	ctxTotal := make([]float64, 2*C)
	total := 0.0
	for bg, n := range t.bigrams {
		a, b := bg[0], bg[1]
		if wi, ok := index[b]; ok {
			if c, ok := ctx[a]; ok {
				co[wi][int32(c)] += float64(n)
				ctxTotal[c] += float64(n)
				total += float64(n)
			}
		}
		if wi, ok := index[a]; ok {
			if c, ok := ctx[b]; ok {
				co[wi][int32(C+c)] += float64(n)
				ctxTotal[C+c] += float64(n)
				total += float64(n)
			}
		}
	}
	// context distribution smoothing (Levy et al. 2015)
	smooth := make([]float64, 2*C)
	sz := 0.0
	for c, n := range ctxTotal {
		smooth[c] = math.Pow(n, 0.75)
		sz += smooth[c]
	}
	vecs := make([]sparse, len(words))
	for i, m := range co {
		wn := 0.0
		for _, n := range m {
			wn += n
		}
		var v sparse
		norm := 0.0
		for c, n := range m {
			pmi := math.Log((n / wn) / (smooth[c] / sz))
			if pmi > 0 {
				v.idx = append(v.idx, c)
				v.val = append(v.val, float32(pmi))
				norm += pmi * pmi
			}
		}
		norm = math.Sqrt(norm)
		for k := range v.val {
			v.val[k] /= float32(norm)
		}
		vecs[i] = v
	}
	assign := kmeans(vecs, 2*C, opt.Fine, opt.Iterations, opt.Log)

	// group the fine centres into coarse classes
	centres := centroids(vecs, assign, opt.Fine, 2*C)
	cvecs := make([]sparse, opt.Fine)
	for k, c := range centres {
		for d, x := range c {
			if x != 0 {
				cvecs[k].idx = append(cvecs[k].idx, int32(d))
				cvecs[k].val = append(cvecs[k].val, x)
			}
		}
	}
	nc := opt.Coarse
	if nc > opt.Fine {
		nc = opt.Fine
	}
	cassign := kmeans(cvecs, 2*C, nc, opt.Iterations, nil)

	cl := &Clusters{fine: make(map[string]uint16, len(words)), coarse: make([]uint16, opt.Fine+1)}
	for i, w := range words {
		cl.fine[w] = uint16(assign[i] + 1)
	}
	for k := 0; k < opt.Fine; k++ {
		cl.coarse[k+1] = uint16(cassign[k] + 1)
	}
	return cl
}

// kmeans runs spherical k-means on unit vectors, seeded with the first k
// vectors (the most frequent words), and returns each vector's cluster.
func kmeans(vecs []sparse, dim, k, iters int, log io.Writer) []int {
	assign := make([]int, len(vecs))
	for i := range assign {
		assign[i] = -1
	}
	for i := 0; i < k; i++ {
		assign[i] = i
	}
	cent := make([][]float32, k)
	for i := 0; i < k; i++ {
		cent[i] = make([]float32, dim)
		for j, d := range vecs[i].idx {
			cent[i][d] = vecs[i].val[j]
		}
	}
	for it := 0; it < iters; it++ {
		changed := 0
		for i, v := range vecs {
			best, bestS := 0, float32(-2)
			for c := range cent {
				var s float32
				cc := cent[c]
				for j, d := range v.idx {
					s += cc[d] * v.val[j]
				}
				if s > bestS {
					best, bestS = c, s
				}
			}
			if assign[i] != best {
				changed++
				assign[i] = best
			}
		}
		if log != nil {
			fmt.Fprintf(log, "clusters: pass %d: %d words changed class\n", it+1, changed)
		}
		cent = centroids(vecs, assign, k, dim)
		if changed == 0 {
			break
		}
	}
	return assign
}

// centroids returns the normalised mean of each cluster's vectors.
func centroids(vecs []sparse, assign []int, k, dim int) [][]float32 {
	cent := make([][]float32, k)
	for c := range cent {
		cent[c] = make([]float32, dim)
	}
	for i, v := range vecs {
		c := cent[assign[i]]
		for j, d := range v.idx {
			c[d] += v.val[j]
		}
	}
	for _, c := range cent {
		norm := float32(0)
		for _, x := range c {
			norm += x * x
		}
		if norm > 0 {
			n := float32(1 / math.Sqrt(float64(norm)))
			for d := range c {
				c[d] *= n
			}
		}
	}
	return cent
}

// WriteTo writes one line per word: word, fine class, coarse class,
// separated by tabs, sorted by word.
func (c *Clusters) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	words := make([]string, 0, len(c.fine))
	for w := range c.fine {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, word := range words {
		f := c.fine[word]
		fmt.Fprintf(bw, "%s\t%d\t%d\n", word, f, c.coarse[f])
	}
	return 0, bw.Flush()
}

// Read loads clusters written by WriteTo.
func Read(r io.Reader, name string) (*Clusters, error) {
	c := &Clusters{fine: map[string]uint16{}, coarse: []uint16{0}}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("%s:%d: want word, fine and coarse class", name, line)
		}
		fine, err1 := strconv.ParseUint(f[1], 10, 16)
		coarse, err2 := strconv.ParseUint(f[2], 10, 16)
		if err1 != nil || err2 != nil || fine == 0 {
			return nil, fmt.Errorf("%s:%d: bad class numbers", name, line)
		}
		c.fine[f[0]] = uint16(fine)
		for len(c.coarse) <= int(fine) {
			c.coarse = append(c.coarse, 0)
		}
		c.coarse[fine] = uint16(coarse)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return c, nil
}
