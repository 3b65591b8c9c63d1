package dyad

import (
	"encoding/json"
	"testing"
)

func TestTagNamesRoundTrip(t *testing.T) {
	for i := 1; i < NumUPOS; i++ {
		if got, err := ParseUPOS(UPOS(i).String()); err != nil || got != UPOS(i) {
			t.Errorf("UPOS %d: %v %v", i, got, err)
		}
	}
	for i := 1; i < NumXPOS; i++ {
		if got, err := ParseXPOS(XPOS(i).String()); err != nil || got != XPOS(i) {
			t.Errorf("XPOS %d: %v %v", i, got, err)
		}
	}
	for i := 1; i < NumDep; i++ {
		if got, err := ParseDep(Dep(i).String()); err != nil || got != Dep(i) {
			t.Errorf("Dep %d: %v %v", i, got, err)
		}
	}
	if _, err := ParseDep("nosuch"); err == nil {
		t.Error("ParseDep accepted an unknown relation")
	}
}

func TestDepBase(t *testing.T) {
	tests := map[string]string{"nmod:poss": "nmod", "obl": "obl", "acl:relcl": "acl", "root": "root"}
	for in, want := range tests {
		d, _ := ParseDep(in)
		if got := d.Base().String(); got != want {
			t.Errorf("%s.Base() = %s, want %s", in, got, want)
		}
	}
}

func TestTokenJSON(t *testing.T) {
	nsubj, _ := ParseDep("nsubj")
	nnp, _ := ParseXPOS("NNP")
	tok := Token{Start: 0, End: 5, UPOS: PROPN, XPOS: nnp, Lemma: "Korea", Head: 2, Dep: nsubj}
	b, err := json.Marshal(tok)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"start":0,"end":5,"upos":"PROPN","xpos":"NNP","lemma":"Korea","head":2,"dep":"nsubj"}`
	if string(b) != want {
		t.Errorf("got %s\nwant %s", b, want)
	}
	var back Token
	if err := json.Unmarshal(b, &back); err != nil || back != tok {
		t.Errorf("round trip: %+v %v", back, err)
	}
}

func TestDocumentViews(t *testing.T) {
	d := &Document{Text: "Kim said it.", Tokens: []Token{{Start: 0, End: 3}, {Start: 4, End: 8}, {Start: 9, End: 11}, {Start: 11, End: 12}}}
	if got := d.SpanText(Span{Start: 1, End: 3}); got != "said it" {
		t.Errorf("SpanText = %q", got)
	}
	if d.SpaceAfter(2) || !d.SpaceAfter(0) {
		t.Error("SpaceAfter wrong")
	}
}
