package petrarchcode

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

func TestScratchWiki(t *testing.T) {
	if os.Getenv("WIKI") == "" {
		t.Skip()
	}
	p := pipeline(t)
	D := "/work/shared/data/petrarch2-dictionaries/"
	c, _, err := Load(Files{Verbs: D + "CAMEO.2.0.txt", Actors: []string{D + "Phoenix.Countries.actors.txt", D + "Phoenix.International.actors.txt", D + "Phoenix.MilNonState.actors.txt"}, Agents: []string{D + "Phoenix.agents.txt"}, Discards: D + "Phoenix.discards.txt"})
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.Open("/work/shared/data/wikinews-en/sample-100.jsonl")
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n, ev, words := 0, 0, 0
	var dur time.Duration
	for sc.Scan() {
		var d dyad.Document
		json.Unmarshal(sc.Bytes(), &d)
		p.Annotate(&d)
		words += len(d.Tokens)
		t0 := time.Now()
		es := c.Code(&d, time.Time{}, DefaultOptions())
		dur += time.Since(t0)
		ev += len(es)
		n++
		if n <= 3 {
			for _, e := range es[:min(len(es), 5)] {
				fmt.Println(e, d.SpanText(dyad.Span{Start: d.Sentences[e.Sentence].Start, End: d.Sentences[e.Sentence].End})[:min(100, len(d.SpanText(dyad.Span{Start: d.Sentences[e.Sentence].Start, End: d.Sentences[e.Sentence].End})))])
			}
		}
	}
	fmt.Println("docs", n, "events", ev, "words", words, "coding time", dur)
}
