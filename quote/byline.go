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
// quotation that the turn's label speaks ("MS. PSAKI" is Jen Psaki, "THE
// PRESIDENT" the president the document's title names), or that a
// first-person pronoun speaks that no name resolves, or that resolves to
// the speaker's code. turn returns, for a
// byte offset of the text, the name and actor code of the speaker of the
// turn there and the bytes of its label (ok false outside a turn, or for a
// speaker nobody knows). It returns how many it changed.
func Turns(qs []dyad.Quote, turn func(off int) (name, actor string, labelStart, labelEnd int, ok bool)) int {
	n := 0
	for i := range qs {
		q := &qs[i]
		name, actor, ls, le, ok := turn(q.Start)
		if !ok {
			continue
		}
		byLabel := q.SpeakerStart >= ls && q.SpeakerEnd <= le && q.SpeakerStart < q.SpeakerEnd
		byPronoun := firstPerson[strings.ToLower(q.Speaker)] && (q.SpeakerActor == "" || q.SpeakerActor == actor)
		if !byLabel && !byPronoun {
			continue
		}
		q.Speaker, q.SpeakerActor = name, actor
		n++
	}
	return n
}
