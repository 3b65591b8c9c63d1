// Package lemma is dyad's lemmatizer. A word seen in training takes the
// lemma it most often had with the same Penn Treebank tag; any other word
// takes the suffix rewrite ("strip 3, add 'y'") that training words with the
// longest shared ending and the same tag most often took. Proper nouns keep
// their case; other words are lowercased, as UD English does.
package lemma

import (
	"encoding/json"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// Model is a trained lemmatizer.
type Model struct {
	// Lexicon maps "form\txpos" (exact case, then lowercased) to a lemma.
	Lexicon map[string]string `json:"lexicon"`
	// Rules maps "xpos\tsuffix" to a rewrite "n:ending" (strip n bytes,
	// append ending).
	Rules map[string]string `json:"rules"`
	// Known, when not nil, tells whether a word is a real lemma: of the
	// rules whose suffixes match an unseen word, the longest one giving a
	// known word wins ("shelled" gives "shell", not "shel").
	Known  func(string) bool `json:"-"`
	lemmas map[string]bool   // lemmas seen in training
}

const maxSuffix = 6

// Item is one training word.
type Item struct {
	Form, Lemma string
	UPOS        dyad.UPOS
	XPOS        dyad.XPOS
}

func proper(u dyad.UPOS, x dyad.XPOS) bool {
	return u == dyad.PROPN || x.String() == "NNP" || x.String() == "NNPS"
}

// source gives the string a rule rewrites: the form for proper nouns, the
// lowercased form otherwise.
func source(form string, u dyad.UPOS, x dyad.XPOS) string {
	if proper(u, x) {
		return form
	}
	return strings.ToLower(form)
}

// Train builds a lemmatizer from items.
func Train(items []Item) *Model {
	lex := map[string]map[string]int{}
	rules := map[string]map[string]int{}
	count := func(m map[string]map[string]int, k, v string) {
		if m[k] == nil {
			m[k] = map[string]int{}
		}
		m[k][v]++
	}
	for _, it := range items {
		if it.Lemma == "" || it.Lemma == "_" {
			continue
		}
		x := it.XPOS.String()
		count(lex, it.Form+"\t"+x, it.Lemma)
		count(lex, strings.ToLower(it.Form)+"\t"+x, it.Lemma)
		src := source(it.Form, it.UPOS, it.XPOS)
		r := rule(src, it.Lemma)
		for k := 0; k <= maxSuffix; k++ {
			suf, ok := suffix(src, k)
			if !ok {
				break
			}
			count(rules, x+"\t"+strings.ToLower(suf), r)
		}
	}
	m := &Model{Lexicon: map[string]string{}, Rules: map[string]string{}}
	for k, vs := range lex {
		m.Lexicon[k] = best(vs, 1)
	}
	for k, vs := range rules {
		if b := best(vs, 2); b != "" {
			m.Rules[k] = b
		}
	}
	m.index()
	return m
}

// best returns the most frequent value seen at least min times ("" if none).
func best(vs map[string]int, min int) string {
	keys := make([]string, 0, len(vs))
	for v := range vs {
		keys = append(keys, v)
	}
	sort.Strings(keys)
	b, n := "", 0
	for _, v := range keys {
		if vs[v] > n {
			b, n = v, vs[v]
		}
	}
	if n < min {
		return ""
	}
	return b
}

func rule(src, lemma string) string {
	cp := 0
	for cp < len(src) && cp < len(lemma) && src[cp] == lemma[cp] {
		cp++
	}
	for cp > 0 && cp < len(src) && !utf8.RuneStart(src[cp]) {
		cp--
	}
	return itoa(len(src)-cp) + ":" + lemma[cp:]
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// suffix returns the last k runes of s.
func suffix(s string, k int) (string, bool) {
	i := len(s)
	for n := 0; n < k; n++ {
		if i == 0 {
			return "", false
		}
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:], true
}

// Lemma returns the lemma of a tagged word.
func (m *Model) Lemma(form string, u dyad.UPOS, x dyad.XPOS) string {
	xs := x.String()
	// Keys are built in a buffer, which the map look-ups read without
	// copying: Lemma runs for every word.
	var buf [64]byte
	if l, ok := m.Lexicon[string(key(buf[:0], form, xs))]; ok {
		return l
	}
	if l, ok := m.Lexicon[string(key(buf[:0], strings.ToLower(form), xs))]; ok && !proper(u, x) {
		return l
	}
	src := source(form, u, x)
	lower := strings.ToLower(src)
	if u == dyad.VERB || u == dyad.AUX || strings.HasPrefix(xs, "VB") {
		if l, ok := irregular[lower]; ok {
			return l
		}
	}
	first := ""
	for k := maxSuffix; k >= 0; k-- {
		suf, ok := suffix(lower, k)
		if !ok {
			continue
		}
		r, ok := m.Rules[string(key(buf[:0], xs, suf))]
		if !ok {
			continue
		}
		l := apply(src, r)
		if first == "" {
			first = l
		}
		if m.known(strings.ToLower(l)) {
			return l
		}
	}
	if first != "" {
		return first
	}
	return src
}

// key appends a, a tab and b to buf: a key of Model.Lexicon or Model.Rules.
func key(buf []byte, a, b string) []byte {
	return append(append(append(buf, a...), '\t'), b...)
}

// known reports whether l is a lemma seen in training or a word Known
// accepts.
func (m *Model) known(l string) bool {
	return m.lemmas[l] || (m.Known != nil && m.Known(l))
}

// index fills the set of lemmas seen in training.
func (m *Model) index() {
	m.lemmas = make(map[string]bool, len(m.Lexicon))
	for _, v := range m.Lexicon {
		m.lemmas[strings.ToLower(v)] = true
	}
}

func apply(src, r string) string {
	n := 0
	i := 0
	for i < len(r) && r[i] != ':' {
		n = n*10 + int(r[i]-'0')
		i++
	}
	if n > len(src) || i >= len(r) || (n > 0 && !utf8.RuneStart(src[len(src)-n])) {
		return src
	}
	return src[:len(src)-n] + r[i+1:]
}

// WriteTo writes the model as JSON.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	return 0, json.NewEncoder(w).Encode(m)
}

// Read loads a model written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	var m Model
	if err := json.NewDecoder(r).Decode(&m); err != nil {
		return nil, err
	}
	m.index()
	return &m, nil
}
