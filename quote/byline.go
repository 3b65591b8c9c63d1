package quote

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// firstPerson lists the speakers that are the author of a statement when
// nothing else names them ("me" and "us" are more often who was told).
var firstPerson = map[string]bool{"i": true, "we": true}

// Byline gives the quotations that a first-person pronoun speaks and no
// name resolves ("I", "we") to the document's author: name as the title
// gives it, actor its code (when known). The speaker's bytes stay those
// of the pronoun in the text. It returns how many it changed.
func Byline(qs []dyad.Quote, name, actor string) int {
	n := 0
	for i := range qs {
		q := &qs[i]
		if q.SpeakerActor != "" || !firstPerson[strings.ToLower(q.Speaker)] {
			continue
		}
		q.Speaker, q.SpeakerActor = name, actor
		n++
	}
	return n
}
