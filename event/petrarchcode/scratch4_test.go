package petrarchcode

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

func TestScratchText(t *testing.T) {
	text := os.Getenv("TEXT")
	if text == "" {
		t.Skip()
	}
	p := pipeline(t)
	c := testCoder(t, "verbs.txt", false)
	d := &dyad.Document{Text: text}
	p.Annotate(d)
	for _, s := range d.Sentences {
		x := newSent(d, s)
		c.rescueVerbs(x)
		x.buildPhrases(c.actors, time.Time{})
		x.deleteClauses(DefaultOptions())
		for i := range x.words {
			ne := ""
			if k := x.ne[i]; k >= 0 && x.phr[k].start == i {
				var ms []string
				for _, m := range x.phr[k].members {
					ms = append(ms, fmt.Sprintf("%s=%s", m.code, x.phraseWords(m.toks)))
				}
				ne = strings.Join(ms, " | ")
			}
			fmt.Printf("%d\t%s\t%s\t%s\t%d\t%s\t%v %s\n", i, x.words[i], x.upos[i], x.xpos[i], x.head[i], x.dep[i], x.gone[i], ne)
		}
	}
	fmt.Println(code(t, p, c, text, "", DefaultOptions()))
}
