// Package tokenize splits raw news text into sentences and Universal
// Dependencies tokens, with byte offsets into the unchanged text.
//
// Tokens follow the conventions of UD English-EWT v2.15, the treebank the
// tagger and parser are trained on, as its training data shows them:
//
//   - Punctuation is split off words. A run of . ! ? ("...", "?!", "!!!") is
//     one token, as are "…", a run of hyphens ("--"), a run of one other
//     symbol ("***", "<<"), arrows ("->") and emoticons (":)", ":-(", "<3").
//   - Clitics are split: "Russia's" → "Russia" "'s" (also with ’), "don't" →
//     "do" "n't", "can't" → "ca" "n't", "won't" → "wo" "n't", "I'm" → "I"
//     "'m", and "'re", "'ve", "'ll", "'d". Written without an apostrophe,
//     EWT still splits "cannot" → "can" "not", "gonna" → "gon" "na",
//     "wanna", "gotta", "dont" → "do" "nt" and the like. A plural
//     possessive apostrophe ("parents'") is a token of its own. An
//     apostrophe inside a word stays (O'Brien, rock'n'roll), as does a
//     leading one in "'90s" and "'em".
//   - Quotation marks of every kind (“ ” " ‘ ’ « » „ ‚ ‹ ›), brackets,
//     dashes, "$" and "%" are tokens.
//   - A hyphen between words is a token ("Al-Zaman" → "Al" "-" "Zaman",
//     "15-year" → "15" "-" "year", "3-4" → "3" "-" "4"), except after the
//     prefixes EWT keeps whole ("e-mail", "non-profit", "re-election",
//     "co-workers", "mid-1990s"; see hyphenPrefixes) and in numbers with two
//     or more hyphens, phone numbers and ZIP codes ("2021-05-03",
//     "555-1234"). A slash is a token too ("and" "/" "or"), except in
//     dates ("11/28/2000", "9/11") and "w/".
//   - Numbers stay whole ("1,000", "3.5", "10:30", "1990s", "21st"); a unit
//     written against a number is split ("5pm" → "5" "pm", "35mm").
//   - Abbreviations keep their period ("U.S.", "Dec.", "Gen.", "Inc.",
//     "e.g.", "No." before a number, initials as in "J. R. R. Tolkien"). As in
//     EWT, an abbreviation that ends a sentence or paragraph gives its
//     period to the sentence: "... in the U.S. The" → "U.S" "." "The".
//   - URLs, e-mail addresses, file extensions (".doc"), @-handles and
//     hashtags are one token each.
//
// A sentence ends after . ! ? … (or a run of them), together with any
// closing quotation marks and brackets written directly after, when white
// space follows and then a capital letter or digit (possibly after an
// opening quotation mark or bracket), or, after a bare . ! or ? (not an
// ellipsis or a closing quotation mark), a lower-case letter. An
// abbreviation ends a sentence only when a common sentence-initial word
// follows it ("Inc. The"), or, for "etc." and lower-case abbreviations,
// any capital; titles ("Mr.", "Gen.") never do. Every line break ends a
// sentence and starts a paragraph (Sentence.Paragraph counts them; news
// text usually puts a paragraph on a line, and a blank line counts once),
// except a soft wrap: a single newline after a word or comma and before a
// lower-case letter, or after a title. Bullets ("-", "*", "•") are tokens
// of their own and a list number at the start of a line ("1.") keeps its
// period and does not end a sentence.
//
// Invalid UTF-8 bytes and control characters other than tab, newline,
// carriage return and form feed are never part of a token: they separate
// tokens as white space does and each is reported as a dyad.Problem.
//
// The package does not normalise or correct the text (every token is a
// substring of it), does not find sentence ends that have neither final
// punctuation nor a line break (a headline run into its story on one line
// stays one sentence), does not tell a quotation's attribution from a new
// sentence (“Why?” Smith asked. is two sentences, as in EWT), cannot split
// the many EWT multi-word tokens that depend on context ("its" as "it's"),
// and knows only the abbreviations in its lists.
//
// It is a hand-written, single-pass byte scanner with an ASCII fast path,
// linear in the length of the text, rather than a UAX #29 word segmenter
// (github.com/clipperhouse/uax29): UAX #29 word boundaries disagree with
// UD conventions in many places (clitics, abbreviation periods, hyphen
// prefixes, units, URLs, emoticons), so a scanner that applies the UD
// rules directly is simpler and faster than post-editing UAX #29 output.
package tokenize

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// Document fills d.Tokens, d.Sentences and d.Problems from d.Text. Every
// token's Head is -1.
func Document(d *dyad.Document) {
	d.Tokens, d.Sentences, d.Problems = Tokenize(d.Text)
}

