package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/nlp/cluster"
	"github.com/dyadproject/dyad/nlp/internal/affix"
	p "github.com/dyadproject/dyad/nlp/perceptron"
)

// Sentence is a training or evaluation sentence.
type Sentence struct {
	ID    string // sent_id, if the file gives one
	Doc   string // document id, if the file gives one
	Forms []string
	// UPOS holds the words' part-of-speech tags as the tagger predicts
	// them, not gold tags (nil: untagged).
	UPOS []dyad.UPOS
	// Labels are the gold IOB2 labels ("O", "B-PER", "I-PER", ...), for
	// training and evaluation.
	Labels []string
}

// Entities returns the gold entities of the sentence.
func (s *Sentence) Entities() []dyad.Entity { return Entities(s.Labels) }

// Model is a trained recogniser. It is read-only once trained or read, and
// safe for concurrent use.
type Model struct {
	// Clusters, when not nil, gives the word classes the model was trained
	// with (nlp/cluster). A model must be used with the clusters it was
	// trained with; they are stored apart from it, and ClusterWords records
	// their number of words as a check.
	Clusters     *cluster.Clusters
	ClusterWords int
	// UPOS reports whether the model was trained with part-of-speech tags.
	UPOS bool
	// NoFilter turns off the filter that drops names without letters,
	// and e-mail addresses, web addresses and file names (for measuring).
	NoFilter bool

	labels   []label
	gaz      *gazetteer
	names    *names     // the list of known names (Options.Names), nil for none
	nameList *namesFile // the same, as stored
	weights  ensemble
}

// ensemble is the weights of one or more perceptrons trained alike with
// different seeds; a word's scores are their sum.
type ensemble []*p.Model

// Scores adds the scores of each member.
func (e ensemble) Scores(feats []p.Feature, scores []float32) {
	for _, m := range e {
		m.Scores(feats, scores)
	}
}

// label is one BILOU class.
type label struct {
	pos byte // 'O', 'B', 'I', 'L', 'U'
	typ dyad.EntityType
}

func (l label) String() string {
	if l.pos == 'O' {
		return "O"
	}
	return string(l.pos) + "-" + l.typ.String()
}

// bilou returns the label set: O, then B, I, L and U of each type.
func bilou() []label {
	ls := []label{{pos: 'O'}}
	for _, t := range []dyad.EntityType{dyad.PER, dyad.ORG, dyad.LOC} {
		for _, pos := range []byte("BILU") {
			ls = append(ls, label{pos, t})
		}
	}
	return ls
}

// allowed reports whether label cur may follow label prev (-1: none).
func (m *Model) allowed(prev, cur int) bool {
	c := m.labels[cur]
	if prev < 0 || (m.labels[prev].pos != 'B' && m.labels[prev].pos != 'I') {
		return c.pos == 'O' || c.pos == 'B' || c.pos == 'U'
	}
	return (c.pos == 'I' || c.pos == 'L') && c.typ == m.labels[prev].typ
}

// encode turns IOB2 labels into BILOU class indices.
func (m *Model) encode(iob []string) []int {
	index := make(map[label]int, len(m.labels))
	for i, l := range m.labels {
		index[l] = i
	}
	out := make([]int, len(iob))
	for _, e := range Entities(iob) {
		if e.Len() == 1 {
			out[e.Start] = index[label{'U', e.Type}]
			continue
		}
		out[e.Start] = index[label{'B', e.Type}]
		for i := e.Start + 1; i < e.End-1; i++ {
			out[i] = index[label{'I', e.Type}]
		}
		out[e.End-1] = index[label{'L', e.Type}]
	}
	return out
}

// decode turns BILOU class indices into entities. An entity left open at
// the end of the sentence ends there.
func (m *Model) decode(cs []int) []dyad.Entity {
	var out []dyad.Entity
	start := -1
	for i, c := range cs {
		l := m.labels[c]
		switch l.pos {
		case 'U':
			out = append(out, dyad.Entity{Span: dyad.Span{Start: i, End: i + 1}, Type: l.typ})
			start = -1
		case 'B':
			start = i
		case 'L':
			if start >= 0 {
				out = append(out, dyad.Entity{Span: dyad.Span{Start: start, End: i + 1}, Type: l.typ})
			}
			start = -1
		case 'O':
			start = -1
		}
		if start >= 0 && i == len(cs)-1 {
			out = append(out, dyad.Entity{Span: dyad.Span{Start: start, End: i + 1}, Type: m.labels[cs[start]].typ})
		}
	}
	return out
}

