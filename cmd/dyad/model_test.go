package main

import (
	"encoding/json"
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/nlp/conllu"
)

// TestBuiltInModel runs parse and eval with the embedded bundle, once it
// has been built into cmd/dyad/model/en.
func TestBuiltInModel(t *testing.T) {
	if _, err := fs.Stat(defaultBundle(), "manifest.json"); err != nil {
		t.Skipf("no built-in model bundle yet (build one with: %s)", rebuildCommand)
	}
	text := "North Korea disputed US claims on Sunday. Kim said, \"We will always stand with Russia.\""
	if b, err := os.ReadFile("../../../shared/examples/seed-article.txt"); err == nil {
		text = string(b)
	}
	r := runWith(t, loadPipeline, text, "parse")
	if r.code != 0 {
		t.Fatalf("parse: exit %d, stderr %q", r.code, r.stderr)
	}
	sents, err := conllu.ReadAll(strings.NewReader(r.stdout), "parse output")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) < 2 {
		t.Errorf("parse output has %d sentences", len(sents))
	}
	for _, s := range sents {
		if err := s.Validate(); err != nil {
			t.Error(err)
		}
		for _, w := range s.Words {
			if w.UPOS == "_" || w.Deprel == "_" {
				t.Errorf("sentence %s: word %d %q lacks a tag or relation", s.ID, w.ID, w.Form)
			}
		}
	}

	for _, args := range [][]string{nil, {"--raw"}} {
		args = append([]string{"eval", "ud", "--file", "../../eval/ud/testdata/perfect/gold.conllu"}, args...)
		r := runWith(t, loadPipeline, "", args...)
		if r.code != 0 {
			t.Fatalf("%q: exit %d, stderr %q", args, r.code, r.stderr)
		}
		var got map[string]float64
		lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
		if err := json.Unmarshal([]byte(lines[len(lines)-1]), &got); err != nil {
			t.Fatalf("%q: %v", args, err)
		}
		if got["words"] != 12 || got["upos"] <= 0.5 {
			t.Errorf("%q: %v", args, got)
		}
	}
}
