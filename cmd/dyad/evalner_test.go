package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	evalner "github.com/dyadproject/dyad/eval/ner"
	"github.com/dyadproject/dyad/nlp/cluster"
	"github.com/dyadproject/dyad/nlp/ner"
	"github.com/dyadproject/dyad/nlp/tag"
)

const nerFixture = "../../nlp/ner/testdata/tiny.iob2"

// fakeTagger tags capitalised words PROPN and the rest NOUN, with the
// given word classes.
type fakeTagger struct {
	fake
	cl *cluster.Clusters
}

func (fakeTagger) Tag(forms []string) []tag.Class {
	out := make([]tag.Class, len(forms))
	for i, f := range forms {
		out[i].UPOS = dyad.NOUN
		if r, _ := utf8.DecodeRuneInString(f); unicode.IsUpper(r) {
			out[i].UPOS = dyad.PROPN
		}
	}
	return out
}

func (f fakeTagger) Clusters() *cluster.Clusters { return f.cl }
func (fakeTagger) NER() *ner.Model               { return nil }

func fakeTaggerModel(t *testing.T, wantDir string, cl *cluster.Clusters) loader {
	return func(dir string) (annotator, error) {
		if dir != wantDir {
			t.Errorf("model dir %q, want %q", dir, wantDir)
		}
		return fakeTagger{cl: cl}, nil
	}
}

func testClusters(t *testing.T, text string) *cluster.Clusters {
	t.Helper()
	cl, err := cluster.Read(strings.NewReader(text), "clusters")
	if err != nil {
		t.Fatal(err)
	}
	return cl
}

// runTrainNER runs "dyad train ner" with the given loader.
func runTrainNER(load loader, args ...string) (stdout, stderr string, err error) {
	cmd := newTrainNERCmdWith(load)
	cmd.SilenceUsage, cmd.SilenceErrors = true, true
	var o, e bytes.Buffer
	cmd.SetOut(&o)
	cmd.SetErr(&e)
	cmd.SetArgs(args)
	err = cmd.Execute()
	return o.String(), e.String(), err
}

// trainNER trains a recogniser on the fixture with a fake bundle and
// returns the model file.
func trainNER(t *testing.T, cl *cluster.Clusters) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "ner.bin")
	stdout, stderr, err := runTrainNER(fakeTaggerModel(t, "bundle", cl),
		"--train", nerFixture, "--dev", nerFixture, "--model", "bundle", "--out", out, "--iter", "4")
	if err != nil {
		t.Fatalf("train ner: %v\n%s", err, stderr)
	}
	for _, w := range []string{"tagging 48 training and 48 dev sentences", "ner: pass 4:", "wrote " + out, "dev: precision"} {
		if !strings.Contains(stderr, w) {
			t.Errorf("train ner: stderr lacks %q:\n%s", w, stderr)
		}
	}
	if stdout != "" {
		t.Errorf("train ner: stdout %q", stdout)
	}
	return out
}

func TestEvalNER(t *testing.T) {
	cl := testClusters(t, "kim\t1\t1\nparis\t2\t1\n")
	model := trainNER(t, cl)
	r := runWith(t, fakeTaggerModel(t, "bundle", cl), "", "eval", "ner", "--file", nerFixture, "--ner", model,
		"--model", "bundle")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	last := lines[len(lines)-1]
	var got map[string]json.RawMessage
	if err := json.Unmarshal([]byte(last), &got); err != nil {
		t.Fatalf("last line of stdout: %v\n%s", err, r.stdout)
	}
	if len(got) != 5 {
		t.Errorf("JSON has %d keys, want 5: %s", len(got), last)
	}
	var rep nerReport
	if err := json.Unmarshal([]byte(last), &rep); err != nil {
		t.Fatal(err)
	}
	var perType map[string]map[string]float64
	if err := json.Unmarshal(got["per_type"], &perType); err != nil {
		t.Fatal(err)
	}
	for _, typ := range []string{"PER", "ORG", "LOC"} {
		if len(perType[typ]) != 5 {
			t.Errorf("per_type %s: %v", typ, perType[typ])
		}
	}

	// The same scores, computed here.
	gold, err := readIOB2(nerFixture)
	if err != nil {
		t.Fatal(err)
	}
	m, err := readNERModel(model, fakeTagger{cl: cl})
	if err != nil {
		t.Fatal(err)
	}
	tagNER(fakeTagger{}, gold)
	var want evalner.Result
	for _, s := range gold {
		want.Add(s.Entities(), m.Recognize(s.Forms, s.UPOS))
	}
	if w := newNERReport(want); rep.Sentences != 48 || rep.F1 != w.F1 || rep.Precision != w.Precision ||
		rep.Recall != w.Recall || rep.PerType["PER"] != w.PerType["PER"] {
		t.Errorf("got %+v\nwant %+v", rep, w)
	}
	if rep.F1 < 0.9 || rep.PerType["LOC"].Gold == 0 {
		t.Errorf("F1 %v on the training data: %+v", rep.F1, rep)
	}
	for _, w := range []string{nerFixture + ": 48 sentences", "PER   |", "All   |", "Precision"} {
		if !strings.Contains(r.stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, r.stderr)
		}
	}
}

