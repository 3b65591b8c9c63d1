package quote

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// firstPerson lists the speakers that are the author of a statement when
// nothing else names them ("me" and "us" are more often who was told).
var firstPerson = map[string]bool{"i": true, "we": true}

// Byline gives the quotations that a first-person pronoun speaks ("I",
// "we"), and no name resolves or the pronoun resolves to the author's
// code, to the document's author: name as the title gives it, actor its
// code (when known). The speaker's bytes stay those of the pronoun in the
// text. It returns how many it changed.
func Byline(qs []dyad.Quote, name, actor string) int {
	n := 0
	for i := range qs {
		q := &qs[i]
		if !firstPerson[strings.ToLower(q.Speaker)] || q.SpeakerActor != "" && q.SpeakerActor != actor {
			continue
		}
		q.Speaker, q.SpeakerActor = name, actor
		n++
	}
	return n
}

// Turns gives to the speaker of the transcript turn it lies in each
// quotation of d that a label of that speaker speaks ("MS. PSAKI" is Jen
// Psaki, "THE PRESIDENT" the president the document's title names), or
// that a first-person pronoun speaks that no name resolves, or that
// resolves to the speaker's code. turn returns, for a byte offset of the
// text, the name, actor code and label of the speaker of the turn there
// (ok false outside a turn, or for a speaker nobody knows). It returns how
// many it changed.
func Turns(d *dyad.Document, turn func(off int) (name, actor, label string, ok bool)) int {
	n := 0
	for i := range d.Quotes {
		q := &d.Quotes[i]
		name, actor, label, ok := turn(q.Start)
		if !ok {
			continue
		}
		byLabel := 0 <= q.SpeakerStart && q.SpeakerStart < q.SpeakerEnd && q.SpeakerEnd <= len(d.Text) &&
			d.Text[q.SpeakerStart:q.SpeakerEnd] == label
		byPronoun := firstPerson[strings.ToLower(q.Speaker)] && (q.SpeakerActor == "" || q.SpeakerActor == actor)
		if !byLabel && !byPronoun {
			continue
		}
		q.Speaker, q.SpeakerActor = name, actor
		n++
	}
	return n
}
