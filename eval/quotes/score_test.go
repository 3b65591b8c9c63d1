package quotes

import (
	"math"
	"testing"
)

func TestEvaluate(t *testing.T) {
	text := `Kim said, "We will win the vote." She added that the plan was fair. Officials said talks failed.`
	//        0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456
	doc := Doc{Text: text,
		Quotes: []Gold{
			{Start: 11, End: 32, Kind: Direct, Speakers: []int{1}},   // We will win the vote.
			{Start: 50, End: 67, Kind: Indirect, Speakers: []int{1}}, // the plan was fair
			{Start: 82, End: 94, Kind: Indirect},                     // talks failed (no speaker)
		},
		Mentions: []Mention{{Start: 0, End: 3, Entity: 1}, {Start: 34, End: 37, Entity: 1}, {Start: 69, End: 78, Entity: 2}},
	}
	preds := []Pred{
		{Start: 10, End: 33, Kind: Direct, SpeakerStart: 0, SpeakerEnd: 3},     // with its marks: exact after trimming
		{Start: 45, End: 67, Kind: Indirect, SpeakerStart: 69, SpeakerEnd: 78}, // overlaps, wrong speaker
		{Start: 69, End: 78, Kind: Indirect, SpeakerStart: -1, SpeakerEnd: -1}, // no gold
	}
	r := Evaluate(doc, preds)
	check := func(name string, got, want float64) {
		t.Helper()
		if math.Abs(got-want) > 1e-9 {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	check("exact precision", r.Exact.Precision, 1.0/3)
	check("exact recall", r.Exact.Recall, 1.0/3)
	check("overlap precision", r.Overlap.Precision, 2.0/3)
	check("overlap recall", r.Overlap.Recall, 2.0/3)
	check("speaker accuracy", r.Speaker.Accuracy, 0.5)
	check("end-to-end f1", r.EndToEnd.F1, 1.0/3)
	check("direct recall", r.Kinds[Direct].Content.Recall, 1)
	check("indirect recall", r.Kinds[Indirect].Content.Recall, 0.5)
	if r.UnknownSpeaker != 1 {
		t.Errorf("unknown speakers %d", r.UnknownSpeaker)
	}
	// merging keeps the counts
	all := NewResult()
	all.Merge(r)
	all.Merge(r)
	check("merged overlap f1", all.Overlap.F1, r.Overlap.F1)
	if all.Overlap.Gold != 6 || all.Docs != 2 {
		t.Errorf("merged %+v", all.Overlap)
	}
}

func TestOverlap(t *testing.T) {
	for _, tt := range []struct {
		a, b [2]int
		want float64
	}{
		{[2]int{0, 10}, [2]int{0, 10}, 1},
		{[2]int{0, 10}, [2]int{5, 10}, 0.5},
		{[2]int{0, 10}, [2]int{10, 20}, 0},
		{[2]int{0, 4}, [2]int{0, 10}, 0.4},
	} {
		if got := Overlap(tt.a, tt.b); got != tt.want {
			t.Errorf("Overlap(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
