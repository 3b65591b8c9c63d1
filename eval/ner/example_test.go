package ner_test

import (
	"fmt"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/eval/ner"
)

func Example() {
	span := func(start, end int, t dyad.EntityType) dyad.Entity {
		return dyad.Entity{Span: dyad.Span{Start: start, End: end}, Type: t}
	}
	// "Ban Ki-moon visited the World Bank in Washington ." and "Kim left ."
	gold := [][]dyad.Entity{
		{span(0, 4, dyad.PER), span(6, 8, dyad.ORG), span(9, 10, dyad.LOC)},
		{span(0, 1, dyad.PER)},
	}
	// The recogniser cut the first name short and took the bank for a place.
	pred := [][]dyad.Entity{
		{span(0, 1, dyad.PER), span(6, 8, dyad.LOC), span(9, 10, dyad.LOC)},
		{span(0, 1, dyad.PER)},
	}
	r, err := ner.Evaluate(gold, pred)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("all: P %.2f R %.2f F1 %.2f\n", r.Total.Precision(), r.Total.Recall(), r.Total.F1())
	for _, t := range ner.Types {
		s := r.Type(t)
		fmt.Printf("%s: gold %d predicted %d correct %d F1 %.2f\n", t, s.Gold, s.Predicted, s.Correct, s.F1())
	}
	// Output:
	// all: P 0.50 R 0.50 F1 0.50
	// PER: gold 2 predicted 2 correct 1 F1 0.50
	// ORG: gold 1 predicted 0 correct 0 F1 0.00
	// LOC: gold 1 predicted 2 correct 1 F1 0.67
}
