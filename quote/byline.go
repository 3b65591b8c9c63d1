package quote

import (
	"regexp"
	"strings"

	"github.com/dyadproject/dyad"
)

// bylineTitle matches the title of a document that one author issues in
// the first person: a statement, remarks, a message, a letter or an op-ed
// "by" or "from" someone, up to the words that say what it is about.
var bylineTitle = regexp.MustCompile(`^(?:Statements?|Remarks|Message|Letter|Op-Ed)\s+(?:by|from)\s+(.+?)` +
	`(?:\s+(?:on|in|at|to|regarding|following|after|before|for|as|about|upon|celebrating|marking|` +
	`commemorating|honoring|honouring|announcing|welcoming|during)\s|:|$)`)

// Author returns who issued a document, as its title names them:
// "President Joe Biden" for "Statement by President Joe Biden on the
// Occasion of World Press Freedom Day". A title that names several
// ("Remarks by President Biden and Prime Minister Kishida", a joint
// statement) or none gives "".
func Author(title string) string {
	m := bylineTitle.FindStringSubmatch(strings.TrimSpace(title))
	if m == nil {
		return ""
	}
	a := strings.TrimSpace(m[1])
	if a == "" || strings.Contains(a, " and ") || strings.Contains(a, ",") || strings.Contains(a, "&") {
		return ""
	}
	return a
}

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
