package nlp

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// GUMTrainFiles returns the CoNLL-U files of a GUM corpus directory (one
// holding splits.md and dep/*.conllu) whose documents belong to the
// training split: every document that splits.md does not list under dev,
// test or test2.
func GUMTrainFiles(dir string) ([]string, error) {
	f, err := os.Open(filepath.Join(dir, "splits.md"))
	if err != nil {
		return nil, fmt.Errorf("GUM: %w", err)
	}
	defer f.Close()
	held := map[string]bool{}
	section := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if name, ok := strings.CutPrefix(line, "## "); ok {
			section = strings.TrimSpace(name)
		} else if doc, ok := strings.CutPrefix(line, "* "); ok && section != "train" {
			held[strings.TrimSpace(doc)] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("GUM: %w", err)
	}
	all, err := filepath.Glob(filepath.Join(dir, "dep", "*.conllu"))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, path := range all {
		if !held[strings.TrimSuffix(filepath.Base(path), ".conllu")] {
			out = append(out, path)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("GUM: no training documents under %s", dir)
	}
	return out, nil
}