// Tokenize splits text into tokens and sentences.
func Tokenize(text string) ([]dyad.Token, []dyad.Sentence, []dyad.Problem) {
	est := len(text)/5 + 4
	lx := lexer{
		text:      text,
		toks:      make([]tok, 0, est),
		lineStart: true,
	}
	lx.run()
	toks, sents := segment(text, lx.toks)
	return toks, sents, lx.probs
}

// Token flags.
const (
	fTerm    uint16 = 1 << iota // run of . ! ? …
	fAbbr                       // word whose final period belongs to it
	fNoEnd                      // abbreviation that never ends a sentence
	fLowAbbr                    // abbreviation that ends a sentence before any capital
	fOpen                       // opening quotation mark or bracket
	fClose                      // closing quotation mark or bracket
	fQuote                      // straight quotation mark: opens or closes
	fBreak                      // a sentence starts at this token
	fPara                       // ... and a paragraph too
	fSplit                      // the abbreviation period of this token ends a sentence
)

// tok is a token as the lexer finds it, with what segmentation needs to
// know about it.
type tok struct {
	start, end int
	flags      uint16
	nl         uint8 // line breaks in the white space before the token (at most 255)
	space      bool  // white space (or skipped bytes) before the token
}

type lexer struct {
	text      string
	toks      []tok
	probs     []dyad.Problem
	nl        int  // line breaks since the last token
	space     bool // white space since the last token
	lineStart bool // no token yet on the current line
}

func (lx *lexer) emit(s, e int, f uint16) {
	nl := lx.nl
	if nl > 255 {
		nl = 255
	}
	lx.toks = append(lx.toks, tok{start: s, end: e, flags: f, nl: uint8(nl), space: lx.space})
	lx.nl, lx.space, lx.lineStart = 0, false, false
}

func (lx *lexer) newline(n int) {
	lx.nl += n
	lx.space = true
	lx.lineStart = true
}

// run scans the text: white space, skipped bytes and chunks of other
// characters, which chunk splits into tokens.
func (lx *lexer) run() {
	t := lx.text
	n := len(t)
	for i := 0; i < n; {
		c := t[i]
		if c < utf8.RuneSelf {
			switch {
			case c > ' ' && c != 0x7f:
				j := chunkEnd(t, i+1)
				lx.chunk(i, j)
				i = j
			case c == ' ' || c == '\t':
				lx.space = true
				i++
			case c == '\n' || c == '\f':
				lx.newline(1)
				i++
			case c == '\r':
				if i+1 < n && t[i+1] == '\n' {
					i++
				}
				lx.newline(1)
				i++
			default:
				lx.probs = append(lx.probs, dyad.Problem{Offset: i, Msg: fmt.Sprintf("control character U+%04X", c)})
				lx.space = true
				i++
			}
			continue
		}
		r, sz := utf8.DecodeRuneInString(t[i:])
		switch {
		case r == utf8.RuneError && sz == 1:
			lx.probs = append(lx.probs, dyad.Problem{Offset: i, Msg: fmt.Sprintf("invalid UTF-8 byte 0x%02x", c)})
			lx.space = true
		case r < 0xa0:
			lx.probs = append(lx.probs, dyad.Problem{Offset: i, Msg: fmt.Sprintf("control character U+%04X", r)})
			lx.space = true
		case r == 0x2028: // line separator
			lx.newline(1)
		case r == 0x2029: // paragraph separator
			lx.newline(2)
		case isSpaceRune(r):
			lx.space = true
		default:
			j := chunkEnd(t, i+sz)
			lx.chunk(i, j)
			i = j
			continue
		}
		i += sz
	}
}

