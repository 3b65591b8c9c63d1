package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// segment finds sentence boundaries between the lexed tokens, splits the
// period off abbreviations that end a sentence, and returns the final
// tokens and sentences.
func segment(text string, toks []tok) ([]dyad.Token, []dyad.Sentence) {
	n := len(toks)
	if n == 0 {
		return nil, nil
	}
	splits := 0
	for j := 1; j < n; j++ {
		m := &toks[j]
		if !m.space {
			continue
		}
		// The last token before the gap that is not a closing quotation
		// mark or bracket written against what precedes it.
		k := lastBefore(toks, j)
		f := toks[k].flags
		if m.nl > 0 {
			if m.nl >= 2 || !softWrap(text, toks, j) {
				m.flags |= fBreak | fPara
				// As in EWT, an abbreviation ending a paragraph gives up
				// its period to the sentence.
				if f&(fAbbr|fNoEnd|fSplit) == fAbbr {
					toks[k].flags |= fSplit
					splits++
				}
			}
			continue
		}
		switch {
		case f&fTerm != 0:
			if r := firstRune(text, toks, j); unicode.IsUpper(r) || unicode.IsTitle(r) ||
				r >= '0' && r <= '9' || r == '$' || r == '£' || r == '€' || r == '¥' ||
				k == j-1 && unicode.IsLower(r) && !ellipsis(text[toks[k].start:toks[k].end]) {
				m.flags |= fBreak
			}
		case f&fAbbr != 0 && f&fNoEnd == 0:
			if abbrevEnds(text, toks, j, f) {
				m.flags |= fBreak
				if toks[k].flags&fSplit == 0 {
					toks[k].flags |= fSplit
					splits++
				}
			}
		}
	}

	if k := lastBefore(toks, n); toks[k].flags&(fAbbr|fNoEnd|fSplit) == fAbbr {
		toks[k].flags |= fSplit // the text ends with an abbreviation
		splits++
	}
	// Only the integer fields are set, which needs no write barriers.
	out := make([]dyad.Token, n+splits)
	sents := make([]dyad.Sentence, 0, n/16+1)
	para, start, oi := 0, 0, 0
	for j := 0; j < n; j++ {
		f := toks[j].flags
		if j > 0 && f&fBreak != 0 {
			sents = append(sents, dyad.Sentence{Span: dyad.Span{Start: start, End: oi}, Paragraph: para})
			if f&fPara != 0 {
				para++
			}
			start = oi
		}
		tk := &toks[j]
		o := &out[oi]
		o.Start, o.End, o.Head = tk.start, tk.end, -1
		oi++
		if f&fSplit != 0 {
			o.End = tk.end - 1
			o = &out[oi]
			o.Start, o.End, o.Head = tk.end-1, tk.end, -1
			oi++
		}
	}
	sents = append(sents, dyad.Sentence{Span: dyad.Span{Start: start, End: oi}, Paragraph: para})
	return out, sents
}

// lastBefore returns the index of the last token before token j (or the
// end) that is not a closing quotation mark or bracket written against the
// token before it.
func lastBefore(toks []tok, j int) int {
	k := j - 1
	for k > 0 && toks[k].flags&(fClose|fQuote) != 0 && !toks[k].space {
		k--
	}
	return k
}

// firstWord returns the index of the token that starts the text after the
// gap before token j, skipping opening quotation marks and brackets.
func firstWord(toks []tok, j int) int {
	for j+1 < len(toks) && toks[j].flags&(fOpen|fQuote) != 0 && !toks[j+1].space {
		j++
	}
	return j
}

func firstRune(text string, toks []tok, j int) rune {
	j = firstWord(toks, j)
	r, _ := utf8.DecodeRuneInString(text[toks[j].start:toks[j].end])
	return r
}

// abbrevEnds decides whether the abbreviation before token j, with flags
// f, ends a sentence.
func abbrevEnds(text string, toks []tok, j int, f uint16) bool {
	w := firstWord(toks, j)
	s := text[toks[w].start:toks[w].end]
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	return f&fLowAbbr != 0 || starters[s]
}

// softWrap reports whether the single line break before token j merely
// wraps a line: the line ends in a word or a comma and the next starts
// with a lower-case letter, or the line ends in a title such as "Mr.".
func softWrap(text string, toks []tok, j int) bool {
	if toks[j-1].flags&(fAbbr|fNoEnd) == fAbbr|fNoEnd && toks[j-1].start > 0 && toks[j-1].nl == 0 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[toks[j].start:toks[j].end])
	if !unicode.IsLower(r) {
		return false
	}
	p := toks[j-1]
	last, _ := utf8.DecodeLastRuneInString(text[p.start:p.end])
	return toks[j-1].flags&fTerm == 0 && (isWordRune(last) || last == ',')
}

// ellipsis reports whether a run of final punctuation has more than one
// period or a "…": an ellipsis, after which a lower-case word continues
// the sentence.
func ellipsis(s string) bool {
	return strings.Count(s, ".") > 1 || strings.Contains(s, "…")
}
