package lemma

import (
	"bytes"
	"testing"

	"github.com/dyadproject/dyad"
)

func TestLemma(t *testing.T) {
	nn, _ := dyad.ParseXPOS("NNS")
	vbd, _ := dyad.ParseXPOS("VBD")
	vbg, _ := dyad.ParseXPOS("VBG")
	nnp, _ := dyad.ParseXPOS("NNP")
	items := []Item{
		{"claims", "claim", dyad.NOUN, nn}, {"tanks", "tank", dyad.NOUN, nn}, {"weapons", "weapon", dyad.NOUN, nn},
		{"countries", "country", dyad.NOUN, nn}, {"parties", "party", dyad.NOUN, nn},
		{"disputed", "dispute", dyad.VERB, vbd}, {"issued", "issue", dyad.VERB, vbd}, {"said", "say", dyad.VERB, vbd},
		{"walked", "walk", dyad.VERB, vbd}, {"talked", "talk", dyad.VERB, vbd},
		{"warned", "warn", dyad.VERB, vbd}, {"sanctioned", "sanction", dyad.VERB, vbd},
		{"providing", "provide", dyad.VERB, vbg}, {"sending", "send", dyad.VERB, vbg}, {"talking", "talk", dyad.VERB, vbg},
		{"Korea", "Korea", dyad.PROPN, nnp},
	}
	m := Train(items)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		form string
		u    dyad.UPOS
		x    dyad.XPOS
		want string
	}{
		{"claims", dyad.NOUN, nn, "claim"},  // seen
		{"Claims", dyad.NOUN, nn, "claim"},  // seen, other case
		{"said", dyad.VERB, vbd, "say"},     // irregular, seen
		{"cities", dyad.NOUN, nn, "city"},   // rule -ies -> -y
		{"jumped", dyad.VERB, vbd, "jump"},  // rule -ed
		{"Korea", dyad.PROPN, nnp, "Korea"}, // proper nouns keep case
		{"Pyongyang", dyad.PROPN, nnp, "Pyongyang"},
	}
	for _, tt := range tests {
		if got := m.Lemma(tt.form, tt.u, tt.x); got != tt.want {
			t.Errorf("Lemma(%q, %v) = %q, want %q", tt.form, tt.x, got, tt.want)
		}
	}
}

func TestApplyNeverSplitsRunes(t *testing.T) {
	if got := apply("café", "1:"); got != "café" {
		t.Errorf("apply cut inside a rune: %q", got)
	}
	if got := apply("ab", "0:c"); got != "abc" {
		t.Errorf("apply with nothing to strip: %q", got)
	}
	if got := apply("ab", "5:x"); got != "ab" {
		t.Errorf("apply past the start: %q", got)
	}
}
