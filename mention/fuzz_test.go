package mention

import (
	"testing"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/testbundle"
)

// FuzzFind runs the whole language layer and Find over arbitrary text and
// checks that every mention lies inside the document, holds its head, and
// points back only to an earlier mention.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"The Department of Health and Human Services and the Centers for Disease Control and Prevention met.",
		"Kwon Jong-gun, director general of the North Korean Foreign Ministry, said so. Kwon added more.",
		"The People’s Republic of China’s Ministry of Foreign Affairs of and for and",
		"the Secretary of Labor. The Secretary of Defense. the the of for",
		"PRESIDENT: We thank the Assistant Secretary of State for European and",
		"Ms. Latortue met the Pope and House Republicans in \xff\xfe Port-au-Prince.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 2000 {
			return
		}
		p, dict := testbundle.Pipeline(t), testbundle.Actors(t)
		d := &dyad.Document{Text: text, Date: "2024-05-01"}
		p.Annotate(d)
		(&Finder{Dict: dict}).Find(d)
		for i, m := range d.Mentions {
			if m.Start < 0 || m.Start >= m.End || m.End > len(d.Tokens) || m.Head < m.Start || m.Head >= m.End {
				t.Fatalf("mention %d %+v outside the document's %d tokens", i, m.Span, len(d.Tokens))
			}
			if m.Antecedent >= i {
				t.Fatalf("mention %d refers forward to %d", i, m.Antecedent)
			}
		}
	})
}
