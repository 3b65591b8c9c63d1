package quote

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// spans renders the quotations Scan finds as "depth:content" with "+" for
// one continued in the next paragraph, "^" for one that reopens, and "?"
// for one left open.
func render(text string) string {
	var out []string
	for _, s := range Scan(text) {
		f := fmt.Sprintf("%d:%s", s.Depth, text[s.Start:s.End])
		if s.Continued {
			f += "+"
		}
		if s.Reopens {
			f = "^" + f
		}
		if !s.Closed {
			f += "?"
		}
		out = append(out, f)
	}
	return strings.Join(out, " | ")
}

func TestScan(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"curly", `“It is absurd,” the statement said.`, `0:It is absurd,`},
		{"straight", `"We take security seriously," she said.`, `0:We take security seriously,`},
		{"straight pair", `He said "yes" and "no".`, `0:yes | 0:no`},
		{"single curly nested", `“The US talked about ‘arms dealing’, in a foolish attempt.”`,
			`0:The US talked about ‘arms dealing’, in a foolish attempt. | 1:arms dealing`},
		{"apostrophes inside", `“It’s quite symbolic that Korea’s leaders used ‘standing in the same trench,’ which it doesn’t use.”`,
			`0:It’s quite symbolic that Korea’s leaders used ‘standing in the same trench,’ which it doesn’t use. | 1:standing in the same trench,`},
		{"straight single nested", `"They called it 'a disaster' yesterday," he said.`, `0:They called it 'a disaster' yesterday, | 1:a disaster`},
		{"british", `'We will not give up,' she said. 'Never.'`, `0:We will not give up, | 0:Never.`},
		{"guillemets", `Il a dit « non » hier.`, `0:non`},
		{"german", `Er sagte „Nein“ und ging.`, `0:Nein`},
		{"reversed guillemets", `Sie sagte »ja« dazu.`, `0:ja`},
		{"low single", `Er sagte ‚nein‘ dazu.`, `0:nein`},
		{"elision", `Back in the ’90s we'd tell 'em so.`, ``},
		{"inch", `A 12" screen and a 3' board.`, ``},
		{"paragraphs reopen", "“First part of it.\n“Second part,” he said.", `0:First part of it.+? | ^0:Second part,`},
		{"paragraph not reopened", "“Left open.\nNarration follows.", `0:Left open.?`},
		{"blank line reopen", "“First.\n\n“Second.”", `0:First.+? | ^0:Second.`},
		{"soft wrap", "“A quote that wraps\nonto a second line,” she said.", "0:A quote that wraps\nonto a second line,"},
		{"interrupted", `“China has been implementing sanctions,” explained Koo. “In contrast, Russia is sanctioned.”`,
			`0:China has been implementing sanctions, | 0:In contrast, Russia is sanctioned.`},
		{"stray apostrophe open", `'Twas said: "Hello there," he said.`, `0:Hello there,`},
		{"plural possessive", `The workers’ party said “no”.`, `0:no`},
		{"empty", ``, ``},
		{"lone mark", `”`, ``},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := render(tt.text); got != tt.want {
				t.Errorf("Scan(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func checkSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	last := -1
	for _, s := range spans {
		if !(0 <= s.Open && s.Open < s.Start && s.Start <= s.End && s.End <= s.Close && s.Close <= len(text)) {
			t.Fatalf("%q: bad span %+v", text, s)
		}
		if s.Open <= last {
			t.Fatalf("%q: spans out of order at %+v", text, s)
		}
		last = s.Open
		if s.Depth < 0 || s.Depth >= maxDepth {
			t.Fatalf("%q: depth %d", text, s.Depth)
		}
		if r, _ := utf8.DecodeRuneInString(text[s.Open:]); r != s.Mark || kindOf(r) == notMark {
			t.Fatalf("%q: span %+v does not start with its mark", text, s)
		}
	}
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{
		`“It is absurd,” the statement said.`, "“a\n“b ‘c’ d”", `'x' "y" «z» „w“ ‚v‘ »u«`, "\"\"\"''' \r\n\u2029”“",
		"\xff“\xfe”", `Back in the ’90s`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text, Scan(text))
	})
}
