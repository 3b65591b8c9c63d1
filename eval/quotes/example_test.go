package quotes_test

import (
	"fmt"

	"github.com/dyadproject/dyad/eval/quotes"
)

func ExampleEvaluate() {
	doc := quotes.Doc{
		Text:     `Kim said, "We will win." Officials said talks failed.`,
		Quotes:   []quotes.Gold{{Start: 11, End: 23, Kind: quotes.Direct, Speakers: []int{1}}},
		Mentions: []quotes.Mention{{Start: 0, End: 3, Entity: 1}},
	}
	preds := []quotes.Pred{
		{Start: 11, End: 23, Kind: quotes.Direct, SpeakerStart: 0, SpeakerEnd: 3},
		{Start: 40, End: 52, Kind: quotes.Indirect, SpeakerStart: 25, SpeakerEnd: 34},
	}
	r := quotes.Evaluate(doc, preds)
	fmt.Printf("content P %.2f R %.2f, speaker %.2f, end-to-end F1 %.2f\n",
		r.Overlap.Precision, r.Overlap.Recall, r.Speaker.Accuracy, r.EndToEnd.F1)
	// Output:
	// content P 0.50 R 1.00, speaker 1.00, end-to-end F1 0.67
}