// Recognize returns the named entities of a sentence, in order, with spans
// of word indices into forms. upos gives the words' part-of-speech tags as
// the tagger predicts them; nil when there are none, which costs accuracy
// with a model trained with tags.
func (m *Model) Recognize(forms []string, upos []dyad.UPOS) []dyad.Entity {
	if len(forms) == 0 {
		return nil
	}
	ents := m.decode(m.pass(m.prepare(forms, upos, m.gaz), m.weights))
	if m.NoFilter {
		return ents
	}
	out := ents[:0]
	for _, e := range ents {
		e = trim(forms, e)
		if e.Start < e.End && plausible(forms[e.Start:e.End]) {
			out = append(out, e)
		}
	}
	return out
}

// trim repairs the edges of a name: a courtesy title before it is no part
// of it and makes it a person's ("Mr Dar" is the person Dar, as Universal
// NER marks it), and web or e-mail addresses, question and exclamation
// marks after it, or a person's name followed by "I" ("The Hank Green I
// know"), end it.
func trim(forms []string, e dyad.Entity) dyad.Entity {
	if e.End-e.Start > 1 && courtesy[strings.ToLower(strings.TrimSuffix(forms[e.Start], "."))] {
		e.Start++
		e.Type = dyad.PER
	}
	for e.End-e.Start > 1 {
		f := forms[e.End-1]
		if address(f) || f == "?" || f == "!" || e.Type == dyad.PER && f == "I" {
			e.End--
			continue
		}
		break
	}
	return e
}

// courtesy lists the titles of address that stand before a name.
var courtesy = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "mister": true,
	"messrs": true, "mx": true}

// plausible reports whether words can be a name: they hold a letter, and
// are not one e-mail address, web address or file name.
func plausible(forms []string) bool {
	letter := false
	for _, f := range forms {
		if strings.IndexFunc(f, unicode.IsLetter) >= 0 {
			letter = true
			break
		}
	}
	if !letter {
		return false
	}
	return len(forms) != 1 || !address(forms[0])
}

// fileExt holds the extensions of the file names that address recognises.
var fileExt = map[string]bool{
	"pdf": true, "doc": true, "docx": true, "xls": true, "xlsx": true, "ppt": true, "pptx": true,
	"txt": true, "htm": true, "html": true, "jpg": true, "jpeg": true, "gif": true, "png": true,
	"zip": true, "exe": true, "csv": true, "rtf": true, "wav": true, "mp3": true,
}

// address reports whether a word is an e-mail address ("kim@example.com"),
// a web address ("http://...", "www.example.com") or a file name
// ("report.pdf").
func address(f string) bool {
	lower := strings.ToLower(f)
	if strings.Contains(lower, "://") || strings.HasPrefix(lower, "www.") {
		return true
	}
	if at := strings.IndexByte(lower, '@'); at > 0 && strings.Contains(lower[at+1:], ".") {
		return true
	}
	if dot := strings.LastIndexByte(lower, '.'); dot > 0 && fileExt[lower[dot+1:]] {
		return true
	}
	return false
}

// scorer abstracts the frozen model and the trainer.
type scorer interface {
	Scores(feats []p.Feature, scores []float32)
}

// pass labels a sentence greedily from left to right and returns the class
// indices.
func (m *Model) pass(ws []word, sc scorer) []int {
	out := make([]int, len(ws))
	scores := make([]float32, len(m.labels))
	fs := make([]p.Feature, 0, 96)
	prev1, prev2 := -1, -1
	for i := range ws {
		fs = features(fs[:0], ws, i, prev1, prev2)
		clear(scores)
		sc.Scores(fs, scores)
		c := m.best(scores, prev1)
		out[i] = c
		prev2, prev1 = prev1, c
	}
	return out
}