func TestEvalNERErrors(t *testing.T) {
	cl := testClusters(t, "kim\t1\t1\nparis\t2\t1\n")
	model := trainNER(t, cl)
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.iob2")
	if err := os.WriteFile(bad, []byte("1\tKim\tB-PER\n2\tsaid\tB-MISC\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.iob2")
	if err := os.WriteFile(empty, []byte("# nothing\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		load loader
		args []string
		want string
	}{
		{"missing file", fakeTaggerModel(t, "", cl), []string{"--file", "no/such.iob2", "--ner", model}, "no/such.iob2"},
		{"bad gold", fakeTaggerModel(t, "", cl), []string{"--file", bad, "--ner", model}, bad + ":2: bad tag"},
		{"no sentences", fakeTaggerModel(t, "", cl), []string{"--file", empty, "--ner", model}, "no sentences"},
		{"missing model", fakeTaggerModel(t, "", cl), []string{"--file", nerFixture, "--ner", "no/such.bin"}, "no/such.bin"},
		{"not a model", fakeTaggerModel(t, "", cl), []string{"--file", nerFixture, "--ner", bad}, bad + ": ner: header"},
		{"other clusters", fakeTaggerModel(t, "", nil), []string{"--file", nerFixture, "--ner", model},
			"trained with word classes of 2 words, but the model bundle has 0"},
		{"bundle without tagger", fakeModel(t, ""), []string{"--file", nerFixture, "--ner", model}, "cannot tag"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runWith(t, tc.load, "", append([]string{"eval", "ner"}, tc.args...)...)
			if r.code != 1 || !strings.Contains(r.stderr, tc.want) || r.stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr %q, want %q", r.code, r.stdout, r.stderr, tc.want)
			}
		})
	}
}

func TestNERUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"eval", "ner"}, "--file required"},
		{[]string{"eval", "ner", "--file", "x", "--ner", "y", "z"}, "takes no arguments"},
		{[]string{"train", "ner"}, "missing --train, --out"},
		{[]string{"train", "ner", "--train", "a.iob2"}, "missing --out"},
		{[]string{"train", "ner", "--train", "a", "--out", "b", "--iter", "-2"}, "must not be negative"},
		{[]string{"train", "ner", "--train", "a", "--out", "b", "--members", "0"}, "--members must be from 1 to 16"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := runWith(t, noModel(t), "", tc.args...)
			if r.code != 2 || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("exit %d, stderr %q, want %q", r.code, r.stderr, tc.want)
			}
		})
	}
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"eval", "ner", "--help"}, []string{"dyad eval ner --file GOLD.iob2 [--ner FILE]", "conlleval",
			"per_type", "required", "Examples:"}},
		{[]string{"train", "ner", "-h"}, []string{"dyad train ner --train FILE", "--out FILE", "--iter N", "OTH"}},
	} {
		r := runWith(t, noModel(t), "", tc.args...)
		if r.code != 0 {
			t.Errorf("%q: exit %d", tc.args, r.code)
		}
		for _, w := range tc.want {
			if !strings.Contains(r.stdout, w) {
				t.Errorf("%q: help lacks %q:\n%s", tc.args, w, r.stdout)
			}
		}
	}
}

func TestTrainNERErrors(t *testing.T) {
	out := filepath.Join(t.TempDir(), "ner.bin")
	for _, tc := range []struct {
		load loader
		args []string
		want string
	}{
		{fakeTaggerModel(t, "", nil), []string{"--train", "no/such.iob2", "--out", out}, "no/such.iob2"},
		{fakeTaggerModel(t, "", nil), []string{"--train", nerFixture, "--dev", "no/dev.iob2", "--out", out}, "no/dev.iob2"},
		{fakeTaggerModel(t, "", nil), []string{"--train", nerFixture, "--out", filepath.Join(out, "sub", "x.bin")}, "x.bin"},
		{fakeModel(t, ""), []string{"--train", nerFixture, "--out", out}, "cannot tag"},
		{fakeTaggerModel(t, "", nil), []string{"--train", nerFixture, "--gum", t.TempDir(), "--out", out}, "splits.md"},
	} {
		if _, _, err := runTrainNER(tc.load, tc.args...); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.args, err, tc.want)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("a failed training wrote %s", out)
	}
}

// gumCorpus makes a GUM corpus directory (splits.md and dep/) holding the
// hand-written GUM fixture as a training document and a copy of it as a
// test document.
func gumCorpus(t *testing.T) string {
	dir := t.TempDir()
	b, err := os.ReadFile(filepath.Join(filepath.Dir(nerFixture), "tiny-gum.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "dep"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"GUM_news_tiny", "GUM_news_held"} {
		if err := os.WriteFile(filepath.Join(dir, "dep", name+".conllu"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	splits := "# splits\n\n## dev\n\n* GUM_news_held\n"
	if err := os.WriteFile(filepath.Join(dir, "splits.md"), []byte(splits), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestTrainNERGUMEnsemble(t *testing.T) {
	out := filepath.Join(t.TempDir(), "ner.bin")
	gumDir := gumCorpus(t) // its test document stays out
	_, stderr, err := runTrainNER(fakeTaggerModel(t, "", nil),
		"--train", nerFixture, "--gum", gumDir, "--gum", gumDir, "--members", "2", "--iter", "2", "--out", out)
	if err != nil {
		t.Fatalf("train ner: %v\n%s", err, stderr)
	}
	for _, w := range []string{gumDir + ": 3 GUM sentences", "tagging 54 training", "ner: member 2 of 2, seed 2", "wrote " + out} {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, stderr)
		}
	}
	if _, err := readNERModel(out, fakeTagger{}); err != nil {
		t.Errorf("reading the ensemble back: %v", err)
	}
}