// isSpaceRune reports whether a non-ASCII rune separates tokens as white
// space does: Unicode white space and the invisible zero-width space, word
// joiner and byte order mark.
func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r == 0x200b || r == 0x2060 || r == 0xfeff
}

// chunkEnd returns the end of the run of token characters (not white
// space, not control, valid UTF-8) that continues at i.
func chunkEnd(t string, i int) int {
	for i < len(t) {
		c := t[i]
		if c < utf8.RuneSelf {
			if c <= ' ' || c == 0x7f {
				return i
			}
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(t[i:])
		if (r == utf8.RuneError && sz == 1) || r < 0xa0 || isSpaceRune(r) {
			return i
		}
		i += sz
	}
	return i
}

// ASCII character classes.
const (
	aOther  = 0
	aLetter = 1
	aDigit  = 2
)

var ascii = func() (a [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		a[c] = aLetter
		a[c-32] = aLetter
	}
	for c := '0'; c <= '9'; c++ {
		a[c] = aDigit
	}
	return a
}()

// isWordRune reports whether r belongs in words: letters, digits, combining
// marks and invisible format characters (soft hyphen, joiners).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r] != aOther
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || unicode.Is(unicode.Cf, r)
}

func isLetterRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r] == aLetter
	}
	return unicode.IsLetter(r)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// runeAt decodes the rune at i (i < len(s)).
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// wordAt reports whether a word rune starts at i in s[:b].
func wordAt(s string, i, b int) bool {
	if i >= b {
		return false
	}
	r, _ := runeAt(s, i)
	return isWordRune(r)
}

// chunk splits the white-space-free run text[a:b] into tokens.
func (lx *lexer) chunk(a, b int) {
	t := lx.text
	lineStart := lx.lineStart
	for p := a; p < b; {
		r, sz := runeAt(t, p)
		if !isWordRune(r) {
			// ".doc", ".5", "@user", "#hashtag", "+44" are words.
			if (r == '.' && extension(t, p+1, b) || (r == '@' || r == '#') && p+1 < b && isLetterRune(rune(t[p+1])) ||
				r == '+' && p+1 < b && isDigit(t[p+1])) &&
				(p == a || !wordBefore(t, p)) {
				p = lx.word(p, 1, a, b, lineStart)
				continue
			}
			p = lx.punct(p, a, b, r, sz)
			continue
		}
		if c := r | 0x20; (c == 'h' || c == 'w' || c == 'f' || c == 'm') && (p == a || !wordBefore(t, p)) {
			if e := urlEnd(t, p, b); e > p {
				lx.emit(p, e, 0)
				p = e
				continue
			}
		}
		p = lx.word(p, 0, a, b, lineStart)
	}
}

// extension reports whether a file name extension or the decimals of a
// number (".doc", ".5") start at i: up to four ASCII letters or digits, or
// any number of digits.
func extension(t string, i, b int) bool {
	j := i
	for j < b && t[j] < utf8.RuneSelf && ascii[t[j]] != aOther {
		j++
	}
	if j == i || wordAt(t, j, b) {
		return false
	}
	return j-i <= 4 || numeric(t[i:j])
}

func wordBefore(t string, p int) bool {
	r, _ := utf8.DecodeLastRuneInString(t[:p])
	return isWordRune(r)
}