// best returns the highest-scoring class that may follow prev.
func (m *Model) best(scores []float32, prev int) int {
	best := -1
	for c, s := range scores {
		if m.allowed(prev, c) && (best < 0 || s > scores[best]) {
			best = c
		}
	}
	return best
}

// word is what the feature extractor knows of one token.
type word struct {
	hForm, hLower, hShape uint64
	suf, pre              [4]uint64
	flags                 uint64
	upos                  uint64
	fine, coarse          uint64
	sentCase              uint64
	gaz                   []uint64 // gazetteer feature values
}

// prepare computes what the features need of each word of a sentence, with
// gazetteer g.
func (m *Model) prepare(forms []string, upos []dyad.UPOS, g *gazetteer) []word {
	ws := make([]word, len(forms))
	sc := uint64(sentenceCase(forms))
	var lowers []string
	if m.names != nil {
		lowers = make([]string, len(forms))
	}
	for i, f := range forms {
		w := &ws[i]
		lower := strings.ToLower(f)
		if lowers != nil {
			lowers[i] = lower
		}
		w.hForm = p.String(f)
		w.hLower = p.String(lower)
		w.hShape = p.String(shape(f))
		for k := 1; k <= 4; k++ {
			w.suf[k-1] = p.String(affix.Suffix(lower, k))
			w.pre[k-1] = p.String(affix.Prefix(lower, k))
		}
		w.flags = flags(f)
		w.upos = 3
		if i < len(upos) {
			w.upos += uint64(upos[i])
		}
		fine, coarse := m.Clusters.Classes(f)
		w.fine, w.coarse = uint64(fine)+3, uint64(coarse)+3
		w.sentCase = sc
	}
	g.annotate(forms, ws)
	m.names.annotate(forms, lowers, ws)
	return ws
}

// sentenceCase classifies how a sentence is capitalised: 1 normal, 2 no
// capital letters, 3 all capitals, 4 most words capitalised (a headline).
func sentenceCase(forms []string) int {
	words, upper, capital := 0, 0, 0
	for _, f := range forms {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			capital++
		}
		if strings.ToUpper(f) == f && utf8.RuneCountInString(f) > 1 {
			upper++
		}
	}
	switch {
	case words >= 2 && capital == 0:
		return 2
	case words >= 3 && upper == words:
		return 3
	case words >= 3 && capital*10 >= words*7:
		return 4
	}
	return 1
}

// shape maps a word to a coarse shape: "Kim" -> "Xx", "1,000" -> "d,d",
// "U.S." -> "X.X.", "McCain" -> "XxXx".
func shape(s string) string {
	var b []byte
	var last byte
	for _, r := range s {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '~'
		}
		if c == last {
			continue
		}
		b = append(b, c)
		last = c
		if len(b) > 12 {
			break
		}
	}
	return string(b)
}

// flags describes a word's capitalisation and characters as bits.
func flags(s string) uint64 {
	var f uint64
	hasUpper, hasLower, hasDigit := false, false, false
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			hasUpper = true
		case unicode.IsLower(r):
			hasLower = true
		case unicode.IsDigit(r):
			hasDigit = true
		case r == '-':
			f |= 1
		case r == '.':
			f |= 32
		}
	}
	if hasUpper {
		f |= 2
	}
	if hasLower {
		f |= 4
	}
	if hasDigit {
		f |= 8
	}
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsUpper(r) {
		f |= 16
	}
	if hasUpper && !hasLower {
		f |= 64
	}
	return f
}

