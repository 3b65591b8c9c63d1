package quote

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// brief renders a quotation as "kind|speaker|cue|text", the text cut at 40
// bytes.
func brief(q Quote) string {
	text := []rune(q.Text)
	if len(text) > 40 {
		text = text[:40]
	}
	return fmt.Sprintf("%s|%s|%s|%s", q.Kind, q.Speaker, q.Cue, string(text))
}

func briefs(qs []Quote) []string {
	var out []string
	for _, q := range qs {
		out = append(out, brief(q))
	}
	return out
}

func TestConstructions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"said X, inverted",
			`"We will not give up," said Maria Lopez, the party's leader.`,
			[]string{"direct|Maria Lopez|said|We will not give up,"}},
		{"X said, colon",
			`Maria Lopez said: "We will not give up."`,
			[]string{"direct|Maria Lopez|said|We will not give up."}},
		{"interrupted by the attribution",
			"Maria Lopez spoke to reporters on Monday.\n“We will not give up,” she said. “Nobody can stop us now.”",
			[]string{"direct|Maria Lopez|said|We will not give up,", "direct|Maria Lopez|said|Nobody can stop us now."}},
		{"question, attribution as its own sentence",
			`"Why should we trust them now?" Whitfield asked.`,
			[]string{"direct|Whitfield|asked|Why should we trust them now?"}},
		{"went on to say",
			"Kwon Jong-gun criticised Washington.\nKwon went on to say, “The US again talked about the groundless rumor.”",
			[]string{"direct|Kwon Jong-gun|went on to say|The US again talked about the groundless"}},
		{"nested single quotes",
			"“The US again talked about the rumor of ‘arms dealing’, in a foolish attempt,” the minister said.",
			[]string{"direct|the minister|said|The US again talked about the rumor of ‘"}},
		{"guillemets",
			`«We will not give up,» the minister said.`,
			[]string{"direct|the minister|said|We will not give up,"}},
		{"low-high marks",
			`„We will not give up,“ the minister said.`,
			[]string{"direct|the minister|said|We will not give up,"}},
		{"british single marks",
			`'Patients will always come first,' a spokesman for the trust said.`,
			[]string{"direct|a spokesman|said|Patients will always come first,"}},
		{"according to, before",
			`According to the ministry, the talks will resume next week.`,
			[]string{"indirect|the ministry|According to|the talks will resume next week"}},
		{"according to, after a quotation",
			`"The talks will resume next week," according to a ministry spokesman.`,
			[]string{"direct|a ministry spokesman|according to|The talks will resume next week,"}},
		{"indirect with that",
			`The minister claimed that the border was secure.`,
			[]string{"indirect|the minister|claimed|the border was secure"}},
		{"indirect without that",
			`Officials said the missile landed in the sea on Tuesday.`,
			[]string{"indirect|Officials|said|the missile landed in the sea on Tuesday"}},
		{"clause before the attribution",
			`Nurses at three hospitals will strike next week, their union said on Monday.`,
			[]string{"indirect|their union|said|Nurses at three hospitals will strike ne"}},
		{"mixed",
			`Koo also suggested that North Korea "may have drawn a lesson from the reality facing Ukraine."`,
			[]string{`mixed|Koo|suggested|North Korea "may have drawn a lesson fro`}},
		{"quoted as saying",
			`Yonhap quoted a South Korean official as saying that Seoul would study the report.`,
			[]string{"indirect|a South Korean official|saying|Seoul would study the report"}},
		{"called, a quoted phrase",
			`Senator John Whitfield called the deal "a step in the right direction".`,
			[]string{"direct|John Whitfield|called|a step in the right direction"}},
		{"scare quotes are no quotations",
			`Pyongyang is advancing its relationship with Moscow as part of an "equidistant diplomacy" strategy.`,
			nil},
		{"a title is no quotation",
			`The exhibition "Andy Warhol: Photographs and Prints" opened on Friday.`,
			nil},
		{"dash attribution",
			`"So far, it's the Internet: 1, Scientology: 0. But it's a long game." - Matthew Ingram`,
			[]string{"direct|Matthew Ingram|-|So far, it's the Internet: 1, Scientolog"}},
		{"negated report is none",
			`The minister did not say that the border was closed.`,
			nil},
		{"passive without a speaker is none",
			`It was reported that the border was closed.`,
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := annotate(t, tt.text)
			got := briefs(Extract(d))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestSpeakers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // speaker of each quotation
	}{
		{"pronoun with gender from the text",
			"Kim Yo-jong issued her own statement on Friday.\n“The US is crossing the red line,” she said.",
			[]string{"Kim Yo-jong"}},
		{"she skips a man",
			"Kim Yo-jong issued her own statement on Friday. Kwon Jong-gun spoke later.\n“The US is crossing the red line,” she said.",
			[]string{"Kim Yo-jong"}},
		{"singular they for an unnamed source",
			"A former official said, “It is quite symbolic.”\n“This is an even clearer statement,” they added.",
			[]string{"a former official", "a former official"}},
		{"definite description",
			"Koo Kab-woo, a professor at the University of North Korean Studies, spoke on Monday.\n“Russia is being sanctioned,” the professor said.",
			[]string{"Koo Kab-woo"}},
		{"the statement speaks for its author",
			"A statement issued by the ministry and credited to Kwon Jong-gun was published on Sunday.\n“The authors repeat rumours,” the statement said.",
			[]string{"Kwon Jong-gun"}},
		{"surname only",
			"Councilman David Ruiz disagreed.\n“The city is borrowing against its future,” Ruiz added.",
			[]string{"David Ruiz"}},
		{"turn goes on in the next paragraph",
			"Mayor Ellen Park told council members, “This budget keeps every library open.\n“We made hard choices.”",
			[]string{"Ellen Park", "Ellen Park"}},
		{"a name with no verb before a colon",
			"The mayors praised the plan.\n\nCleveland, OH Mayor Justin Bibb: “The past two years have proven the plan works.”\n\nPennsylvania Congressman Brendan Boyle: “This is great.”",
			[]string{"Justin Bibb", "Brendan Boyle"}},
		{"first person in a transcript turn",
			"Press Briefing by Press Secretary Jen Psaki\n\nMS. PSAKI: Good afternoon. I would say that we have been looking at new sites.\n\nQ: I think the report says otherwise.\n\nMS. PSAKI: I think the report is wrong.",
			[]string{"Jen Psaki", "I", "Jen Psaki"}},
		{"a title label is left to the document's title, not taken for someone named before",
			"Q Will you talk with the Chinese President?\n\nTHE PRESIDENT: I think our talks are productive.\n\nQ Are you hopeful?\n\nTHE PRESIDENT: Look, I think the war will go on.",
			[]string{"I", "I"}},
		{"a title coordinated with the name",
			"Conservative Party leader and Prime Minister Boris Johnson said he was humbled by the results.",
			[]string{"Boris Johnson"}},
		{"title in apposition after a comma",
			"The city's finance director, Ana Costa, insisted that the plan was balanced.",
			[]string{"Ana Costa"}},
		{"pronoun inside a quotation is no antecedent",
			"Maria Lopez met the press.\n“Putin and Biden must talk,” she said.",
			[]string{"Maria Lopez"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := annotate(t, tt.text)
			var got []string
			for _, q := range Extract(d) {
				got = append(got, q.Speaker)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestTitleOrg checks what the text says of speakers.
func TestTitleOrg(t *testing.T) {
	tests := []struct{ text, speaker, title, org string }{
		{`“It is over,” said Kwon Jong-gun, director general of the North Korean Foreign Ministry’s department of US affairs.`,
			"Kwon Jong-gun", "director general", "North Korean Foreign Ministry"},
		{`“It is over,” explained Koo Kab-woo, a professor at the University of North Korean Studies.`,
			"Koo Kab-woo", "professor", "University of North Korean Studies"},
		{`NASA Administrator Charles Bolden said, “We want to thank all of the locations.”`,
			"Charles Bolden", "Administrator", "NASA"},
		{`“We have no choice,” said Sarah Jones, the union's regional secretary.`,
			"Sarah Jones", "regional secretary", "union"},
	}
	for _, tt := range tests {
		d := annotate(t, tt.text)
		qs := Extract(d)
		if len(qs) != 1 {
			t.Errorf("%s: %d quotations %q", tt.text, len(qs), briefs(qs))
			continue
		}
		q := qs[0]
		if q.Speaker != tt.speaker || q.SpeakerTitle != tt.title || q.SpeakerOrg != tt.org {
			t.Errorf("%s\n got %q / %q / %q\nwant %q / %q / %q", tt.text, q.Speaker, q.SpeakerTitle, q.SpeakerOrg,
				tt.speaker, tt.title, tt.org)
		}
	}
}

// TestTitleBeforeCutName checks that a speaker whose name the parse cut
// from its title ("Delaware Congresswoman Lisa | Blunt Rochester") takes
// the title's code.
func TestTitleBeforeCutName(t *testing.T) {
	d := annotate(t, "Statement, 3/1/22\n\nDelaware Congresswoman Lisa Blunt Rochester: “This is a historic day for our state.”")
	qs := Extract(d)
	if len(qs) != 1 || qs[0].SpeakerActor != "USALEG" {
		t.Errorf("quotations %q, want one spoken by USALEG", briefs(qs))
	}
}

// TestOffsets checks every quotation's offsets against its text.
func TestOffsets(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := annotate(t, string(b))
		for _, q := range Extract(d) {
			if q.Start < 0 || q.End > len(d.Text) || q.Start >= q.End || d.Text[q.Start:q.End] != q.Text {
				t.Errorf("%s: bad content offsets %+v", f, q)
			}
			if q.Cue != "" && d.Text[q.CueStart:q.CueEnd] != q.Cue {
				t.Errorf("%s: bad cue offsets %+v", f, q)
			}
			if q.Speaker != "" && (q.SpeakerStart < 0 || q.SpeakerEnd > len(d.Text) || q.SpeakerStart >= q.SpeakerEnd) {
				t.Errorf("%s: bad speaker offsets %+v", f, q)
			}
			if q.SpeakerMention >= len(d.Mentions) {
				t.Errorf("%s: bad speaker mention %+v", f, q)
			}
		}
	}
}

// TestArticles runs whole articles written in different styles against
// golden files (go test -update rewrites them).
func TestArticles(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d := annotate(t, string(b))
			var lines []string
			for _, q := range Extract(d) {
				lines = append(lines, fmt.Sprintf("%s | %s | %s | %s | %s | %s | %q", q.Kind, q.Speaker, q.SpeakerTitle,
					q.SpeakerOrg, q.SpeakerActor, q.Cue, q.Text))
			}
			got := strings.Join(lines, "\n") + "\n"
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s:\n%s", f, golden, got)
			}
		})
	}
}

// TestMalformed checks that documents the pipeline did not make never
// make Extract fail.
func TestMalformed(t *testing.T) {
	docs := []*dyad.Document{
		nil,
		{},
		{Text: "“Hello,” she said.", Tokens: []dyad.Token{{Start: 0, End: 3, Head: -1}, {Start: 3, End: 8, Head: 7},
			{Start: 8, End: 9, Head: -5}}},
		{Text: "x", Tokens: []dyad.Token{{Start: 0, End: 5}}},
		{Text: "“a” b", Tokens: []dyad.Token{{Start: 0, End: 3, Head: -1}, {Start: 3, End: 4, Head: 0}, {Start: 4, End: 7, Head: 1}},
			Mentions: []dyad.Mention{{Span: dyad.Span{Start: 1, End: 2}, Head: 1, Antecedent: 5}}},
	}
	for _, d := range docs {
		_ = Extract(d)
	}
}

func BenchmarkExtract(b *testing.B) {
	path := seedPath()
	if path == "" {
		b.Skip("no seed article")
	}
	text, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	d := annotate(b, string(text))
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(d)
	}
}
