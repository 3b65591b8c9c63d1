package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// ordinaryWords returns the lower-case words of English that are not only
// names: forms the UD English EWT treebank tags with a part of speech other
// than PROPN (and X, SYM, PUNCT) at least twice, and words that the Wikinews
// articles write in lower case at least twice (outside web addresses).
func ordinaryWords(shared string) (map[string]bool, error) {
	counts := map[string]int{}
	err := eachRow(filepath.Join(shared, "ud-english-ewt", "*.conllu"), func(cols []string) {
		if len(cols) < 4 || strings.ContainsAny(cols[0], "-.") {
			return
		}
		switch cols[3] {
		case "PROPN", "X", "SYM", "PUNCT":
			return
		}
		counts[key(cols[1])]++
	})
	if err != nil {
		return nil, err
	}
	words := map[string]bool{}
	for w, n := range counts {
		if n >= 2 {
			words[w] = true
		}
	}

	lower := map[string]int{}
	seen := map[string]bool{} // sample-100 repeats articles of the full file
	err = eachLineIn(filepath.Join(shared, "wikinews-en", "*.jsonl"), func(line string) {
		var a struct{ ID, Text string }
		if json.Unmarshal([]byte(line), &a) != nil || seen[a.ID] {
			return
		}
		seen[a.ID] = true
		for _, tok := range strings.Fields(a.Text) {
			if strings.Contains(tok, "/") || strings.Contains(tok, "@") || strings.Contains(tok, "www") {
				continue
			}
			for _, w := range strings.FieldsFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) }) {
				if w == strings.ToLower(w) {
					lower[key(w)]++
				}
			}
		}
	})
	if err != nil {
		return nil, err
	}
	for w, n := range lower {
		if n >= 2 {
			words[w] = true
		}
	}
	return words, nil
}

// personalNames returns given names and surnames: capitalized tokens that
// UNER English EWT tags as part of a person's name (B-PER, I-PER).
func personalNames(shared string) (map[string]bool, error) {
	names := map[string]bool{}
	err := eachRow(filepath.Join(shared, "uner-english-ewt", "*.iob2"), func(cols []string) {
		if len(cols) < 3 || !strings.HasSuffix(cols[2], "-PER") {
			return
		}
		w := cols[1]
		if r := []rune(w); len(r) > 1 && unicode.IsUpper(r[0]) {
			names[key(w)] = true
		}
	})
	if err != nil {
		return nil, err
	}
	return names, nil
}

// eachRow calls fn with the tab-separated columns of every line that is
// neither empty nor a comment in the files matching pattern.
func eachRow(pattern string, fn func(cols []string)) error {
	return eachLineIn(pattern, func(line string) {
		if line != "" && line[0] != '#' {
			fn(strings.Split(line, "\t"))
		}
	})
}

// eachLineIn calls fn with every line of the files matching pattern.
func eachLineIn(pattern string, fn func(string)) error {
	files, err := filepath.Glob(pattern)
	if err != nil {
		return err
	}
	for _, f := range files {
		if err := eachLine(f, fn); err != nil {
			return err
		}
	}
	return nil
}

func eachLine(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 16<<20), 16<<20)
	for sc.Scan() {
		fn(sc.Text())
	}
	return sc.Err()
}
