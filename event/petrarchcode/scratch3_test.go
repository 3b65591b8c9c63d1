package petrarchcode

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/event/petrarch"
	"github.com/dyadproject/dyad/nlp"
)

func TestScratchDump(t *testing.T) {
	file, ids := os.Getenv("SCRATCHEVAL"), os.Getenv("DUMP")
	if file == "" || ids == "" {
		t.Skip()
	}
	p, _ := nlp.Load(os.DirFS(filepath.Join("..", "..", "cmd", "dyad", "model", "en")))
	f, _ := os.Open(file)
	recs, _ := petrarch.ReadRecords(f, file)
	c, _, _ := Load(FilesOf(recs.Environment))
	opt := DefaultOptions()
	cfg := 0
	for ri, rec := range recs.Records {
		for cfg < len(recs.Config) && recs.Config[cfg].Before <= ri {
			_ = opt.Set(recs.Config[cfg].Name, recs.Config[cfg].Value)
			cfg++
		}
		if !strings.Contains(","+ids+",", ","+rec.ID+",") {
			continue
		}
		date, _ := RecordDate(rec.Date)
		d := &dyad.Document{Text: rec.Text}
		p.Annotate(d)
		fmt.Println("##", rec.ID, rec.Text, opt)
		for _, s := range d.Sentences {
			x := newSent(d, s)
			c.rescueVerbs(x)
			x.buildPhrases(c.actors, date)
			x.deleteClauses(opt)
			for i := range x.words {
				ne := ""
				if k := x.ne[i]; k >= 0 {
					ph := x.phr[k]
					if ph.start == i {
						var ms []string
						for _, m := range ph.members {
							ms = append(ms, fmt.Sprintf("%s=%s", m.code, x.phraseWords(m.toks)))
						}
						ne = fmt.Sprintf("NE%d[%d,%d) %s", k, ph.start, ph.end, strings.Join(ms, " | "))
					} else {
						ne = fmt.Sprintf("  ne%d", k)
					}
				}
				g := ""
				if x.gone[i] {
					g = "GONE"
				}
				vb := ""
				if x.isVerb(i) {
					if vf, _, _ := c.findVerb(x, i); vf != nil {
						vb = fmt.Sprintf("VERB end=%d", x.phraseEnd(i))
					}
				}
				fmt.Printf("%d\t%s\t%s\t%s\t%d\t%s\t%s %s %s\n", i, x.words[i], x.upos[i], x.xpos[i], x.head[i], x.dep[i], g, vb, ne)
			}
		}
	}
}
