package quote_test

import (
	"fmt"
	"os"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/mention"
	"github.com/dyadproject/dyad/nlp"
	"github.com/dyadproject/dyad/quote"
)

func ExampleScan() {
	text := `“The US talked about ‘arms dealing’,” the statement said. Scholars call it «equidistant diplomacy».`
	for _, s := range quote.Scan(text) {
		fmt.Printf("%d %q\n", s.Depth, text[s.Start:s.End])
	}
	// Output:
	// 0 "The US talked about ‘arms dealing’,"
	// 1 "arms dealing"
	// 0 "equidistant diplomacy"
}

func ExampleExtract() {
	p, err := nlp.Load(os.DirFS("../cmd/dyad/model/en"))
	if err != nil {
		fmt.Println(err)
		return
	}
	dict, err := actor.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	d := &dyad.Document{Date: "2023-01-29", Text: "Kim Yo-jong issued her own statement on Friday.\n" +
		"“The US is now further crossing the red line,” she said. “We will always stand with Russia.”\n" +
		"According to Seoul, the statement was aimed at Washington."}
	p.Annotate(d)
	(&mention.Finder{Dict: dict}).Find(d)
	for _, q := range quote.Extract(d) {
		fmt.Printf("%s %q %s: %q\n", q.Kind, q.Cue, q.Speaker, q.Text)
	}
	// Output:
	// direct "said" Kim Yo-jong: "The US is now further crossing the red line,"
	// direct "said" Kim Yo-jong: "We will always stand with Russia."
	// indirect "According to" Seoul: "the statement was aimed at Washington"
}