// urlEnd returns the end of a URL starting at p, or p.
func urlEnd(t string, p, b int) int {
	s := t[p:b]
	n := 0
	for _, pre := range [...]string{"http://", "https://", "ftp://", "mailto:", "www."} {
		if len(s) > len(pre) && strings.EqualFold(s[:len(pre)], pre) && wordAt(s, len(pre), len(s)) {
			n = len(pre)
			break
		}
	}
	if n == 0 {
		return p
	}
	e := len(s)
	opens, closes := -1, -1 // counted when first needed
	for e > n {
		r, sz := utf8.DecodeLastRuneInString(s[:e])
		switch r {
		case '.', ',', ';', ':', '!', '?', '\'', '"', '”', '’', '»', '…', ']', '}', '>', '*':
			e -= sz
			continue
		case ')':
			if opens < 0 {
				opens, closes = strings.Count(s[:e], "("), strings.Count(s[:e], ")")
			}
			if opens < closes {
				e -= sz
				closes--
				continue
			}
		}
		break
	}
	return p + e
}

// word lexes a word starting at p (after lead bytes of a prefix such as
// "#"): letters and digits joined by word-inner punctuation, then splits
// it into tokens.
func (lx *lexer) word(p, lead, a, b int, lineStart bool) int {
	t := lx.text
	q := p + lead
	seps, at := false, false
	for q < b {
		r, sz := runeAt(t, q)
		if isWordRune(r) {
			q += sz
			continue
		}
		if q+sz >= b {
			break
		}
		r2, sz2 := runeAt(t, q+sz)
		ok := false
		switch r {
		case '.':
			ok = isWordRune(r2)
			if !ok && r2 == '-' && q-2 >= p && t[q-2] == '.' && wordAt(t, q+2, b) {
				q++ // "U.S.-led": keep the period, split at the hyphen
				continue
			}
			if !ok && strings.HasPrefix(t[q:b], "...@") && wordAt(t, q+4, b) {
				q += 4 // a truncated e-mail address: "franz371...@gmail.com"
				at = true
				continue
			}
		case ',', ':':
			ok = q > p && isDigit(t[q-1]) && r2 >= '0' && r2 <= '9'
		case '-', '/', '\u2010', '\u2011':
			ok = isWordRune(r2)
			seps = seps || ok
		case '\'', '’', '`':
			ok = isLetterRune(r2)
		case '&', '_':
			ok = isWordRune(r2)
		case '@':
			ok = isWordRune(r2)
			at = at || ok
		}
		if !ok {
			break
		}
		q += sz + sz2
	}
	if q-p == 5 && q < b && t[q] == '!' && t[p:q] == "Yahoo" {
		lx.emit(p, q+1, 0) // the company's name
		return q + 1
	}
	if q == p+1 && t[p]|0x20 == 'w' && q < b && t[q] == '/' && !wordAt(t, q+1, b) {
		lx.emit(p, q+1, 0) // "w/" (with)
		return q + 1
	}
	first := len(lx.toks)
	if seps && !at {
		lx.splitSeps(p, q)
	} else if at {
		lx.emit(p, q, 0)
	} else {
		lx.piece(p, q)
	}
	// A period after the word: part of an abbreviation, or punctuation.
	if q < b && t[q] == '.' && len(lx.toks) > first {
		if q+1 < b {
			// "Inc.." is "Inc." and a period; "etc..." is "etc" and "...".
			if t[q+1] == '.' && (q+2 < b && t[q+2] == '.') || strings.HasPrefix(t[q+1:b], "…") {
				return q
			}
		}
		last := len(lx.toks) - 1
		if tk := lx.toks[last]; tk.end == q {
			if f := lx.abbrev(tk.start, q, b, lineStart && tk.start == a); f != 0 {
				lx.toks[last].end = q + 1
				lx.toks[last].flags |= f
				return q + 1
			}
		}
	}
	return q
}

// isSep reports the length of a hyphen or slash joiner at i, or 0.
func isSep(t string, i int) int {
	switch t[i] {
	case '-', '/':
		return 1
	case 0xe2:
		if i+2 < len(t) && t[i+1] == 0x80 && (t[i+2] == 0x90 || t[i+2] == 0x91) {
			return 3
		}
	}
	return 0
}

// numeric reports whether s is digits with inner . , :
func numeric(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isDigit(c) && c != '.' && c != ',' && c != ':' {
			return false
		}
	}
	return true
}

