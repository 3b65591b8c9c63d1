package nlp

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/nlp/cluster"
	"github.com/dyadproject/dyad/nlp/tokenize"
)

// readUnlabeled tokenizes the texts of each file and passes every sentence
// to add. A file may be plain text, JSONL with a "text" field per line, or
// either of them gzipped (".gz").
func readUnlabeled(paths []string, add func(words []string)) error {
	for _, path := range paths {
		if err := readUnlabeledFile(path, add); err != nil {
			return err
		}
	}
	return nil
}

func readUnlabeledFile(path string, add func(words []string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = f
	name := path
	if strings.HasSuffix(name, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		defer gz.Close()
		r = gz
		name = strings.TrimSuffix(name, ".gz")
	}
	text := func(s string) {
		var words []string
		toks, sents, _ := tokenize.Tokenize(s)
		d := dyad.Document{Text: s, Tokens: toks}
		for _, st := range sents {
			words = words[:0]
			for i := st.Start; i < st.End; i++ {
				words = append(words, d.TokenText(i))
			}
			add(words)
		}
	}
	if !strings.HasSuffix(name, ".jsonl") {
		b, err := io.ReadAll(r)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		text(string(b))
		return nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
		text(rec.Text)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", path, line, err)
	}
	return nil
}

// TrainClusters learns word classes from unlabelled files (see
// readUnlabeled) and from the words of treebank sentences.
func TrainClusters(paths []string, treebank [][]string, log io.Writer) (*cluster.Clusters, error) {
	t := cluster.NewTrainer()
	for _, s := range treebank {
		t.Add(s)
	}
	if err := readUnlabeled(paths, t.Add); err != nil {
		return nil, err
	}
	return t.Train(cluster.Options{Log: log}), nil
}
