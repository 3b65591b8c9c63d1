// Package tokenize splits raw news text into sentences and UD-style tokens
// with byte offsets. (Temporary whitespace version; being replaced.)
package tokenize

import (
	"strings"
	"unicode"

	"github.com/dyadproject/dyad"
)

// Document fills d.Tokens, d.Sentences and d.Problems from d.Text. Every
// token's Head is -1.
func Document(d *dyad.Document) {
	d.Tokens, d.Sentences, d.Problems = Tokenize(d.Text)
}

// Tokenize splits text into tokens and sentences.
func Tokenize(text string) ([]dyad.Token, []dyad.Sentence, []dyad.Problem) {
	var toks []dyad.Token
	start := -1
	for i, r := range text {
		if unicode.IsSpace(r) {
			if start >= 0 {
				toks = append(toks, dyad.Token{Start: start, End: i, Head: -1})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		toks = append(toks, dyad.Token{Start: start, End: len(text), Head: -1})
	}
	var sents []dyad.Sentence
	s := 0
	for i, t := range toks {
		w := text[t.Start:t.End]
		if strings.HasSuffix(w, ".") || i == len(toks)-1 {
			sents = append(sents, dyad.Sentence{Span: dyad.Span{Start: s, End: i + 1}})
			s = i + 1
		}
	}
	return toks, sents, nil
}
