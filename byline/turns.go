package byline

import (
	"regexp"
	"strings"
	"unicode"
)

// Turn is a paragraph of a transcript and who speaks it: a paragraph that
// opens with a speaker's label in capitals ("MS. PSAKI: Good afternoon."),
// or one that continues the turn of the last label. Offsets are bytes into
// the text.
type Turn struct {
	Speaker              string // the label, as written: "MS. PSAKI", "THE PRESIDENT"
	LabelStart, LabelEnd int    // the label's bytes (of the turn it continues, for a continuation)
	ColonStart           int    // the colon after the label; -1 for a continuation
	Start, End           int    // what the speaker says in this paragraph
	Continued            bool   // a paragraph after the labelled one
}

// labelRe matches a paragraph that opens with a speaker's label: words in
// capitals, then a colon. A reporter's question ("Q  Thank you ...")
// opens with questionRe.
var (
	labelRe    = regexp.MustCompile(`^(\p{Lu}[\p{Lu}.'’\- ]{0,48}[\p{Lu}.]):[ \t]+\S`)
	questionRe = regexp.MustCompile(`^Q[:.]?[ \t]+\S`)
)

// interjection labels speak one paragraph, after which the turn they
// broke into goes on: "AUDIENCE: Four more years!" in a speech.
var interjection = map[string]bool{"AUDIENCE": true, "AUDIENCE MEMBER": true, "AUDIENCE MEMBERS": true,
	"CROWD": true, "PARTICIPANTS": true, "PARTICIPANT": true, "STUDENTS": true, "CHILDREN": true}

// notSpeakers are capitalised labels of other things than speakers.
var notSpeakers = map[string]bool{
	"NOTE": true, "NOTES": true, "UPDATE": true, "UPDATED": true, "CORRECTION": true, "EDITOR'S NOTE": true,
	"EDITOR’S NOTE": true, "EDITORS NOTE": true, "SOURCE": true, "SOURCES": true, "PHOTO": true,
	"PHOTOS": true, "WATCH": true, "READ MORE": true, "RELATED": true, "ALSO READ": true, "WARNING": true,
	"BREAKING": true, "FACT SHEET": true, "BACKGROUND": true, "SUBJECT": true, "RE": true, "TO": true,
	"FROM": true, "CC": true, "DATE": true, "WHEN": true, "WHERE": true, "WHAT": true, "WHO": true,
	"TIME": true, "LOCATION": true, "CONTACT": true, "MEDIA CONTACT": true, "PRESS CONTACT": true,
}

// Turns returns the speakers' turns of a transcript, in order: nothing
// unless a paragraph opens with a speaker's label. (A single label may be a
// heading of another kind: a caller that knows no such speaker should take
// one labelled turn for no transcript; see Labelled.) A reporter's question ends a turn and is
// none; so do a line of capitals with no label ("END 2:45 P.M. EST"); a
// stage direction in brackets ("(Laughter.)") is skipped.
func Turns(text string) []Turn {
	var turns []Turn
	labels := 0
	cur := -1 // the labelled turn that paragraphs continue
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		lead := len(line) - len(strings.TrimLeft(line, " \t"))
		line = strings.TrimSpace(line)
		at := start + lead
		start = end + 1
		switch {
		case line == "":
			continue
		case questionRe.MatchString(line):
			cur = -1
			continue
		}
		if m := labelRe.FindStringSubmatchIndex(line); m != nil && speakerLabel(line[m[2]:m[3]]) {
			content := strings.TrimSpace(line[m[3]+1:])
			t := Turn{Speaker: line[m[2]:m[3]], LabelStart: at + m[2], LabelEnd: at + m[3], ColonStart: at + m[3],
				Start: at + len(line) - len(content), End: at + len(line)}
			turns = append(turns, t)
			labels++
			if !interjection[t.Speaker] {
				cur = len(turns) - 1
			}
			continue
		}
		if cur < 0 {
			continue
		}
		if strings.HasPrefix(line, "(") && strings.HasSuffix(line, ")") || strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			continue
		}
		if strings.IndexFunc(line, unicode.IsLower) < 0 {
			cur = -1
			continue
		}
		c := turns[cur]
		turns = append(turns, Turn{Speaker: c.Speaker, LabelStart: c.LabelStart, LabelEnd: c.LabelEnd,
			ColonStart: -1, Start: at, End: at + len(line), Continued: true})
	}
	if labels == 0 {
		return nil
	}
	return turns
}

// Labelled returns how many turns open with their own label.
func Labelled(turns []Turn) int {
	n := 0
	for _, t := range turns {
		if !t.Continued {
			n++
		}
	}
	return n
}

// speakerLabel reports whether a capitalised label names a speaker: two
// letters or more, at most six words, and no heading of another kind.
func speakerLabel(l string) bool {
	letters := 0
	for _, r := range l {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2 && len(strings.Fields(l)) <= 6 && !notSpeakers[l]
}
