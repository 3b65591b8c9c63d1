package ner

import (
	"slices"

	"github.com/dyadproject/dyad"
	p "github.com/dyadproject/dyad/nlp/perceptron"
)

// gazetteer holds what the training data says about words and runs of
// words: how often each occurred, and how often as (part of) a name of each
// type.
type gazetteer struct {
	// words maps a word form that was part of a name at least once to its
	// counts.
	words map[string]*wordStat
	// spans maps the hash of each name's word forms to its counts.
	spans map[uint64]*spanStat
	// starts holds the hash of every name's first word, first two words
	// and so on up to the whole name, so that matches stops extending a
	// run of words as soon as no name begins with it.
	starts map[uint64]struct{}
	maxLen int // words in the longest name kept
}

type wordStat struct {
	N  int32    // occurrences
	In [4]int32 // occurrences inside a name, by dyad.EntityType
}

type spanStat struct {
	Forms []string
	N     int32    // occurrences of the run of words
	As    [4]int32 // occurrences as a name, by dyad.EntityType
}

// maxSpan bounds the length of the names a gazetteer keeps.
const maxSpan = 8

func spanKey(forms []string) uint64 {
	h := spanSeed
	for _, f := range forms {
		h = extend(h, f)
	}
	return h
}

// spanSeed is the hash of no words; extend adds a word to a hash.
const spanSeed = uint64(0x51ED27)

func extend(h uint64, form string) uint64 { return uint64(p.Hash(90, h, p.String(form), 0)) }

// add stores a new name's counts under key k and indexes its beginnings.
func (g *gazetteer) add(k uint64, st *spanStat) {
	g.spans[k] = st
	h := spanSeed
	for _, f := range st.Forms {
		h = extend(h, f)
		g.starts[h] = struct{}{}
	}
	g.maxLen = max(g.maxLen, len(st.Forms))
}

// buildGazetteer counts the names of sents and their words.
func buildGazetteer(sents []Sentence) *gazetteer {
	g := &gazetteer{words: map[string]*wordStat{}, spans: map[uint64]*spanStat{}, starts: map[uint64]struct{}{}}
	for _, s := range sents {
		for _, e := range Entities(s.Labels) {
			for i := e.Start; i < e.End; i++ {
				ws := g.words[s.Forms[i]]
				if ws == nil {
					ws = &wordStat{}
					g.words[s.Forms[i]] = ws
				}
				ws.In[e.Type]++
			}
			if e.Len() > maxSpan {
				continue
			}
			k := spanKey(s.Forms[e.Start:e.End])
			st := g.spans[k]
			if st == nil {
				st = &spanStat{Forms: append([]string(nil), s.Forms[e.Start:e.End]...)}
				g.add(k, st)
			}
			st.As[e.Type]++
		}
	}
	for _, s := range sents {
		for _, f := range s.Forms {
			if ws := g.words[f]; ws != nil {
				ws.N++
			}
		}
		g.matches(s.Forms, func(_, _ int, st *spanStat) { st.N++ })
	}
	return g
}

// matches calls fn for every run of words [i, j) of forms that is a known
// name.
func (g *gazetteer) matches(forms []string, fn func(i, j int, st *spanStat)) {
	if g == nil || len(g.spans) == 0 {
		return
	}
	for i := range forms {
		h := spanSeed
		for j := i; j < len(forms) && j-i < g.maxLen; j++ {
			h = extend(h, forms[j])
			if _, ok := g.starts[h]; !ok {
				break
			}
			if st := g.spans[h]; st != nil {
				fn(i, j+1, st)
			}
		}
	}
}

// ratio buckets a fraction k/n.
func ratio(k, n int32) uint64 {
	if n <= 0 {
		return 0
	}
	switch r := float64(k) / float64(n); {
	case r < 0.1:
		return 1
	case r < 0.3:
		return 2
	case r < 0.5:
		return 3
	case r < 0.7:
		return 4
	case r < 0.9:
		return 5
	}
	return 6
}

// count buckets a count.
func count(n int32) uint64 {
	switch {
	case n <= 1:
		return 1
	case n == 2:
		return 2
	case n <= 4:
		return 3
	case n <= 9:
		return 4
	}
	return 5
}

// annotate sets the gazetteer feature values of a sentence's words.
func (g *gazetteer) annotate(forms []string, ws []word) {
	if g == nil {
		return
	}
	for i, f := range forms {
		st := g.words[f]
		if st == nil {
			continue
		}
		for t := dyad.PER; t <= dyad.LOC; t++ {
			if st.In[t] > 0 {
				r := ratio(st.In[t], st.N)
				ws[i].gaz = append(ws[i].gaz,
					uint64(p.Hash(1, uint64(t), r, count(st.N))),
					uint64(p.Hash(2, uint64(t), r, 0)))
			}
		}
	}
	g.matches(forms, func(i, j int, st *spanStat) {
		best := dyad.PER
		for t := dyad.ORG; t <= dyad.LOC; t++ {
			if st.As[t] > st.As[best] {
				best = t
			}
		}
		r := ratio(st.As[best], st.N)
		n := uint64(min(j-i, 4))
		for k := i; k < j; k++ {
			pos := uint64('I')
			switch {
			case j-i == 1:
				pos = 'U'
			case k == i:
				pos = 'B'
			case k == j-1:
				pos = 'L'
			}
			ws[k].gaz = append(ws[k].gaz,
				uint64(p.Hash(3, uint64(best), pos, r)),
				uint64(p.Hash(4, uint64(best), pos, r*8+n)),
				uint64(p.Hash(5, uint64(best), pos, 0)))
		}
	})
}

// gazFile is the stored form of a gazetteer.
type gazFile struct {
	Words map[string][4]int32 `json:"words"` // N, then In for PER, ORG, LOC
	Spans []gazSpan           `json:"spans"`
}

type gazSpan struct {
	Forms []string `json:"w"`
	Count [4]int32 `json:"n"` // N, then As for PER, ORG, LOC
}

func (g *gazetteer) file() gazFile {
	f := gazFile{Words: make(map[string][4]int32, len(g.words))}
	for w, st := range g.words {
		f.Words[w] = [4]int32{st.N, st.In[1], st.In[2], st.In[3]}
	}
	for _, st := range g.spans {
		f.Spans = append(f.Spans, gazSpan{st.Forms, [4]int32{st.N, st.As[1], st.As[2], st.As[3]}})
	}
	slices.SortFunc(f.Spans, func(a, b gazSpan) int { return slices.Compare(a.Forms, b.Forms) })
	return f
}

func (f gazFile) gazetteer() *gazetteer {
	g := &gazetteer{words: make(map[string]*wordStat, len(f.Words)), spans: make(map[uint64]*spanStat, len(f.Spans)),
		starts: make(map[uint64]struct{}, len(f.Spans))}
	for w, c := range f.Words {
		g.words[w] = &wordStat{N: c[0], In: [4]int32{0, c[1], c[2], c[3]}}
	}
	for _, s := range f.Spans {
		if len(s.Forms) == 0 || len(s.Forms) > maxSpan {
			continue
		}
		g.add(spanKey(s.Forms), &spanStat{Forms: s.Forms, N: s.Count[0], As: [4]int32{0, s.Count[1], s.Count[2], s.Count[3]}})
	}
	return g
}
