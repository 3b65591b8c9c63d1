package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A word is one token of a phrase or of a dictionary name.
type word struct {
	start, end int    // byte offsets in the text it came from
	raw        string // the text as written
	key        string // the matching key: lower case, diacritics folded, dots dropped
	punct      bool   // a separator: , ; : ( ) [ ] dashes, quotes
	// cont is set on a word that follows a hyphen inside one orthographic
	// word ("un" in "Jong-un"): its capitalization is not checked.
	cont bool
}

// upper reports whether the word starts with an upper-case letter.
func (w *word) upper() bool {
	r, _ := utf8.DecodeRuneInString(w.raw)
	return unicode.IsUpper(r)
}

// allCaps reports whether every letter of the word is upper case and it
// has at least two.
func (w *word) allCaps() bool { return isAllCaps(w.raw) }

func isAllCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// abbreviations take a trailing full stop as part of the word.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "lt": true, "col": true,
	"maj": true, "capt": true, "cpt": true, "sgt": true, "adm": true, "gov": true, "sen": true,
	"rep": true, "reps": true, "st": true, "jr": true, "sr": true, "prof": true, "pres": true,
	"sec": true, "amb": true, "rev": true, "messrs": true, "brig": true, "cmdr": true, "supt": true,
	"insp": true, "dept": true, "corp": true, "inc": true, "ltd": true, "co": true, "govt": true,
	"no": true, "vs": true, "mt": true, "ft": true,
}

// tokenize splits text into words. Letters, digits and marks make words;
// a hyphen between two word characters splits the word and marks the second
// part as a continuation; "'s" and a bare "'" after a final s become words of
// their own (possessives); full stops inside abbreviations ("U.S.", "Mr.")
// stay in the word. Commas, semicolons, colons, brackets, dashes and quote
// marks become punctuation words; other symbols are skipped.
func tokenize(text string) []word {
	var words []word
	i := 0
	cont := false
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWordRune(r) || r == '&':
			start := i
			if r == '&' {
				i += size
				words = append(words, word{start: start, end: i, raw: "&", key: "and", cont: cont})
				cont = false
				continue
			}
			j := i
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += s2
					continue
				}
				if isApostrophe(r2) {
					// Possessive 's or s' ends the word; an apostrophe between
					// letters (O'Brien, Sana'a) stays in it.
					rest := text[j+s2:]
					if (strings.HasPrefix(rest, "s") || strings.HasPrefix(rest, "S")) && !startsWord(rest[1:]) {
						break
					}
					if startsWord(rest) && j > start {
						j += s2
						continue
					}
					break
				}
				if r2 == '.' {
					// Keep the stop in U.S. (a letter follows) and after an
					// abbreviation or initial.
					if startsLetter(text[j+1:]) && !strings.HasPrefix(text[j+1:], " ") {
						j++
						continue
					}
					w := strings.ToLower(strings.ReplaceAll(text[start:j], ".", ""))
					if utf8.RuneCountInString(w) == 1 || strings.Contains(text[start:j], ".") || abbreviations[w] {
						j++
					}
					break
				}
				break
			}
			raw := text[start:j]
			words = append(words, word{start: start, end: j, raw: raw, key: normalize(raw), cont: cont})
			cont = false
			i = j
			// A hyphen joining two word parts.
			if i < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[i:])
				if isHyphen(r2) && startsWord(text[i+s2:]) {
					i += s2
					cont = true
				}
			}
		case isApostrophe(r):
			cont = false
			rest := text[i+size:]
			if (strings.HasPrefix(rest, "s") || strings.HasPrefix(rest, "S")) && !startsWord(rest[1:]) &&
				len(words) > 0 && words[len(words)-1].end == i {
				words = append(words, word{start: i, end: i + size + 1, raw: text[i : i+size+1], key: "'s"})
				i += size + 1
				continue
			}
			if len(words) > 0 && words[len(words)-1].end == i && !words[len(words)-1].punct &&
				strings.HasSuffix(words[len(words)-1].key, "s") {
				words = append(words, word{start: i, end: i + size, raw: text[i : i+size], key: "'"})
				i += size
				continue
			}
			words = append(words, word{start: i, end: i + size, raw: text[i : i+size], key: "\"", punct: true})
			i += size
		case isSeparator(r):
			cont = false
			words = append(words, word{start: i, end: i + size, raw: text[i : i+size], key: separatorKey(r), punct: true})
			i += size
		default:
			cont = false
			i += size
		}
	}
	return words
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == '‘' || r == 'ʼ' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

func isSeparator(r rune) bool {
	switch r {
	case ',', ';', ':', '(', ')', '[', ']', '{', '}', '"', '“', '”', '«', '»', '–', '—', '-', '‐', '‑', '/':
		return true
	}
	return false
}

