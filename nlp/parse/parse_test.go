package parse

import (
	"bytes"
	"math/rand"
	"os"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/nlp/conllu"
)

func loadTiny(t *testing.T) []Sentence {
	t.Helper()
	f, err := os.Open("testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ss, err := conllu.ReadAll(f, "tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	var out []Sentence
	for _, s := range ss {
		var o Sentence
		for _, w := range s.Words {
			x, _ := dyad.ParseXPOS(w.XPOS)
			u, _ := dyad.ParseUPOS(w.UPOS)
			d, err := dyad.ParseDep(w.Deprel)
			if err != nil {
				t.Fatal(err)
			}
			o.Forms = append(o.Forms, w.Form)
			o.XPOS = append(o.XPOS, x)
			o.UPOS = append(o.UPOS, u)
			o.Heads = append(o.Heads, w.Head)
			o.Deps = append(o.Deps, d)
		}
		out = append(out, o)
	}
	return out
}

func TestLearnsTrainingTrees(t *testing.T) {
	for _, tc := range []struct {
		name    string
		opt     Options
		actions int
	}{
		{"two-stage", Options{TwoStage: true}, 3},
		{"punctuation apart", Options{TwoStage: true, Groups: [][]string{{"punct"}}}, 5},
		{"two groups", Options{TwoStage: true, Groups: [][]string{{"punct"}, {"nsubj", "obj"}}}, 7},
		{"joint", Options{}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) { learnsTrainingTrees(t, tc.opt, tc.actions) })
	}
}

func learnsTrainingTrees(t *testing.T, opt Options, actions int) {
	sents := loadTiny(t)
	opt.Iterations = 20
	m := Train(sents, nil, opt)
	if !opt.TwoStage {
		actions = 1 + 2*len(m.Labels)
	}
	if m.numActions() != actions || (m.labeler != nil) != opt.TwoStage {
		t.Fatalf("%d actions, labeller %v; want %d", m.numActions(), m.labeler != nil, actions)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, model := range []*Model{m, m2} {
		uas, las := model.Accuracy(sents)
		if uas != 1 || las != 1 {
			t.Errorf("training trees: UAS %.3f LAS %.3f, want 1", uas, las)
		}
	}
}

// TestAlwaysATree parses random tag sequences and checks the output is a
// tree: one root, every head in range, no cycles.
func TestAlwaysATree(t *testing.T) {
	two, joint := Train(loadTiny(t), nil, Options{Iterations: 5, TwoStage: true}), Train(loadTiny(t), nil, Options{Iterations: 5})
	rng := rand.New(rand.NewSource(1))
	for trial := 0; trial < 400; trial++ {
		m := two
		if trial%2 == 1 {
			m = joint
		}
		n := 1 + rng.Intn(40)
		in := Input{}
		for i := 0; i < n; i++ {
			in.Forms = append(in.Forms, []string{"the", "Korea", "said", ".", "to", "x"}[rng.Intn(6)])
			in.XPOS = append(in.XPOS, dyad.XPOS(1+rng.Intn(dyad.NumXPOS-1)))
			in.UPOS = append(in.UPOS, dyad.UPOS(1+rng.Intn(dyad.NumUPOS-1)))
		}
		heads, deps := m.Parse(in)
		roots := 0
		for i, h := range heads {
			if h < 0 || h > n || h == i+1 {
				t.Fatalf("word %d: head %d", i+1, h)
			}
			if h == 0 {
				roots++
				if deps[i] != dyad.Root {
					t.Fatalf("root word has relation %v", deps[i])
				}
			} else if deps[i] == dyad.Root {
				t.Fatalf("non-root word %d has relation root", i+1)
			}
		}
		if roots != 1 {
			t.Fatalf("%d roots in %v", roots, heads)
		}
		for i := range heads {
			seen := 0
			for j := i + 1; j != 0; j = heads[j-1] {
				if seen++; seen > n {
					t.Fatalf("cycle through word %d: %v", i+1, heads)
				}
			}
		}
	}
}

func TestReadRejectsGarbage(t *testing.T) {
	for _, in := range []string{"", "{}\n", "{\"labels\":[\"nsubj\"]}\n", "{\"labels\":[\"root\",\"nosuch\"]}\n"} {
		if _, err := Read(bytes.NewReader([]byte(in))); err == nil {
			t.Errorf("Read(%q): no error", in)
		}
	}
}

// TestRefit: a parser trained again on only the features of a pruned one
// (Options.Keep) holds no others and still learns the training trees.
func TestRefit(t *testing.T) {
	sents := loadTiny(t)
	m := Train(sents, nil, Options{Iterations: 20})
	keep := m.Prune(0.5)
	refit := Train(sents, nil, Options{Iterations: 20, Keep: keep.Has})
	kf, _ := keep.Size()
	rf, _ := refit.Size()
	if all, _ := m.Size(); kf >= all || rf > kf || rf == 0 {
		t.Errorf("features: %d trained, %d kept, %d refitted", all, kf, rf)
	}
	if uas, las := refit.Accuracy(sents); uas < 0.9 || las < 0.9 {
		t.Errorf("refitted parser on its training trees: UAS %.3f LAS %.3f", uas, las)
	}
}