// features appends the features of word i given the classes of the two
// words before it (-1 before the sentence).
func features(fs []p.Feature, ws []word, i int, prev1, prev2 int) []p.Feature {
	w := &ws[i]
	get := func(j int) *word {
		if j < 0 || j >= len(ws) {
			return nil
		}
		return &ws[j]
	}
	// values for words outside the sentence
	edge := func(j int) uint64 {
		if j < 0 {
			return 1
		}
		return 2
	}
	lower := func(j int) uint64 {
		if x := get(j); x != nil {
			return x.hLower
		}
		return edge(j)
	}
	shp := func(j int) uint64 {
		if x := get(j); x != nil {
			return x.hShape
		}
		return edge(j)
	}
	pos := func(j int) uint64 {
		if x := get(j); x != nil {
			return x.upos
		}
		return edge(j)
	}
	fine := func(j int) uint64 {
		if x := get(j); x != nil {
			return x.fine
		}
		return edge(j)
	}
	coarse := func(j int) uint64 {
		if x := get(j); x != nil {
			return x.coarse
		}
		return edge(j)
	}
	suf3 := func(j int) uint64 {
		if x := get(j); x != nil {
			return x.suf[2]
		}
		return edge(j)
	}
	t1, t2 := uint64(prev1+3), uint64(prev2+3)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	fs = append(fs,
		p.Hash(0, 0, 0, 0),
		p.Hash(1, w.hLower, 0, 0),
		p.Hash(2, w.hForm, 0, 0),
		p.Hash(3, w.hShape, 0, 0),
		p.Hash(4, w.suf[0], 0, 0),
		p.Hash(5, w.suf[1], 0, 0),
		p.Hash(6, w.suf[2], 0, 0),
		p.Hash(7, w.suf[3], 0, 0),
		p.Hash(8, w.pre[0], 0, 0),
		p.Hash(9, w.pre[1], 0, 0),
		p.Hash(10, w.pre[2], 0, 0),
		p.Hash(11, w.pre[3], 0, 0),
		p.Hash(12, w.flags, first, 0),
		p.Hash(13, w.hShape, w.sentCase, first),
		p.Hash(14, lower(i-1), 0, 0),
		p.Hash(15, lower(i+1), 0, 0),
		p.Hash(16, lower(i-2), 0, 0),
		p.Hash(17, lower(i+2), 0, 0),
		p.Hash(18, shp(i-1), 0, 0),
		p.Hash(19, shp(i+1), 0, 0),
		p.Hash(20, shp(i-2), shp(i-1), 0),
		p.Hash(21, shp(i+1), shp(i+2), 0),
		p.Hash(22, shp(i-1), w.hShape, shp(i+1)),
		p.Hash(23, lower(i-1), w.hLower, 0),
		p.Hash(24, w.hLower, lower(i+1), 0),
		p.Hash(25, lower(i-1), w.hShape, 0),
		p.Hash(26, w.hShape, lower(i+1), 0),
		p.Hash(27, suf3(i-1), 0, 0),
		p.Hash(28, suf3(i+1), 0, 0),
		p.Hash(30, t1, 0, 0),
		p.Hash(31, t2, t1, 0),
		p.Hash(32, t1, w.hShape, 0),
		p.Hash(33, t1, w.hLower, 0),
		p.Hash(34, t1, w.upos, 0),
		p.Hash(35, t1, w.fine, 0),
		p.Hash(36, t1, lower(i+1), 0),
		p.Hash(40, w.upos, 0, 0),
		p.Hash(41, pos(i-1), 0, 0),
		p.Hash(42, pos(i+1), 0, 0),
		p.Hash(43, pos(i-2), 0, 0),
		p.Hash(44, pos(i+2), 0, 0),
		p.Hash(45, pos(i-1), w.upos, 0),
		p.Hash(46, w.upos, pos(i+1), 0),
		p.Hash(47, w.upos, w.hShape, 0),
		p.Hash(48, pos(i-1), w.upos, pos(i+1)),
		p.Hash(50, w.fine, 0, 0),
		p.Hash(51, w.coarse, 0, 0),
		p.Hash(52, fine(i-1), 0, 0),
		p.Hash(53, fine(i+1), 0, 0),
		p.Hash(54, coarse(i-1), 0, 0),
		p.Hash(55, coarse(i+1), 0, 0),
		p.Hash(56, w.fine, w.hShape, 0),
		p.Hash(57, coarse(i-1), w.coarse, coarse(i+1)),
	)
	for _, g := range w.gaz {
		fs = append(fs, p.Hash(70, g, 0, 0), p.Hash(71, g, t1, 0))
	}
	return fs
}
