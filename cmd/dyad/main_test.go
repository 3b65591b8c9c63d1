package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// result is what one run of the command line gave.
type result struct {
	code           int
	stdout, stderr string
}

func runWith(t *testing.T, load loader, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb, load)
	return result{code, out.String(), errb.String()}
}

// noModel fails the test if a command loads a model.
func noModel(t *testing.T) loader {
	return func(string) (annotator, error) {
		t.Error("model loaded")
		return nil, errors.New("no model in this test")
	}
}

func TestHelp(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"--help"}, []string{"Usage:\n  dyad [command]", "parse", "eval", "train", "version", "Examples:"}},
		{[]string{"help"}, []string{"Usage:\n  dyad [command]"}},
		{[]string{"help", "parse"}, []string{"dyad parse [--model DIR] [FILE...]"}},
		{[]string{"parse", "--help"}, []string{"dyad parse [--model DIR] [FILE...]", "CoNLL-U", "--model DIR",
			"Examples:", "FILE: byte N: message"}},
		{[]string{"eval", "--help"}, []string{"dyad eval [command]", "ud"}},
		{[]string{"eval", "ud", "--help"}, []string{"dyad eval ud --file GOLD.conllu", "--raw", "--file FILE",
			"conll18_ud_eval.py", "words_per_second", "Examples:"}},
		{[]string{"train", "ud", "-h"}, []string{"dyad train ud --train FILE", "--tag-iter N", "--parse-iter N",
			"--out DIR", "cmd/dyad/model/en"}},
		{[]string{"version", "--help"}, []string{"dyad version"}},
		{[]string{"--help"}, []string{"actors", "code", "ingest", "query"}},
		{[]string{"actors", "--help"}, []string{"dyad actors [command]", "resolve", "eval", "stats"}},
		{[]string{"actors", "resolve", "--help"}, []string{"dyad actors resolve [--date YYYY-MM-DD]",
			"--actors FILE", "--agents FILE", "--no-builtin", "--context CODES", "PHRASE<TAB>CODE", "Examples:"}},
		{[]string{"actors", "eval", "--help"}, []string{"dyad actors eval --gold FILE", "DATE<TAB>PHRASE<TAB>CODE",
			"JSON object", "--min-accuracy X", "Examples:"}},
		{[]string{"actors", "stats", "--help"}, []string{"dyad actors stats"}},
		{[]string{"import", "--help"}, []string{"dyad import [--db DSN] [--format FORMAT] FILE...", "GDELT 2.0"}},
		{[]string{"export", "--help"}, []string{"dyad export --format FORMAT [--db DSN] [FILTERS] [-o FILE]",
			"gdelt1-backfile", "--format FORMAT", "-o, --output FILE", "--negated", "--limit N", "Examples:"}},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := runWith(t, noModel(t), "", tc.args...)
			if r.code != 0 || r.stderr != "" {
				t.Errorf("exit %d, stderr %q", r.code, r.stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("help lacks %q:\n%s", w, r.stdout)
				}
			}
			if strings.Contains(r.stdout, "[flags]") {
				t.Errorf("usage line shows [flags]:\n%s", r.stdout)
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string // in stderr
		cmd  string // command named in the hint
	}{
		{nil, "missing command", "dyad"},
		{[]string{"frobnicate"}, `unknown command "frobnicate" for "dyad"`, "dyad"},
		{[]string{"parse", "--bogus"}, "unknown flag: --bogus", "dyad parse"},
		{[]string{"parse", "--model"}, "flag needs an argument: --model", "dyad parse"},
		{[]string{"eval"}, "dyad eval needs a command: ner, petrarch, quotes, ud", "dyad eval"},
		{[]string{"eval", "petrarch"}, "--records is required", "dyad eval petrarch"},
		{[]string{"eval", "ud"}, "--file is required", "dyad eval ud"},
		{[]string{"eval", "ud", "--file", "x.conllu", "extra"}, "takes no arguments", "dyad eval ud"},
		{[]string{"train", "ud"}, "missing --train or --gum, --dev, --out", "dyad train ud"},
		{[]string{"train", "ud", "--train", "a", "--dev", "b"}, "missing --out", "dyad train ud"},
		{[]string{"train", "ud", "--train", "a", "--dev", "b", "--out", "c", "--tag-iter", "x"},
			`invalid argument "x" for "--tag-iter"`, "dyad train ud"},
		{[]string{"train", "ud", "--train", "a", "--dev", "b", "--out", "c", "--tag-iter", "-1"},
			"must not be negative", "dyad train ud"},
		{[]string{"version", "now"}, "takes no arguments", "dyad version"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := runWith(t, noModel(t), "", tc.args...)
			if r.code != 2 {
				t.Errorf("exit %d, want 2", r.code)
			}
			if r.stdout != "" {
				t.Errorf("stdout %q", r.stdout)
			}
			if !strings.HasPrefix(r.stderr, "dyad: ") || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("stderr %q, want \"dyad: ...%s...\"", r.stderr, tc.want)
			}
			if hint := "Run '" + tc.cmd + " --help' for usage."; !strings.Contains(r.stderr, hint) {
				t.Errorf("stderr %q lacks %q", r.stderr, hint)
			}
		})
	}
}