// separatorKey gives the key of a punctuation word: "," for a comma, ";" for
// semicolons and colons, "(" and ")" for brackets, "\"" for quote marks, "-"
// for dashes and slashes.
func separatorKey(r rune) string {
	switch r {
	case ',':
		return ","
	case ';', ':':
		return ";"
	case '(', '[', '{':
		return "("
	case ')', ']', '}':
		return ")"
	case '"', '“', '”', '«', '»':
		return "\""
	}
	return "-"
}

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && isWordRune(r)
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && unicode.IsLetter(r)
}

// normalize gives the matching key of a word: lower case, Latin diacritics
// folded ("Erdoğan" → "erdogan"), full stops and combining marks dropped,
// typographic apostrophes made plain.
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '.':
			continue
		case isApostrophe(r):
			b.WriteByte('\'')
			continue
		case unicode.Is(unicode.Mn, r):
			continue
		}
		if f, ok := fold[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// FoldLetter returns the plain Latin letters, lower case, of a letter with
// diacritics ("ü": "u", "Æ": "ae"), as phrases are folded for look-up, and
// false for a letter it does not fold.
func FoldLetter(r rune) (string, bool) {
	f, ok := fold[r]
	return f, ok
}

// fold maps letters with diacritics to plain Latin letters, lower case.
var fold = func() map[rune]string {
	m := map[rune]string{}
	add := func(to string, from string) {
		for _, r := range from {
			m[r] = to
		}
	}
	add("a", "àáâãäåāăąǎȁȃạảấầẩẫậắằẳẵặÀÁÂÃÄÅĀĂĄǍẠẢẤẦẨẪẬẮẰẲẴẶ")
	add("ae", "æÆ")
	add("c", "çćĉċčÇĆĈĊČ")
	add("d", "ďđðĎĐÐ")
	add("e", "èéêëēĕėęěȅȇẹẻẽếềểễệÈÉÊËĒĔĖĘĚẸẺẼẾỀỂỄỆ")
	add("g", "ĝğġģǧĜĞĠĢǦ")
	add("h", "ĥħḥĤĦḤ")
	add("i", "ìíîïĩīĭįıǐỉịÌÍÎÏĨĪĬĮİǏỈỊ")
	add("j", "ĵĴ")
	add("k", "ķĶ")
	add("l", "ĺļľŀłĹĻĽĿŁ")
	add("n", "ñńņňŉÑŃŅŇ")
	add("o", "òóôõöøōŏőơǒọỏốồổỗộớờởỡợÒÓÔÕÖØŌŎŐƠǑỌỎỐỒỔỖỘỚỜỞỠỢ")
	add("oe", "œŒ")
	add("r", "ŕŗřŔŖŘ")
	add("s", "śŝşšșṣŚŜŞŠȘṢ")
	add("ss", "ß")
	add("t", "ţťŧțṭŢŤŦȚṬ")
	add("u", "ùúûüũūŭůűųưǔủụứừửữựÙÚÛÜŨŪŬŮŰŲƯǓỦỤỨỪỬỮỰ")
	add("w", "ŵŴ")
	add("y", "ýÿŷỳỹỵÝŸŶỲỸỴ")
	add("z", "źżžŹŻŽ")
	add("th", "þÞ")
	return m
}()

// caseRule says how the capitalization of a text word must fit a dictionary
// word.
type caseRule uint8

const (
	anyCase   caseRule = iota // written in lower case in the dictionary: any case matches
	capital                   // written with an initial capital: the text word needs one
	acronym                   // written in capitals (US, WHO): the text word must be too
	exactCase                 // fixed by the dictionary entry
)

func ruleOf(w string) caseRule {
	if isAllCaps(w) {
		return acronym
	}
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		return capital
	}
	return anyCase
}

// fits reports whether the text word w satisfies rule.
func (rule caseRule) fits(w *word) bool {
	switch rule {
	case capital:
		return w.cont || w.upper()
	case acronym:
		// Acronyms of five letters and more are also written as words
		// ("Unesco", "Ecowas"); shorter ones must stay in capitals to keep
		// off us, un, is, who and off words and names (PLAN, CARE, RAND,
		// WAFA): the dictionary spells the four-letter ones written as
		// words ("Nato", "Opec") as names of their own.
		return w.allCaps() || (w.upper() && len(w.key) >= 5) || (w.cont && len(w.key) >= 5)
	}
	return true
}

// plural gives the regular plural of an English noun written in lower case:
// spokesman → spokesmen, ministry → ministries, police → polices (harmless).
func plural(s string) string {
	switch {
	case strings.HasSuffix(s, "man"):
		return s[:len(s)-3] + "men"
	case strings.HasSuffix(s, "person"):
		return s[:len(s)-6] + "people"
	case strings.HasSuffix(s, "child"):
		return s + "ren"
	case strings.HasSuffix(s, "y") && len(s) > 1 && !strings.ContainsRune("aeiou", rune(s[len(s)-2])):
		return s[:len(s)-1] + "ies"
	case strings.HasSuffix(s, "s"), strings.HasSuffix(s, "x"), strings.HasSuffix(s, "ch"), strings.HasSuffix(s, "sh"):
		return s + "es"
	}
	return s + "s"
}
