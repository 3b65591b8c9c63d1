package tokenize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// skippable reports whether the rune r (size sz) at some offset must not
// be inside any token: invalid UTF-8, control characters other than \t \n
// \r \f (which are white space), and white space, including the invisible
// separators U+200B, U+2060 and U+FEFF.
func skippable(r rune, sz int) bool {
	switch {
	case r == utf8.RuneError && sz == 1:
		return true
	case r < 0x20 || r >= 0x7f && r < 0xa0:
		return true
	case unicode.IsSpace(r) || r == 0x200b || r == 0x2060 || r == 0xfeff:
		return true
	}
	return false
}

func FuzzTokenize(f *testing.F) {
	for _, c := range tokCases {
		f.Add(c.in)
	}
	for _, s := range []string{
		"", "\xff", "a\x00b", "U.S.", "...", "'", "’’", "n't", "'s", "https://", "www.x", "a@b", "-", "1.",
		"\n1. x\n- y", "Mr.\n", "a-b-c-d", "1-2/3", "e-mail's", "x.\u0301y", "é\u200bé", "\u2029\u2028",
		":-)", "<->", "#tag @user +44", ".doc", "Inc..", "etc...", "“”‘’«»", "\r\r\n\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks, sents, probs := Tokenize(text)
		checkInvariants(t, text, toks, sents)
		// Every byte that is not skippable lies in exactly one token (tokens
		// are ordered and disjoint, so at least one suffices), and no
		// skippable one does.
		in := make([]bool, len(text)+1)
		for _, tk := range toks {
			for i := tk.Start; i < tk.End; i++ {
				in[i] = true
			}
			if !utf8.ValidString(text[tk.Start:tk.End]) {
				t.Fatalf("token %q is not valid UTF-8", text[tk.Start:tk.End])
			}
		}
		nprob := 0
		for i := 0; i < len(text); {
			r, sz := utf8.DecodeRuneInString(text[i:])
			skip := skippable(r, sz)
			if (r == utf8.RuneError && sz == 1) || (r < 0x20 && !strings.ContainsRune("\t\n\r\f", r)) || (r >= 0x7f && r < 0xa0) {
				nprob++
			}
			for j := i; j < i+sz; j++ {
				if in[j] == skip {
					t.Fatalf("byte %d (%U) of %q: in token %v, skippable %v", j, r, text, in[j], skip)
				}
			}
			i += sz
		}
		if nprob != len(probs) {
			t.Fatalf("%q: %d problems reported, %d expected: %v", text, len(probs), nprob, probs)
		}
		for _, p := range probs {
			if p.Offset < 0 || p.Offset >= len(text) || in[p.Offset] {
				t.Fatalf("problem %v at a bad offset", p)
			}
		}
	})
}
