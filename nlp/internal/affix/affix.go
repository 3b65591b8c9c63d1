// Package affix gives the first and last runes of a word, the affix
// features the tagger and the entity recogniser share.
package affix

import "unicode/utf8"

// Suffix returns the last k runes of s, or s when it is shorter.
func Suffix(s string, k int) string {
	n := 0
	for i := len(s); i > 0; {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		n++
		if n == k {
			return s[i:]
		}
	}
	return s
}

// Prefix returns the first k runes of s, or s when it is shorter.
func Prefix(s string, k int) string {
	n := 0
	for i := range s {
		if n == k {
			return s[:i]
		}
		n++
	}
	return s
}
