package petrarchcode

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/nlp"
)

func TestScratchParse(t *testing.T) {
	in := os.Getenv("SCRATCH")
	if in == "" {
		t.Skip()
	}
	t0 := time.Now()
	p, err := nlp.Load(os.DirFS(filepath.Join("..", "..", "cmd", "dyad", "model", "en")))
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println("load", time.Since(t0))
	f, _ := os.Open(in)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		d := &dyad.Document{Text: sc.Text()}
		p.Annotate(d)
		fmt.Println("##", d.Text)
		for i, tk := range d.Tokens {
			fmt.Printf("%d\t%s\t%s\t%s\t%s\t%d\t%s\n", i, d.TokenText(i), tk.Lemma, tk.UPOS, tk.XPOS, tk.Head, tk.Dep)
		}
	}
}
