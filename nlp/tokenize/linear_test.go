package tokenize

import (
	"strings"
	"testing"
	"time"
)

// TestLinear tokenizes long pathological inputs; a quadratic step would
// take minutes on them rather than milliseconds.
func TestLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("long inputs")
	}
	const size = 1 << 18
	for _, unit := range []string{
		")", "(", "\"", ".", "a.", "'s", "-", "a-", "1-", "1/", "U.S.", "é", "\u0301", "\xff", "\x00", "a@b.",
		"www.", "http://a)", "a/b—", "(“", "”)", "a ", ". ", "\n", "!?", "e-", "’", "...@a", ":-)", "a'",
	} {
		text := strings.Repeat(unit, size/len(unit))
		start := time.Now()
		toks, sents, _ := Tokenize(text)
		checkInvariants(t, text, toks, sents)
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%q × %d took %v", unit, size/len(unit), d)
		}
		for _, prefix := range []string{"http://x", "a", "1"} {
			text := prefix + text
			start := time.Now()
			Tokenize(text)
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("%q + %q × %d took %v", prefix, unit, size/len(unit), d)
			}
		}
	}
}
