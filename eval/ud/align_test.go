package ud

import (
	"strings"
	"testing"
)

// wordsStream builds a stream from token specs as the unit tests of
// conll18_ud_eval.py write them: "a" is a one-word token, "abc a b c" a
// multi-word token "abc" of the words "a", "b" and "c".
func wordsStream(tokens []string) *stream {
	s := &stream{}
	for _, t := range tokens {
		parts := strings.Split(t, " ")
		sp := s.addToken(parts[0])
		if len(parts) == 1 {
			s.words = append(s.words, word{span: sp, form: parts[0], parent: root})
			continue
		}
		for _, p := range parts[1:] {
			s.words = append(s.words, word{span: sp, multi: true, form: p, parent: root})
		}
	}
	s.sentences = []span{{0, len(s.chars)}}
	return s
}

// TestAlign runs the alignment cases of conll18_ud_eval.py's own tests.
func TestAlign(t *testing.T) {
	for _, tc := range []struct {
		gold, system []string
		correct      int
	}{
		{[]string{"a"}, []string{"a"}, 1},
		{[]string{"a", "b", "c"}, []string{"a", "b", "c"}, 3},
		{[]string{"abc a b c"}, []string{"a", "b", "c"}, 3},
		{[]string{"a", "bc b c", "d"}, []string{"a", "b", "c", "d"}, 4},
		{[]string{"abcd a b c d"}, []string{"ab a b", "cd c d"}, 4},
		{[]string{"abc a b c", "de d e"}, []string{"a", "bcd b c d", "e"}, 5},
		{[]string{"abcd"}, []string{"a", "b", "c", "d"}, 0},
		{[]string{"abc", "d"}, []string{"a", "b", "c", "d"}, 1},
		{[]string{"a", "bc", "d"}, []string{"a", "b", "c", "d"}, 2},
		{[]string{"a", "bc b c", "d"}, []string{"a", "b", "cd"}, 2},
		{[]string{"abc a BX c", "def d EX f"}, []string{"ab a b", "cd c d", "ef e f"}, 4},
		{[]string{"ab a b", "cd bc d"}, []string{"a", "bc", "d"}, 2},
		{[]string{"a", "bc b c", "d"}, []string{"ab AX BX", "cd CX a"}, 1},
	} {
		g, s := wordsStream(tc.gold), wordsStream(tc.system)
		r, err := evaluateStreams(g, s)
		if err != nil {
			t.Errorf("%q vs %q: %v", tc.gold, tc.system, err)
			continue
		}
		want := Score{Gold: len(g.words), System: len(s.words), Correct: tc.correct}
		if r.Words != want {
			t.Errorf("%q vs %q: words = %+v, want %+v", tc.gold, tc.system, r.Words, want)
		}
	}
}

func TestAlignTextDiffers(t *testing.T) {
	if _, err := evaluateStreams(wordsStream([]string{"a"}), wordsStream([]string{"b"})); err == nil {
		t.Error("no error for different texts")
	}
}