func asciiLetters(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if ascii[s[i]&0x7f] != aLetter || s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lowerIn looks s up, lower-cased, in m (ASCII words of up to 16 bytes).
func lowerIn[V any](m map[string]V, s string) (V, bool) {
	var buf [16]byte
	var zero V
	if len(s) > len(buf) {
		return zero, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	v, ok := m[string(buf[:len(s)])]
	return v, ok
}

// splitSeps splits a word at the hyphens and slashes EWT makes tokens of.
func (lx *lexer) splitSeps(p, q int) {
	t := lx.text
	// Count separators and check whether all parts are numbers.
	hy, sl := 0, 0
	allNum := true
	segStart := p
	for i := p; i < q; {
		n := isSep(t, i)
		if n == 0 {
			i++
			continue
		}
		if t[i] == '/' {
			sl++
		} else {
			hy++
		}
		allNum = allNum && numeric(t[segStart:i])
		i += n
		segStart = i
	}
	allNum = allNum && numeric(t[segStart:q])
	if fileName(t[p:q]) {
		lx.emit(p, q, 0)
		return
	}
	if allNum {
		keep := (hy > 0 && sl > 0) || hy >= 2 || sl >= 2
		if !keep {
			i := p
			for isSep(t, i) == 0 {
				i++
			}
			l, r := i-p, q-i-isSep(t, i)
			if hy == 1 {
				// A phone number or extension ("555-1234", "3-5213") or
				// a ZIP+4 code ("77042-2016").
				keep = (l <= 3 || l == 5) && r == 4 && !strings.ContainsAny(t[p:q], ".,:")
			} else {
				keep = l <= 2 && r <= 2 && l+r > 2
			}
		}
		if keep {
			lx.piece(p, q)
			return
		}
	}
	if hy == 1 && sl == 0 && givenName(t[p:q]) && afterCapitalized(t, p) {
		lx.piece(p, q) // "Kim Yo-jong", "Kwon Jong-gun": one name, one token
		return
	}
	start := p // start of the current piece
	segStart = p
	for i := p; i < q; {
		n := isSep(t, i)
		if n == 0 {
			i++
			continue
		}
		left := t[segStart:i]
		segStart = i + n
		split := true
		if !allNum {
			if t[i] == '/' {
				right := t[i+1 : q]
				if e := isSepOrEnd(right); e > 0 {
					right = right[:e]
				}
				split = !(len(left) == 1 && len(right) == 1 && ascii[left[0]&0x7f] == aLetter &&
					ascii[right[0]&0x7f] == aLetter)
			} else if asciiLetters(left) {
				_, keep := lowerIn(hyphenPrefixes, left)
				split = !keep
			}
		}
		if t[i] == '/' && i == start+1 && (t[start] == 'w' || t[start] == 'W') {
			lx.emit(start, i+1, 0) // "w/" (with)
			start = i + 1
		} else if split {
			lx.piece(start, i)
			lx.emit(i, i+n, 0)
			start = i + n
		}
		i += n
	}
	lx.piece(start, q)
}

// givenName reports whether w has the shape of a romanised Korean or
// Chinese given name written with a hyphen: "Yo-jong", "Jae-in", "Kab-woo"
// (a capitalised syllable, a hyphen, a lower-case syllable, each of at most
// six letters). EWT splits hyphenated words, but a name kept whole is tagged
// and parsed as one proper noun.
func givenName(w string) bool {
	l, r, ok := strings.Cut(w, "-")
	if !ok || len(l) < 2 || len(l) > 6 || len(r) < 2 || len(r) > 6 || l[0] < 'A' || l[0] > 'Z' {
		return false
	}
	for i := 1; i < len(l); i++ {
		if l[i] < 'a' || l[i] > 'z' {
			return false
		}
	}
	for i := 0; i < len(r); i++ {
		if r[i] < 'a' || r[i] > 'z' {
			return false
		}
	}
	return true
}

// afterCapitalized reports whether the word before byte p, on the same line
// and one space away, is capitalised: the family name before a given name.
func afterCapitalized(t string, p int) bool {
	if p < 2 || t[p-1] != ' ' {
		return false
	}
	i := p - 1
	for i > 0 && asciiLetter(t[i-1]) {
		i--
	}
	return i < p-1 && t[i] >= 'A' && t[i] <= 'Z' && (i == 0 || !asciiLetter(t[i-1]))
}

func asciiLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// fileName reports whether w ends in a common file name extension.
func fileName(w string) bool {
	i := strings.LastIndexByte(w, '.')
	if i < 0 {
		return false
	}
	_, ok := lowerIn(extensions, w[i+1:])
	return ok
}

var extensions = map[string]bool{"doc": true, "docx": true, "xls": true, "xlsx": true, "pdf": true,
	"txt": true, "htm": true, "html": true, "jpg": true, "jpeg": true, "png": true, "gif": true,
	"ppt": true, "pptx": true, "zip": true, "csv": true, "mp3": true, "mp4": true, "exe": true}

// isSepOrEnd returns the index of the first non-word byte of s (a rough
// end of the next segment), or 0 if s starts with one.
func isSepOrEnd(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf && ascii[c] == aOther {
			return i
		}
	}
	return len(s)
}

// piece emits the tokens of one hyphen-free part of a word: clitics and
// units split off.
func (lx *lexer) piece(s, e int) {
	if s >= e {
		return
	}
	t := lx.text
	w := t[s:e]
	if n := len(w); n >= 2 && n <= 8 && contractionEnds[w[n-1]|0x20] && (w[0] < 'A' || w[0] > 'Z' || w[1] < 'A' || w[1] > 'Z') {
		// "Im" and "Ive" are names ("Im Jung-hee", "Jony Ive").
		if parts, ok := lowerIn(contractions, w); ok && (w[0] >= 'a' || n > 3) {
			for _, l := range parts {
				lx.emit(s, s+l, 0)
				s += l
			}
			lx.emit(s, e, 0)
			return
		}
	}
	var cuts [2]int
	nc := 0
	end := e
	for nc < len(cuts) {
		c := cliticStart(t, s, end)
		if c <= s {
			break
		}
		cuts[nc] = c
		nc++
		end = c
	}
	lx.unit(s, end)
	for i := nc - 1; i >= 0; i-- {
		ce := e
		if i > 0 {
			ce = cuts[i-1]
		}
		lx.emit(cuts[i], ce, 0)
	}
}

// apostropheBefore returns the start of an apostrophe (' ’ `) ending at i,
// or -1.
func apostropheBefore(t string, s, i int) int {
	if i-1 >= s && (t[i-1] == '\'' || t[i-1] == '`') {
		return i - 1
	}
	if i-3 >= s && t[i-3:i] == "’" {
		return i - 3
	}
	return -1
}

// cliticStart returns where a clitic ending t[s:e] starts ("n't", "'s",
// "'m", "'d", "'ll", "'re", "'ve"), or -1.
func cliticStart(t string, s, e int) int {
	n := e - s
	if n < 3 {
		return -1
	}
	last := t[e-1] | 0x20
	if last == 't' {
		if a := apostropheBefore(t, s, e-1); a > s && t[a-1]|0x20 == 'n' {
			return a - 1
		}
		return -1
	}
	var l int
	switch last {
	case 's', 'm', 'd':
		l = 1
	case 'l', 'e':
		l = 2
		if c := t[e-2] | 0x20; !(last == 'l' && c == 'l' || last == 'e' && (c == 'r' || c == 'v')) {
			return -1
		}
	default:
		return -1
	}
	if a := apostropheBefore(t, s, e-l); a > s {
		return a
	}
	return -1
}

// unit emits a word, splitting a unit off a number ("5pm" → "5" "pm").
func (lx *lexer) unit(s, e int) {
	t := lx.text
	if isDigit(t[s]) {
		k := s + 1
		for k < e && (isDigit(t[k]) || (t[k] == '.' || t[k] == ',' || t[k] == ':') && k+1 < e && isDigit(t[k+1])) {
			k++
		}
		if k < e && e-k <= 4 && asciiLetters(t[k:e]) {
			if units[t[k:e]] || upperUnits[t[k:e]] {
				lx.emit(s, k, 0)
				lx.emit(k, e, 0)
				return
			}
		}
	}
	lx.emit(s, e, 0)
}

// abbrev decides whether the period at e after the word t[s:e] belongs to
// it, and returns the token's flags if so. b is the end of the chunk.
func (lx *lexer) abbrev(s, e, b int, lineStart bool) uint16 {
	t := lx.text
	w := t[s:e]
	r, sz := utf8.DecodeRuneInString(w)
	// A list number or letter at the start of a line: "1. ", "a. ".
	if lineStart && e+1 == b && (len(w) <= 3 && numeric(w) && !strings.ContainsAny(w, ".,:") || sz == len(w) && isLetterRune(r)) {
		return fAbbr | fNoEnd
	}
	if c, ok := abbrevs[w]; ok {
		switch c {
		case abTitle:
			return fAbbr | fNoEnd
		case abLower:
			return fAbbr | fLowAbbr
		case abGeneral:
			return fAbbr
		case abNumber:
			if numberFollows(t, e+1) {
				return fAbbr | fNoEnd
			}
		}
	}
	if sz == len(w) && isLetterRune(r) { // an initial
		return fAbbr
	}
	// Dotted abbreviations: "U.S", "e.g", "a.m", "Ph.D", "a.k.a".
	if strings.IndexByte(w, '.') > 0 {
		one := false
		for seg := range strings.SplitSeq(w, ".") {
			if len(seg) == 0 || len(seg) > 3 || !asciiLetters(seg) {
				return 0
			}
			one = one || len(seg) == 1
		}
		if !one {
			return 0
		}
		switch w {
		case "e.g", "i.e", "E.g", "I.e", "a.k.a", "A.k.a", "c.f", "P.S", "p.s":
			return fAbbr | fNoEnd
		}
		if w[0] >= 'a' && w[0] <= 'z' && w != "a.m" && w != "p.m" {
			return fAbbr | fLowAbbr
		}
		return fAbbr
	}
	return 0
}

// numberFollows reports whether a number (or "#") follows i after spaces.
func numberFollows(t string, i int) bool {
	for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	return i < len(t) && (isDigit(t[i]) || t[i] == '#')
}

// punct lexes the punctuation or symbol r at p.
func (lx *lexer) punct(p, a, b int, r rune, sz int) int {
	t := lx.text
	switch r {
	case '.', '!', '?', '…':
		q := p + sz
		dots := r == '.' && p+1 < b && t[p+1] == '.'
		for q < b {
			if c := t[q]; c == '.' || c == '!' || c == '?' {
				if dots && c != '.' {
					break // "...?" is an ellipsis and a question mark
				}
				q++
			} else if strings.HasPrefix(t[q:b], "…") {
				q += len("…")
			} else {
				break
			}
		}
		lx.emit(p, q, fTerm)
		return q
	case '"':
		lx.emit(p, p+1, fQuote)
		return p + 1
	case '\'', '’', '‘':
		// ‘’ and ’’ written as double quotation marks are one token.
		q := p + sz
		for q+3 <= b && (t[q:q+3] == "’" || t[q:q+3] == "‘") {
			q += 3
		}
		if r != '\'' && q > p+sz {
			f := fClose
			if r == '‘' {
				f = fOpen
			}
			lx.emit(p, q, f)
			return q
		}
		return lx.apostrophe(p, a, b, r, sz)
	case '`':
		if p+1 < b && t[p+1] == '`' {
			lx.emit(p, p+2, fOpen)
			return p + 2
		}
		lx.emit(p, p+1, fOpen)
		return p + 1
	case '(', '[', '{', '“', '«', '‹', '„', '‚', '¿', '¡':
		lx.emit(p, p+sz, fOpen)
		return p + sz
	case ')', ']', '}', '”', '»', '›':
		lx.emit(p, p+sz, fClose)
		return p + sz
	case ':', ';', '=', '^', '<', '>', '-':
		for _, o := range [...]string{"<->", "->", "<-", "=>", "<=", ">="} {
			if strings.HasPrefix(t[p:b], o) && !strings.HasPrefix(t[p+len(o):b], o[len(o)-1:]) {
				lx.emit(p, p+len(o), 0)
				return p + len(o)
			}
		}
		if n := emoticon(t[p:b]); n > 0 {
			lx.emit(p, p+n, 0)
			return p + n
		}
	}
	q := p + sz
	switch r {
	case '-', '*', '_', '=', '~', '#', '+', '<', '>', '^', '|', '\\', '/', '$', '—', '–', '―', '‒', '‐', '•', '·':
		// A run of the same character is one token: "--", "***", "<<".
		for q+sz <= b && t[q:q+sz] == t[p:p+sz] {
			q += sz
		}
	}
	// A combining mark or format character stays with what it follows.
	for q < b {
		r2, sz2 := runeAt(t, q)
		if r2 < utf8.RuneSelf || !(unicode.IsMark(r2) || unicode.Is(unicode.Cf, r2)) {
			break
		}
		q += sz2
	}
	lx.emit(p, q, 0)
	return q
}

// emoticons recognised as single tokens, longest first where they overlap.
var emoticons = [...]string{
	":-)", ":-(", ";-)", ":-D", ":-P", ":-p", ":'(", ">:(", "^_^", ":)", ":(", ";)", ":D", ":P", ":p",
	":/", ":O", ":o", ":|", "=)", "=(", "=D", "^^", "<3",
}

// emoticon returns the length of an emoticon at the start of s that is not
// followed by a letter or digit, or 0.
func emoticon(s string) int {
	for _, e := range emoticons {
		if strings.HasPrefix(s, e) && !wordAt(s, len(e), len(s)) {
			if e == ":/" && len(s) > 2 && s[2] == '/' {
				continue
			}
			return len(e)
		}
	}
	return 0
}

// apostrophe lexes ' ’ or ‘ at p: a decade ("'90s"), "'em", a clitic
// after a non-word character, or a quotation mark.
func (lx *lexer) apostrophe(p, a, b int, r rune, sz int) int {
	t := lx.text
	rest := t[p+sz : b]
	n := 0
	switch {
	case len(rest) >= 2 && isDigit(rest[0]) && isDigit(rest[1]) && !wordAt(rest, 2, len(rest)):
		n = 2
	case len(rest) >= 3 && isDigit(rest[0]) && isDigit(rest[1]) && rest[2] == 's' && !wordAt(rest, 3, len(rest)):
		n = 3
	case len(rest) >= 2 && (rest[:2] == "em" || rest[:2] == "Em") && !wordAt(rest, 2, len(rest)):
		n = 2
	case r != '‘' && len(rest) >= 1 && (rest[0]|0x20 == 's') && !wordAt(rest, 1, len(rest)):
		n = 1 // "'s" after a bracket or quotation mark, or standing alone
	case r != '‘' && p > a && len(rest) >= 1 && (rest[0]|0x20 == 'm' || rest[0]|0x20 == 'd') && !wordAt(rest, 1, len(rest)):
		n = 1
	case r != '‘' && p > a && len(rest) >= 2 && (strings.EqualFold(rest[:2], "ll") || strings.EqualFold(rest[:2], "re") ||
		strings.EqualFold(rest[:2], "ve")) && !wordAt(rest, 2, len(rest)):
		n = 2
	}
	if n > 0 {
		lx.emit(p, p+sz+n, 0)
		return p + sz + n
	}
	if r == '\'' && len(rest) > 0 && rest[0] == '\'' {
		lx.emit(p, p+2, fQuote)
		return p + 2
	}
	f := fQuote
	switch {
	case r == '‘':
		f = fOpen
	case r == '’':
		f = fClose
		if wordAt(rest, 0, len(rest)) {
			f = fOpen
		}
	}
	lx.emit(p, p+sz, f)
	return p + sz
}
