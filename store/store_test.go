package store

import (
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
)

func TestKey(t *testing.T) {
	for _, tc := range []struct {
		d    dyad.Document
		want string
	}{
		{dyad.Document{ID: "a", URL: "https://x"}, "a"},
		{dyad.Document{URL: "https://x"}, "https://x"},
		{dyad.Document{Text: "abc"}, "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
	} {
		if got := Key(&tc.d); got != tc.want {
			t.Errorf("Key(%+v) = %q, want %q", tc.d, got, tc.want)
		}
	}
}

func TestPrefixRange(t *testing.T) {
	for in, want := range map[string][2]string{
		"PRK": {"PRK", "PRL"}, "19": {"19", "1:"}, "A\xff": {"A\xff", "B"}, "\xff": {"\xff", ""},
	} {
		if lo, hi := PrefixRange(in); lo != want[0] || hi != want[1] {
			t.Errorf("PrefixRange(%q) = %q, %q; want %q", in, lo, hi, want)
		}
	}
}

func TestValidate(t *testing.T) {
	good := []Filter{{}, {Source: "PRKGOV", Target: "USA", CAMEO: "190", Quad: 4, From: "2023", To: "2023-01-31"}}
	bad := []Filter{{Source: "prk"}, {Target: "U%"}, {CAMEO: "19x"}, {CAMEO: "01234"}, {Quad: 5}, {From: "2023-1-1"},
		{To: "soon"}, {Limit: -1}}
	for _, f := range good {
		if err := f.Validate(); err != nil {
			t.Errorf("%+v: %v", f, err)
		}
	}
	for _, f := range bad {
		if err := f.Validate(); err == nil {
			t.Errorf("%+v: no error", f)
		}
	}
}

// TestFlattenBadIndices: indices that point outside the document are
// dropped, not stored and not a panic.
func TestFlattenBadIndices(t *testing.T) {
	d := &dyad.Document{ID: "x", Date: "2023-01-29T10:00:00Z", Text: "Korea met Japan.",
		Tokens:    []dyad.Token{{Start: 0, End: 5}, {Start: 6, End: 9}, {Start: 10, End: 16}},
		Sentences: []dyad.Sentence{{Span: dyad.Span{Start: 0, End: 3}}, {Span: dyad.Span{Start: 2, End: 9}}},
		Mentions: []dyad.Mention{{Span: dyad.Span{Start: 0, End: 1}, Head: 0, Actor: "KOR", Antecedent: -1},
			{Span: dyad.Span{Start: 2, End: 3}, Head: 7, Actor: "JPN", Antecedent: 9}},
		Events: []dyad.Event{
			{Sentence: 0, Source: 0, Target: 1, Code: cameo.MustParse("040"), Trigger: 1},
			{Sentence: 5, Source: 0, Target: 1, Code: cameo.MustParse("040"), Trigger: 1},
			{Sentence: 0, Source: 0, Target: 7, Code: cameo.MustParse("040"), Trigger: 1},
		}}
	f := Flatten(d)
	if f.Date != "2023-01-29" || len(f.Sents) != 2 || len(f.Ments) != 2 || len(f.Evs) != 2 {
		t.Fatalf("%+v", f)
	}
	if m := f.Ments[1]; m.HeadStart != 10 || m.Antecedent != -1 {
		t.Errorf("mention %+v", m)
	}
	if e := f.Evs[0]; e.Source != "KOR" || e.Target != "JPN" || e.TriggerStart != 6 || e.SentenceEnd != 16 {
		t.Errorf("event %+v", e)
	}
	if e := f.Evs[1]; e.TargetMention != -1 || e.Target != "" {
		t.Errorf("event with a bad target %+v", e)
	}
}
