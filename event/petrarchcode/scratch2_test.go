package petrarchcode

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/event/petrarch"
	"github.com/dyadproject/dyad/nlp"
)

func TestScratchEval(t *testing.T) {
	file := os.Getenv("SCRATCHEVAL")
	if file == "" {
		t.Skip()
	}
	p, err := nlp.Load(os.DirFS(filepath.Join("..", "..", "cmd", "dyad", "model", "en")))
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.Open(file)
	recs, rerr := petrarch.ReadRecords(f, file)
	if rerr != nil {
		fmt.Println("records:", rerr)
	}
	c, warns, err := Load(FilesOf(recs.Environment))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range warns {
		fmt.Println("warning:", w)
	}
	res := Evaluate(recs, c, p)
	only := os.Getenv("ONLY")
	for _, fl := range res.Failures {
		if only != "" && !strings.Contains(fl.ID, only) {
			continue
		}
		fmt.Printf("FAIL %s %s\n  %s\n  want %q\n  got  %q\n", fl.ID, fl.Category, fl.Text, fl.Want, fl.Got)
		for _, p := range fl.Patterns {
			fmt.Println("     ", p)
		}
		if fl.Panic != "" {
			fmt.Println("  PANIC", fl.Panic)
		}
	}
	var cats []string
	for k := range res.Categories {
		cats = append(cats, k)
	}
	sort.Strings(cats)
	for _, k := range cats {
		fmt.Printf("%-10s %d/%d\n", k, res.Categories[k].Correct, res.Categories[k].Records)
	}
	fmt.Printf("TOTAL %d/%d = %.3f crashed %d\n", res.Correct, res.Records, res.Accuracy(), res.Crashed)
}
