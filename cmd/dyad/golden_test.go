package main

import (
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/nlp"
	"github.com/dyadproject/dyad/nlp/conllu"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// builtIn loads the embedded bundle or skips the test.
func builtIn(t *testing.T) *nlp.Pipeline {
	t.Helper()
	fsys, _, err := bundle("")
	if err != nil {
		t.Skipf("no built-in model bundle yet (build one with: %s)", rebuildCommand)
	}
	p, err := nlp.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestGolden parses the texts under testdata/golden and compares the
// CoNLL-U with the .conllu beside each. Run with -update after retraining
// the bundle, and read the diff.
func TestGolden(t *testing.T) {
	golden(t, "testdata/golden", ".conllu", func(f string) (string, []string) {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		return string(text), []string{"parse"}
	})
}

// TestGoldenCode codes the articles under testdata/code (our own writing,
// dated 2024-11-15) and compares the JSONL with the .jsonl beside each.
func TestGoldenCode(t *testing.T) {
	golden(t, "testdata/code", ".jsonl", func(f string) (string, []string) {
		return "", []string{"code", "--date", "2024-11-15", f}
	})
}

// golden runs the command args gives for each .txt file in dir with the
// built-in bundle and compares its output with the file of the same name
// and extension ext (rewritten with -update).
func golden(t *testing.T, dir, ext string, args func(file string) (stdin string, args []string)) {
	p := builtIn(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Fatalf("no golden texts in %s", dir)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			stdin, a := args(f)
			r := runWith(t, func(string) (annotator, error) { return p, nil }, stdin, a...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			name := strings.TrimSuffix(f, ".txt") + ext
			if *update {
				if err := os.WriteFile(name, []byte(r.stdout), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			if r.stdout != string(want) {
				t.Errorf("output differs from %s (run go test -update and read the diff):\n%s", name, r.stdout)
			}
		})
	}
}

// TestBuiltInModelScores scores the embedded bundle on UD English-EWT dev
// and checks the result against the scores its manifest records.
func TestBuiltInModelScores(t *testing.T) {
	p := builtIn(t)
	path := filepath.Join(dataDir(), "ud-english-ewt", "en_ewt-ud-dev.conllu")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("UD English-EWT dev not found (%v); set DYAD_DATA to the shared data directory", err)
	}
	defer f.Close()
	dev, err := conllu.ReadAll(f, path)
	if err != nil {
		t.Fatal(err)
	}
	want := p.Manifest.Scores["dev"]
	if len(want) == 0 {
		t.Fatal("manifest has no dev scores")
	}
	got := p.Score(dev)
	for _, m := range []string{"upos", "xpos", "lemma", "uas", "las"} {
		if math.Abs(got[m]-want[m]) > 0.002 {
			t.Errorf("dev %s = %.4f, manifest says %.4f", m, got[m], want[m])
		}
	}
	t.Logf("dev scores: %v", got)
}

// dataDir is the shared data directory: $DYAD_DATA or ../shared/data from
// the repository root.
func dataDir() string {
	if d := os.Getenv("DYAD_DATA"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared", "data")
}
