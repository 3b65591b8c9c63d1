package event

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/testbundle"
	"github.com/dyadproject/dyad/mention"
	"github.com/dyadproject/dyad/nlp"
)

type pipeline struct {
	nlp   *nlp.Pipeline
	find  *mention.Finder
	coder *Coder
}

func newPipeline(t *testing.T) *pipeline {
	t.Helper()
	p, actors := testbundle.Pipeline(t), testbundle.Actors(t)
	d := New()
	if err := d.AddFile("testdata/verbs.txt"); err != nil {
		t.Fatal(err)
	}
	return &pipeline{p, &mention.Finder{Dict: actors}, &Coder{Dict: d}}
}

// events codes text and returns "SOURCE CODE TARGET" per event, with
// " neg" and " reported" flags.
func (p *pipeline) events(text string) []string {
	d := &dyad.Document{Text: text, Date: "2023-01-29"}
	p.nlp.Annotate(d)
	p.find.Find(d)
	p.coder.Code(d)
	var out []string
	for _, e := range d.Events {
		tgt := "-"
		if e.Target >= 0 {
			tgt = d.Mentions[e.Target].Actor
		}
		s := d.Mentions[e.Source].Actor + " " + e.Code.String() + " " + tgt
		if e.Negated {
			s += " neg"
		}
		if e.Reported {
			s += " reported"
		}
		out = append(out, s)
	}
	return out
}

