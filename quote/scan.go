package quote

import (
	"unicode"
	"unicode/utf8"
)

// Span is one stretch of text between quotation marks, as Scan finds it.
// All offsets are byte offsets into the scanned text.
type Span struct {
	// Open is the offset of the opening mark; Start and End delimit the
	// content (the marks and the white space inside them left out); Close
	// is the offset of the closing mark, or the end of the paragraph when
	// the quotation was left open there.
	Open, Start, End, Close int
	// Mark is the opening quotation mark.
	Mark rune
	// Depth is 0 for a quotation, 1 for one quoted inside it, and so on.
	Depth int
	// Closed is false when the paragraph (or the text) ended first.
	Closed bool
	// Continued is set on a quotation left open at the end of its paragraph
	// when the next paragraph opens a quotation again, the typographic
	// convention for a quotation that runs over several paragraphs;
	// Reopens is set on that next quotation.
	Continued, Reopens bool
}

// markKind classifies quotation marks.
type markKind uint8

// maxDepth bounds the nesting of quotations.
const maxDepth = 8

const (
	notMark markKind = iota
	double           // “ ” „ ‟ " « » and the like
	single           // ‘ ’ ‚ ‛ ' ‹ ›
)

func kindOf(r rune) markKind {
	switch r {
	case '"', '“', '”', '„', '‟', '«', '»', '＂', '〝', '〞':
		return double
	case '\'', '‘', '’', '‚', '‛', '‹', '›':
		return single
	}
	return notMark
}

// closes reports whether r can close a quotation opened with open.
func closes(open, r rune) bool {
	switch open {
	case '"', '＂':
		return r == open
	case '“':
		return r == '”' || r == '"'
	case '„', '‟':
		return r == '“' || r == '”' || r == '"'
	case '«':
		return r == '»'
	case '»': // Danish and German »...«
		return r == '«'
	case '〝':
		return r == '〞' || r == '〟'
	case '\'':
		return r == '\''
	case '‘', '‛':
		return r == '’' || r == '\''
	case '‚':
		return r == '‘' || r == '’'
	case '‹':
		return r == '›'
	case '›':
		return r == '‹'
	}
	return false
}

// opener is an open quotation on the scanner's stack.
type opener struct {
	mark rune
	at   int // offset of the mark
	size int // its length in bytes
}

// Scan finds the quotations of text: every span between matching
// quotation marks of any common style (“…” "…" ‘…’ '…' «…» »…« „…“ ‚…‘ ‹…›),
// nested ones included with their depth, in the order of their opening
// marks. It never fails: marks that match nothing are ignored, an
// apostrophe ("Korea’s", "don't", "’90s") is told from a closing single
// mark by the letter after it, and a quotation still open at the end of a
// paragraph ends there (Closed false). A paragraph ends at a line break,
// except a soft wrap (a single line break between a word or comma and a
// lower-case letter).
func Scan(text string) []Span {
	var out []Span
	var stack []opener
	index := map[int]int{} // opener offset -> index in out
	pending := -1          // index in out of a quotation left open at the last paragraph end
	paraStart := true      // no non-space character yet in this paragraph
	closeAt := func(k int, end int, closed bool, closeOff int) {
		o := stack[k]
		s := &out[index[o.at]]
		s.Start, s.End = trim(text, o.at+o.size, end)
		s.Close, s.Closed = closeOff, closed
	}
	// unwind ends every quotation from the top of the stack down to k
	// (inclusive) as left open at end.
	unwind := func(k, end int) {
		for j := len(stack) - 1; j >= k; j-- {
			closeAt(j, end, false, end)
		}
		stack = stack[:k]
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\n' || r == '\r' || r == '\u2029' {
			if paragraphBreak(text, i) {
				if len(stack) > 0 {
					pending = index[stack[0].at]
					unwind(0, i)
				} else if !paraStart {
					pending = -1
				}
				paraStart = true
			}
			i += size
			continue
		}
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		first := paraStart
		paraStart = false
		if k := kindOf(r); k != notMark {
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			next, _ := utf8.DecodeRuneInString(text[i+size:])
			if i == 0 {
				prev = ' '
			}
			if i+size >= len(text) {
				next = ' '
			}
			if j := matchOpen(stack, r); j >= 0 && canClose(r, prev, next, stack[j].mark) {
				// marks opened inside and never closed end here
				unwind(j+1, i)
				closeAt(j, i, true, i)
				stack = stack[:j]
			} else if canOpen(r, prev, next) {
				// a double mark never opens inside a quotation of the same
				// style: the earlier one was left open by mistake
				if k == double {
					for j := len(stack) - 1; j >= 0; j-- {
						if sameStyle(stack[j].mark, r) {
							unwind(j, i)
							break
						}
					}
				}
				if len(stack) < maxDepth {
					index[i] = len(out)
					s := Span{Open: i, Start: i + size, End: i + size, Close: i + size, Mark: r, Depth: len(stack)}
					if first && pending >= 0 && len(stack) == 0 {
						out[pending].Continued = true
						s.Reopens = true
					}
					out = append(out, s)
					stack = append(stack, opener{r, i, size})
				}
			}
		}
		if first {
			pending = -1
		}
		i += size
	}
	unwind(0, len(text))
	return dropStray(out)
}