func TestTrainMissingFile(t *testing.T) {
	r := runWith(t, noModel(t), "", "train", "ud", "--train", "no/such/train.conllu", "--dev", "no/such/dev.conllu",
		"--out", t.TempDir())
	if r.code != 1 || !strings.Contains(r.stderr, "no/such/train.conllu") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestVersion(t *testing.T) {
	r := runWith(t, noModel(t), "", "version")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "dyad ") || !strings.Contains(r.stdout, "\nmodel: ") {
		t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	r = runWith(t, noModel(t), "", "--version")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "dyad ") {
		t.Errorf("--version: exit %d, stdout %q", r.code, r.stdout)
	}
}

// TestNoBundle runs the real loader on directories without a bundle.
func TestNoBundle(t *testing.T) {
	empty := t.TempDir()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"parse", "--model", empty}, "no model bundle in " + empty},
		{[]string{"parse", "--model", filepath.Join(empty, "missing")}, "no such file or directory"},
		{[]string{"eval", "ud", "--file", "../../eval/ud/testdata/perfect/gold.conllu", "--model", empty},
			"no model bundle in " + empty},
	} {
		r := runWith(t, loadPipeline, "", tc.args...)
		if r.code != 1 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%q: exit %d, stderr %q, want %q", tc.args, r.code, r.stderr, tc.want)
		}
	}
	if _, err := defaultBundle().Open("manifest.json"); err != nil {
		// Until the default bundle is built, the built-in model must fail
		// with directions, not a panic.
		r := runWith(t, loadPipeline, "Some text.", "parse")
		if r.code != 1 || !strings.Contains(r.stderr, "no model bundle: ") ||
			!strings.Contains(r.stderr, rebuildCommand) {
			t.Errorf("exit %d, stderr %q", r.code, r.stderr)
		}
	}
}

// fake annotates as a poor model would: tokens split at white space,
// sentences end after a token ending in ".", every token a NOUN with its
// lower-cased form as lemma, headed by the first token of its sentence. It
// reports one problem per document.
type fake struct{}

func (fake) Annotate(d *dyad.Document) {
	if d.Tokens == nil {
		start := 0
		for i, f := range strings.Fields(d.Text) {
			b := start + strings.Index(d.Text[start:], f)
			d.Tokens = append(d.Tokens, dyad.Token{Start: b, End: b + len(f)})
			start = b + len(f)
			if strings.HasSuffix(f, ".") {
				d.Sentences = append(d.Sentences, dyad.Sentence{Span: dyad.Span{Start: startOfSentence(d), End: i + 1}})
			}
		}
		if s := startOfSentence(d); s < len(d.Tokens) {
			d.Sentences = append(d.Sentences, dyad.Sentence{Span: dyad.Span{Start: s, End: len(d.Tokens)}})
		}
	}
	punct, _ := dyad.ParseDep("punct")
	for _, s := range d.Sentences {
		for i := s.Start; i < s.End; i++ {
			t := &d.Tokens[i]
			t.UPOS, t.Lemma, t.Head, t.Dep = dyad.NOUN, strings.ToLower(d.TokenText(i)), s.Start, punct
			if i == s.Start {
				t.Head, t.Dep = -1, dyad.Root
			}
		}
	}
	d.Problems = append(d.Problems, dyad.Problem{Offset: 3, Msg: "invalid UTF-8"})
}

