package event

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/cameo"
)

// TestDefaultDictionary checks that the built-in dictionary loads without
// error and gives every code of the CAMEO codebook.
func TestDefaultDictionary(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	have := map[cameo.Code]bool{}
	for _, c := range d.Codes() {
		have[c] = true
	}
	var missing []string
	for _, c := range cameo.Codes() {
		if !have[c] {
			missing = append(missing, c.String()+" "+c.Name())
		}
	}
	if len(missing) > 0 {
		t.Errorf("%d of %d codebook codes have no entry:\n%s", len(missing), len(cameo.Codes()), strings.Join(missing, "\n"))
	}
	if n := d.Size(); n < 900 {
		t.Errorf("Size() = %d, want at least 900 entries", n)
	}
	t.Logf("%d entries, %d codes", d.Size(), len(d.Codes()))
}

// TestDefaultDictionaryEntries checks every code has an entry of its own,
// not only an @intent or @threat line, and that the shift tables point
// from a code to a code of the right category.
func TestDefaultDictionaryEntries(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	entry := map[cameo.Code]bool{}
	for _, m := range []map[string][]*Entry{d.verbs, d.nouns} {
		for _, es := range m {
			for _, e := range es {
				entry[e.Code] = true
			}
		}
	}
	for _, c := range cameo.Codes() {
		if !entry[c] {
			t.Errorf("code %s (%s) is given only by @intent or @threat lines", c, c.Name())
		}
	}
	for prefix, to := range d.intent {
		if r := to.String()[:2]; r != "03" && r != "13" {
			t.Errorf("@intent %s %s: an intent code is 03x, or 13x for planned conflict", prefix, to)
		}
	}
	for prefix, to := range d.threat {
		if r := to.String()[:2]; r != "13" {
			t.Errorf("@threat %s %s: a threat code is 13x", prefix, to)
		}
	}
}

// TestDefaultDictionaryLemmas checks the spelling conventions of the
// built-in entries: lemmas are lower case, a particle verb is joined with
// "_" and a slot's lemmas are not repeated.
func TestDefaultDictionaryLemmas(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	for _, m := range []map[string][]*Entry{d.verbs, d.nouns} {
		for _, es := range m {
			for _, e := range es {
				if e.Trigger != strings.ToLower(e.Trigger) || strings.ContainsAny(e.Trigger, " ,=") {
					t.Errorf("%s: bad trigger %q", e.Source, e.Trigger)
				}
				for _, c := range e.Require {
					seen := map[string]bool{}
					for _, l := range c.Lemmas {
						if l == "" || seen[l] {
							t.Errorf("%s: %s= has an empty or repeated lemma %q", e.Source, c.Slot, l)
						}
						seen[l] = true
					}
				}
			}
		}
	}
}