func TestConstructions(t *testing.T) {
	p := newPipeline(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"active", "North Korea condemned the United States.", []string{"PRK 111 USA"}},
		{"passive", "Ukraine was attacked by Russia on Monday.", []string{"RUS 190 UKR"}},
		{"coordinated subjects", "Russia and China condemned Japan.", []string{"RUS 111 JPN", "CHN 111 JPN"}},
		{"coordinated targets", "Iran condemned Israel and the United States.", []string{"IRN 111 ISR", "IRN 111 USA"}},
		{"two actors with no target act on each other", "Russia and China held talks.", []string{"RUS 046 CHN", "CHN 046 RUS"}},
		{"actors acting alike with no target act on nobody", "Australia, Canada, Finland and Japan have all pledged their support.", nil},
		{"two actors acting alike", "France and Germany pledged their support.", nil},
		{"two actors fighting with no target fight each other", "Russia and Belarus fought.", []string{"RUS 190 BLR", "BLR 190 RUS"}},
		{"coordinated agents of a passive act on its subject, not on each other", "We were struck by Russia and Belarus.", nil},
		{"coordinated subjects acting on a pronoun", "Russia and Belarus struck us.", nil},
		{"a long list of actors with no target, meeting", "Australia, Canada, Finland and Japan held talks.", []string{
			"AUS 046 CAN", "AUS 046 FIN", "AUS 046 JPN", "CAN 046 AUS", "CAN 046 FIN", "CAN 046 JPN",
			"FIN 046 AUS", "FIN 046 CAN", "FIN 046 JPN", "JPN 046 AUS", "JPN 046 CAN", "JPN 046 FIN"}},
		{"a target in a phrase of the verb's phrase", "France stands in solidarity with Ukraine.", []string{"FRA 051 UKR"}},
		{"the other party of a relation is not the verb's", "France stood in the war with Russia.", nil},
		{"negation", "Russia did not attack Ukraine.", []string{"RUS 190 UKR neg"}},
		{"intent", "The United States plans to provide tanks to Ukraine.", []string{"USA 0332 UKR"}},
		{"intent noun, announced", "The United States announced plans to provide tanks to Ukraine.", []string{"USA 0332 UKR"}},
		{"intent noun, possessor", "Germany's pledge to provide tanks to Ukraine was welcomed.", []string{"DEU 0332 UKR"}},
		{"intent noun, nobody's", "Analysts doubted plans to provide tanks to Ukraine.", nil},
		{"swap: the giver acts", "Egypt received aid from Saudi Arabia.", []string{"SAU 070 EGY"}},
		{"threat", "North Korea threatened to attack South Korea.", []string{"PRK 138 KOR"}},
		{"conditional", "If Russia attacks Ukraine, Germany will respond.", nil},
		{"counterfactual", "Had Russia not attacked Ukraine, the war would not have started.", nil},
		{"reported speech", "Seoul said that North Korea attacked Japan.", []string{"PRK 190 JPN reported"}},
		{"noun trigger", "Germany condemned Russia's attack on Ukraine.", []string{"DEU 111 RUS", "RUS 190 UKR"}},
		{"no pattern, no event", "Russia and Ukraine exchanged prisoners.", nil},
		{"no target, no event", "North Korea condemned the decision.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := p.events(tt.text)
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("%q\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestDictionaryErrors(t *testing.T) {
	in := "111 condemn target:obj\n999 nosuch\n111\n112 accuse target:nowhere\n@intent x 033\n042 visit obj=\n"
	d := New()
	err := d.Add(strings.NewReader(in), "bad.txt")
	el, ok := err.(ErrorList)
	if !ok || len(el) != 5 {
		t.Fatalf("got %v, want 5 errors", err)
	}
	for i, line := range []int{2, 3, 4, 5, 6} {
		if el[i].Line != line || el[i].File != "bad.txt" {
			t.Errorf("error %d: %v, want line %d", i, el[i], line)
		}
	}
	if d.Size() != 1 {
		t.Errorf("%d entries loaded, want the 1 good one", d.Size())
	}
}

func FuzzAdd(f *testing.F) {
	f.Add("111 condemn target:obj\n@intent 07 033\n")
	f.Add("190 n:attack target:on obj=-\n")
	f.Fuzz(func(t *testing.T, in string) {
		d := New()
		_ = d.Add(strings.NewReader(in), "fuzz")
	})
}

func TestDefaultDictionaryCoding(t *testing.T) {
	p := newPipeline(t)
	verbs, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	p.coder = &Coder{Dict: verbs}
	tests := []struct {
		text string
		want string // "SOURCE CODE-PREFIX TARGET", or "" for no event
	}{
		{"Russia shelled Kyiv on Tuesday.", "RUS 19 UKR"},
		{"Lithuania cut ties with China.", "LTU 16 CHN"},
		{"The European Union imposed sanctions on Russia.", "IGOEUREEC 163 RUS"},
		{"The United States will provide tanks to Ukraine.", "USA 0332 UKR"},
		{"Turkey called on Sweden to extradite the suspects.", "TUR 0 SWE"},
		{"North Korea accused the United States of provocations.", "PRK 112 USA"},
		{"Iran called the United States a liar.", "IRN 111 USA"},
		{"Seoul called Washington a friend.", "KOR 051 USA"},
		{"Moscow called Beijing on Monday.", "RUS 041 CHN"},
		{"Biden attacked Trump for his handling of the pandemic.", "USAGOV 111 USAELI"},
		{"Russia attacked Ukraine for the third day.", "RUS 19 UKR"},
	}
	for _, tt := range tests {
		got := p.events(tt.text)
		want := strings.Fields(tt.want)
		found := false
		for _, g := range got {
			f := strings.Fields(g)
			if f[0] == want[0] && strings.HasPrefix(f[1], want[1]) && f[2] == want[2] {
				found = true
			}
			if strings.HasPrefix(tt.text, "Turkey") && f[0] == "SWE" {
				t.Errorf("%q: the extradition asked for was coded as done: %q", tt.text, got)
			}
		}
		if !found {
			t.Errorf("%q: no event like %q in %q", tt.text, tt.want, got)
		}
	}
}

// BenchmarkCode measures event coding alone (parse and mentions done), in
// sentences per second.
func BenchmarkCode(b *testing.B) {
	p, actors := testbundle.Pipeline(b), testbundle.Actors(b)
	verbs, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("Russia shelled Kyiv on Tuesday. The European Union imposed sanctions on Russia. "+
		"North Korea accused the United States of provocations. Turkey called on Sweden to extradite the suspects. ", 10)
	if t, err := os.ReadFile(filepath.Join("..", "..", "shared", "examples", "seed-article.txt")); err == nil {
		text = string(t)
	}
	d := &dyad.Document{Text: text, Date: "2023-01-29"}
	p.Annotate(d)
	(&mention.Finder{Dict: actors}).Find(d)
	c := &Coder{Dict: verbs}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.Code(d)
	}
	b.ReportMetric(float64(len(d.Sentences)*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

func TestPronounSubjects(t *testing.T) {
	p := newPipeline(t)
	tests := []struct {
		text string
		want []string
	}{
		{"Russia massed troops on the border. It attacked Ukraine on Monday.", []string{"RUS 190 UKR"}},
		{"Kim Jong Un inspected a missile base. He condemned South Korea.", []string{"PRKGOV 111 KOR"}},
		{"The weather was bad in the capital. They condemned Japan.", nil}, // no actor named as a subject before
	}
	for _, tt := range tests {
		if got := p.events(tt.text); strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("%q\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestOwnCountry(t *testing.T) {
	for _, tc := range []struct {
		source, target string
		want           bool
	}{
		{"USAGOV", "USAGOV", false}, {"USAGOV", "USA", true}, {"JPNGOV", "JPN", true},
		{"USAGOV", "USAOPP", false}, {"USAGOV", "RUS", false}, {"USA", "USAGOV", false}, {"USA", "RUS", false},
	} {
		if got := ownCountry(tc.source, tc.target); got != tc.want {
			t.Errorf("ownCountry(%q, %q) = %v", tc.source, tc.target, got)
		}
	}
}
