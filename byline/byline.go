// Package byline reads who issued a document from its title: the author
// of a statement, message, letter or op-ed, whose "I" and "we" are that
// author's own voice (mention gives them the author's actor code, quote
// attributes their quotations).
package byline

import (
	"regexp"
	"strings"
)

// titleRe matches the title of a document that one author issues in
// the first person: a statement, a message, a letter or an op-ed "by" or
// "from" someone, up to the words that say what it is about. (Remarks are
// left out: their transcripts hold other speakers' turns.)
var titleRe = regexp.MustCompile(`^(?:Statements?|Message|Letter|Op-Ed)\s+(?:by|from)\s+(.+?)` +
	`(?:\s+(?:on|in|at|to|regarding|following|after|before|for|as|about|upon|celebrating|marking|` +
	`commemorating|honoring|honouring|announcing|welcoming|during)\s|:|$)`)

// Author returns who issued a document, as its title names them:
// "President Joe Biden" for "Statement by President Joe Biden on the
// Occasion of World Press Freedom Day". A title that names several
// ("Statement by President Biden and Prime Minister Kishida", a joint
// statement), a transcript ("Remarks by ...") or nothing gives "".
func Author(title string) string {
	m := titleRe.FindStringSubmatch(strings.TrimSpace(title))
	if m == nil {
		return ""
	}
	a := strings.TrimSpace(m[1])
	if a == "" || strings.Contains(a, " and ") || strings.Contains(a, ",") || strings.Contains(a, "&") {
		return ""
	}
	return a
}