func startOfSentence(d *dyad.Document) int {
	if len(d.Sentences) == 0 {
		return 0
	}
	return d.Sentences[len(d.Sentences)-1].End
}

func fakeModel(t *testing.T, wantDir string) loader {
	return func(dir string) (annotator, error) {
		if dir != wantDir {
			t.Errorf("model dir %q, want %q", dir, wantDir)
		}
		return fake{}, nil
	}
}

func TestParse(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(a, []byte("Talks failed. Again"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runWith(t, fakeModel(t, "bundle"), "From stdin.", "parse", "--model", "bundle", a, "-")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	for _, w := range []string{
		"# newdoc id = " + a + "\n",
		"# sent_id = " + a + "-2\n# text = Again\n",
		"1\tTalks\ttalks\tNOUN\t_\t_\t0\troot\t_\tTokenRange=0:5\n",
		"# sent_id = 1\n# text = From stdin.\n",
	} {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("stdout lacks %q:\n%s", w, r.stdout)
		}
	}
	if want := a + ": byte 3: invalid UTF-8\n<stdin>: byte 3: invalid UTF-8\n"; r.stderr != want {
		t.Errorf("stderr %q, want %q", r.stderr, want)
	}

	r = runWith(t, fakeModel(t, ""), "", "parse", filepath.Join(dir, "missing.txt"), a)
	if r.code != 1 || !strings.Contains(r.stderr, "missing.txt") || !strings.Contains(r.stderr, "1 of 2 inputs failed") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "# newdoc id = "+a) {
		t.Errorf("the readable file was not parsed:\n%s", r.stdout)
	}
}

func TestEvalUD(t *testing.T) {
	const gold = "../../eval/ud/testdata/perfect/gold.conllu"
	for _, tc := range []struct {
		name string
		args []string
		want map[string]float64
	}{
		// Of the 12 gold words, 2 are NOUNs, 8 have their lower-cased form
		// as lemma, and one ("'s") is headed by its sentence's first word,
		// with another relation than "punct".
		{"gold", nil, map[string]float64{"sentences": 2, "words": 12, "upos": 2.0 / 12, "xpos": 0,
			"lemma": 8.0 / 12, "uas": 1.0 / 12, "las": 0, "las_full": 0}},
		// 9 system tokens ("end." and "so." keep their full stops, "Seoul's"
		// is one token); 6 match gold words: "The", "talks", "did", "not",
		// "e-mail" and "said". Two are NOUNs, 3 have the right lemma, no
		// head is right. Both sentences are found.
		{"raw", []string{"--raw"}, map[string]float64{"sentences": 2, "words": 12,
			"tokens_f1": 12.0 / 21, "sentences_f1": 1, "words_f1": 12.0 / 21,
			"upos": 4.0 / 21, "xpos": 0, "lemma": 6.0 / 21, "uas": 0, "las": 0, "las_full": 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"eval", "ud", "--file", gold}, tc.args...)
			r := runWith(t, fakeModel(t, ""), "", args...)
			if r.code != 0 {
				t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
			}
			lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
			var got map[string]float64
			if err := json.Unmarshal([]byte(lines[len(lines)-1]), &got); err != nil {
				t.Fatalf("last line of stdout: %v\n%s", err, r.stdout)
			}
			keys := []string{"sentences", "words", "upos", "xpos", "lemma", "uas", "las", "las_full", "words_per_second"}
			if tc.name == "raw" {
				keys = append(keys, "tokens_f1", "sentences_f1", "words_f1")
			}
			for _, k := range keys {
				if _, ok := got[k]; !ok {
					t.Errorf("JSON lacks %q: %s", k, lines[len(lines)-1])
				}
			}
			if len(got) != len(keys) {
				t.Errorf("JSON has %d keys, want %d: %s", len(got), len(keys), lines[len(lines)-1])
			}
			for k, v := range tc.want {
				if got[k] != round(v, 6) {
					t.Errorf("%s = %v, want %v", k, got[k], round(v, 6))
				}
			}
			if !strings.Contains(r.stderr, "UPOS") || !strings.Contains(r.stderr, "LAS") {
				t.Errorf("stderr lacks the table:\n%s", r.stderr)
			}
		})
	}
}
