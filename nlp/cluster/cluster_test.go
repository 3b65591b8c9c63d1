package cluster

import (
	"bytes"
	"strings"
	"testing"
)

func TestLearnsContexts(t *testing.T) {
	tr := NewTrainer()
	// capitals and verbs appear in distinct, repeated contexts
	for i := 0; i < 20; i++ {
		for _, c := range []string{"Seoul", "Pyongyang", "Moscow", "Beijing"} {
			tr.Add(strings.Fields("officials in " + c + " said on Monday"))
			tr.Add(strings.Fields("the talks in " + c + " ended"))
		}
		for _, v := range []string{"warned", "said", "claimed", "insisted"} {
			tr.Add(strings.Fields("the minister " + v + " that the talks ended"))
		}
	}
	c := tr.Train(Options{MinCount: 5, Fine: 4, Coarse: 2, Contexts: 50})
	seoul, _ := c.Classes("Seoul")
	if seoul == 0 {
		t.Fatal("Seoul has no class")
	}
	for _, w := range []string{"Pyongyang", "MOSCOW", "beijing"} {
		if f, _ := c.Classes(w); f != seoul {
			t.Errorf("%s: class %d, Seoul %d", w, f, seoul)
		}
	}
	if f, _ := c.Classes("warned"); f == seoul {
		t.Error("warned shares the capitals' class")
	}
	if f, co := c.Classes("unseen-word"); f != 0 || co != 0 {
		t.Errorf("unseen word: %d %d", f, co)
	}
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	c2, err := Read(&buf, "clusters.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Seoul", "warned", "the"} {
		f1, c1 := c.Classes(w)
		f2, cc2 := c2.Classes(w)
		if f1 != f2 || c1 != cc2 {
			t.Errorf("%s: %d/%d after round trip, %d/%d before", w, f2, cc2, f1, c1)
		}
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{"Seoul": "seoul", "2021": "0000", "G20": "g00", "ÉLYSÉE": "élysée"} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReadErrors(t *testing.T) {
	for _, in := range []string{"word\t1\n", "word\tx\t1\n", "word\t0\t1\n"} {
		if _, err := Read(strings.NewReader(in), "c.tsv"); err == nil || !strings.HasPrefix(err.Error(), "c.tsv:1:") {
			t.Errorf("Read(%q) = %v", in, err)
		}
	}
}

// TestLookupNormalizes checks that words are looked up in the form
// Normalize gives, on the stack for ASCII words and through Normalize for
// the others.
func TestLookupNormalizes(t *testing.T) {
	long := strings.Repeat("a", 40) + "0"
	c := &Clusters{fine: map[string]uint16{"seoul": 1, "00th": 2, "zürich": 3, long: 4}, coarse: []uint16{0, 1, 1, 2, 2}}
	for _, tc := range []struct {
		word string
		fine int
	}{
		{"Seoul", 1}, {"SEOUL", 1}, {"seoul", 1}, {"12th", 2}, {"Zürich", 3}, {"ZÜRICH", 3},
		{strings.Repeat("A", 40) + "7", 4}, {"Seoul's", 0}, {"", 0},
	} {
		if got := c.Fine(tc.word); got != tc.fine {
			t.Errorf("Fine(%q) = %d, want %d", tc.word, got, tc.fine)
		}
		if got := c.Has(tc.word); got != (tc.fine != 0) {
			t.Errorf("Has(%q) = %v", tc.word, got)
		}
	}
}
