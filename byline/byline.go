// Package byline reads who speaks in a document: the author of a
// statement, message, letter or op-ed that its title names, whose "I" and
// "we" are that author's own voice (mention gives them the author's actor
// code, quote attributes their quotations), and the speakers of a
// transcript's turns ("MS. PSAKI: ...", Turns), whose "I" and "we" are
// theirs; a turn's label that gives only a title ("THE PRESIDENT") is the
// person the title of the document names with it (Speakers).
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

// speakersRe matches the people a title says a document is "by": "Remarks
// by President Biden and Vice President Harris in a Meeting on ...", up
// to the words that say where or on what.
var speakersRe = regexp.MustCompile(`(?i)^(?:[\p{L}’'-]+\s+){1,4}?by\s+(.+?)` +
	`(?:\s+(?:on|in|at|to|before|after|during|for|with|upon|following|regarding|aboard|from|about|as)\s|:|$)`)

// Speakers returns the people a title names as a document's speakers or
// authors ("President Biden", "Vice President Harris" for "Remarks by
// President Biden and Vice President Harris in a Meeting on Immigration"),
// in order: a transcript's "THE PRESIDENT:" is the one whose title begins
// "President".
func Speakers(title string) []string {
	m := speakersRe.FindStringSubmatch(strings.TrimSpace(title))
	if m == nil {
		return nil
	}
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(m[1], " and ", ", "), ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
