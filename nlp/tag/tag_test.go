package tag

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

func sent(t *testing.T, s string) Sentence {
	t.Helper()
	var out Sentence
	for _, f := range strings.Fields(s) {
		form, tags, _ := strings.Cut(f, "/")
		u, x, _ := strings.Cut(tags, "|")
		up, err := dyad.ParseUPOS(u)
		if err != nil {
			t.Fatal(err)
		}
		xp, err := dyad.ParseXPOS(x)
		if err != nil {
			t.Fatal(err)
		}
		out.Forms = append(out.Forms, form)
		out.Classes = append(out.Classes, Class{up, xp})
	}
	return out
}

var tiny = []string{
	"Russia/PROPN|NNP sent/VERB|VBD tanks/NOUN|NNS ./PUNCT|.",
	"The/DET|DT minister/NOUN|NN said/VERB|VBD that/SCONJ|IN China/PROPN|NNP would/AUX|MD help/VERB|VB ./PUNCT|.",
	"They/PRON|PRP help/VERB|VBP Ukraine/PROPN|NNP ./PUNCT|.",
	"That/PRON|DT is/AUX|VBZ a/DET|DT threat/NOUN|NN ./PUNCT|.",
}

func TestLearnsAndRoundTrips(t *testing.T) {
	var train []Sentence
	for _, s := range tiny {
		train = append(train, sent(t, s))
	}
	m := Train(train, nil, Options{Iterations: 10})
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, model := range []*Model{m, m2} {
		if u, x := model.Accuracy(train); u != 1 || x != 1 {
			t.Errorf("training accuracy UPOS %.3f XPOS %.3f, want 1", u, x)
		}
	}
}

func TestShape(t *testing.T) {
	for in, want := range map[string]string{"Kim": "Xxx", "Korea": "Xxx", "1,000": "d,dd", "U.S.": "X.X.", "Yo-jong": "Xx-xx", "": ""} {
		if got := shape(in); got != want {
			t.Errorf("shape(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReadRejectsGarbage(t *testing.T) {
	for _, in := range []string{"", "{\n", "{\"classes\":[\"NOUN NN\"],\"lexicon\":{\"x\":5}}\n"} {
		if _, err := Read(strings.NewReader(in)); err == nil {
			t.Errorf("Read(%q): no error", in)
		}
	}
}
