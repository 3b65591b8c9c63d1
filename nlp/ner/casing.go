package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Casing counts how words are written in running text: all in lower case,
// or capitalised inside a sentence (sentence-initial words say nothing).
// A word that news text capitalises but rarely writes in lower case is
// likely a name, even if the training data never saw it. Count unlabelled
// text with Add and pass the result to Train in Options.Casing.
type Casing struct {
	counts map[string]*[2]int32 // lower-cased word: lower, capitalised
}

// NewCasing returns empty counts.
func NewCasing() *Casing { return &Casing{counts: map[string]*[2]int32{}} }

// Add counts the words of one tokenized sentence.
func (c *Casing) Add(words []string) {
	for i, f := range words {
		r, _ := utf8.DecodeRuneInString(f)
		if i == 0 || !unicode.IsLetter(r) {
			continue
		}
		l := strings.ToLower(f)
		x := c.counts[l]
		if x == nil {
			x = &[2]int32{}
			c.counts[l] = x
		}
		if l == f {
			x[0]++
		} else if unicode.IsUpper(r) {
			x[1]++
		}
	}
}

// Words returns the number of distinct words counted.
func (c *Casing) Words() int { return len(c.counts) }

// lexicon maps each lower-cased word seen at least min times to a bucket
// of how often it is written in lower case, plus 8 when it was seen at
// least 10 times.
func (c *Casing) lexicon(min int32) map[string]uint8 {
	out := map[string]uint8{}
	for w, x := range c.counts {
		if n := x[0] + x[1]; n >= min {
			b := uint8(ratio(x[0], n))
			if n >= 10 {
				b += 8
			}
			out[w] = b
		}
	}
	return out
}