// dropStray removes single-mark quotations never closed (apostrophes
// taken for opening marks: "'Twas", "rock 'n' roll") unless they run on
// into the next paragraph, and moves what they held up a level.
func dropStray(spans []Span) []Span {
	out := spans[:0]
	var stray []Span
	for _, s := range spans {
		for len(stray) > 0 && stray[len(stray)-1].Close <= s.Open {
			stray = stray[:len(stray)-1]
		}
		if kindOf(s.Mark) == single && !s.Closed && !s.Continued {
			stray = append(stray, s)
			continue
		}
		for _, st := range stray {
			if st.Depth < s.Depth {
				s.Depth--
			}
		}
		out = append(out, s)
	}
	return out
}

// sameStyle reports whether double marks a and b belong to the same style,
// so that b cannot open a quotation nested in one opened by a.
func sameStyle(a, b rune) bool {
	switch a {
	case '"':
		return b == '"'
	case '“', '„', '‟':
		return b == '“' || b == '„' || b == '‟'
	case '«', '»':
		return b == '«' || b == '»'
	}
	return a == b
}

// matchOpen returns the index in stack of the innermost quotation that r
// can close, or -1. Only quotations of the same kind (double, single) are
// searched, and a single mark never closes past an open double one.
func matchOpen(stack []opener, r rune) int {
	k := kindOf(r)
	for j := len(stack) - 1; j >= 0; j-- {
		if closes(stack[j].mark, r) {
			return j
		}
		if k == single && kindOf(stack[j].mark) == double {
			return -1
		}
		if k == double && kindOf(stack[j].mark) == double {
			// a double mark that does not match the innermost double
			// quotation does not close an outer one either
			return -1
		}
	}
	return -1
}

// canClose reports whether mark r, between prev and next, can end a
// quotation opened with open.
func canClose(r, prev, next, open rune) bool {
	switch r {
	case '’', '\'':
		// an apostrophe inside a word: "Korea’s", "don't"
		if isWordRune(prev) && isWordRune(next) {
			return false
		}
		// "’90s", "'em": an elision after a space
		if unicode.IsSpace(prev) && isWordRune(next) {
			return false
		}
		return !unicode.IsSpace(prev) || open == '‘' || open == '\''
	case '"', '＂':
		// straight marks: a closing one follows the text it closes
		return !unicode.IsSpace(prev) || unicode.IsSpace(next) || isClosePunct(next)
	case '“':
		// „…“ closes after text; a “ after a space followed by a word is
		// more likely an opening mark
		return !(unicode.IsSpace(prev) && isWordRune(next))
	}
	return true
}

// canOpen reports whether mark r, between prev and next, can begin a
// quotation.
func canOpen(r, prev, next rune) bool {
	if unicode.IsSpace(next) && r != '«' && r != '»' {
		return false
	}
	switch r {
	case '’':
		return false // only ever closes or elides
	case '”':
		// some texts open with ”; only after a space or a bracket
		return unicode.IsSpace(prev) || isOpenPunct(prev)
	case '»', '›':
		// Danish and German style »…«: after a space, before a word
		return (unicode.IsSpace(prev) || isOpenPunct(prev)) && isWordRune(next)
	case '"', '＂', '\'':
		// straight marks open after a space, a bracket, a dash or another
		// mark, before a word or other non-space
		if !(unicode.IsSpace(prev) || isOpenPunct(prev) || kindOf(prev) != notMark || prev == '—' || prev == '–' || prev == '-' || prev == '/' || prev == ':') {
			return false
		}
		if r == '\'' && !(isWordRune(next) || kindOf(next) != notMark || next == '.') {
			return false
		}
		return true
	case '‘':
		// "‘90s" is an elision; a quotation starts with a letter, digit
		// or another mark
		return !isWordRune(prev) || kindOf(prev) != notMark
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '<', '—', '–', '¿', '¡':
		return true
	}
	return false
}

func isClosePunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '…', '-', '—', '–':
		return true
	}
	return kindOf(r) != notMark
}

// paragraphBreak reports whether the line break at text[i] ends a
// paragraph: any break except a soft wrap, a single break after a word or
// comma and before a lower-case letter.
func paragraphBreak(text string, i int) bool {
	// a \r\n pair is one break, counted at the \n
	if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
		return false
	}
	j := i + 1
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if j >= len(text) || text[j] == '\n' || text[j] == '\r' {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[j:])
	k := i
	if k > 0 && text[k] == '\n' && text[k-1] == '\r' {
		k--
	}
	for k > 0 && (text[k-1] == ' ' || text[k-1] == '\t') {
		k--
	}
	if k == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:k])
	return !((isWordRune(prev) || prev == ',') && unicode.IsLower(next))
}

// trim returns [start, end) without the white space at either end.
func trim(text string, start, end int) (int, int) {
	if end < start {
		end = start
	}
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}
