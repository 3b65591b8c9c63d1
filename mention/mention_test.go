package mention

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/testbundle"
)

// annotate parses text with the built-in bundle and finds its mentions.
func annotate(t *testing.T, text, date string) *dyad.Document {
	t.Helper()
	return annotateTitled(t, "", text, date)
}

// annotateTitled is annotate for a document with a title.
func annotateTitled(t *testing.T, title, text, date string) *dyad.Document {
	t.Helper()
	p, dict := testbundle.Pipeline(t), testbundle.Actors(t)
	d := &dyad.Document{Title: title, Text: text, Date: date}
	p.Annotate(d)
	(&Finder{Dict: dict}).Find(d)
	return d
}

// actorsByText maps the text of each of d's mentions to its actor code.
func actorsByText(d *dyad.Document) map[string]string {
	got := map[string]string{}
	for _, m := range d.Mentions {
		got[d.SpanText(m.Span)] = m.Actor
	}
	return got
}

func TestMentions(t *testing.T) {
	d := annotate(t, "Kwon Jong-gun, director general of the North Korean Foreign Ministry, disputed US claims on Sunday. "+
		"Seoul and Washington rejected the statement. Kwon said Russian police were not involved.",
		"2023-01-29")
	type want struct{ text, actor, name string }
	wants := []want{
		{"Kwon Jong-gun, director general of the North Korean Foreign Ministry", "PRKGOV", "Kwon Jong-gun"},
		{"US", "USA", ""},
		{"Seoul", "KOR", ""},
		{"Washington", "USA", ""},
		{"Kwon", "PRKGOV", "Kwon Jong-gun"},
		{"Russian police", "RUSCOP", ""},
	}
	got := map[string]dyad.Mention{}
	for _, m := range d.Mentions {
		got[d.SpanText(m.Span)] = m
	}
	for _, w := range wants {
		m, ok := got[w.text]
		if !ok {
			t.Errorf("no mention %q (have %v)", w.text, keys(got))
			continue
		}
		if m.Actor != w.actor || (w.name != "" && m.Name != w.name) {
			t.Errorf("%q: actor %q name %q, want %q %q", w.text, m.Actor, m.Name, w.actor, w.name)
		}
	}
	if _, ok := got["US claims"]; ok {
		t.Error(`"US claims" is not an actor`)
	}
	if k := got["Kwon"]; k.Antecedent < 0 || d.SpanText(d.Mentions[k.Antecedent].Span) == "Kwon" {
		t.Errorf("Kwon: antecedent %d", k.Antecedent)
	}
}

func TestDefiniteDescriptions(t *testing.T) {
	d := annotate(t, "Koo Kab-woo, a professor at the University of North Korean Studies, spoke on Monday. "+
		"The professor said sanctions had failed.", "2023-01-29")
	for _, m := range d.Mentions {
		if d.SpanText(m.Span) == "The professor" {
			if m.Antecedent < 0 || m.Name != "Koo Kab-woo" || m.Actor != "KOREDU" {
				t.Errorf("the professor: antecedent %d, name %q, actor %q", m.Antecedent, m.Name, m.Actor)
			}
			return
		}
	}
	t.Errorf("no mention of the professor")
}

// wantActors reports each mention text of want that got lacks or codes
// otherwise.
func wantActors(t *testing.T, got, want map[string]string) {
	t.Helper()
	for text, actor := range want {
		if a, ok := got[text]; !ok || a != actor {
			t.Errorf("%q: actor %q (found %v), want %q (mentions %v)", text, a, ok, actor, got)
		}
	}
}

// noMentions reports each piece of a name that got holds as a mention of
// its own.
func noMentions(t *testing.T, got map[string]string, pieces ...string) {
	t.Helper()
	for _, piece := range pieces {
		if a, ok := got[piece]; ok {
			t.Errorf("%q is a mention of its own (%q)", piece, a)
		}
	}
}

func keys(m map[string]dyad.Mention) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// BenchmarkFind measures mention finding and actor resolution over a
// parsed article of about 1,000 words (the seed article, or our own text).
func BenchmarkFind(b *testing.B) {
	p, dict := testbundle.Pipeline(b), testbundle.Actors(b)
	text := strings.Repeat("Kwon Jong-gun, director general of the North Korean Foreign Ministry, disputed US claims on Sunday. "+
		"Seoul and Washington rejected the statement, and Russian police were not involved. ", 35)
	if t, err := os.ReadFile(filepath.Join("..", "..", "shared", "examples", "seed-article.txt")); err == nil {
		text = string(t)
	}
	d := &dyad.Document{Text: text, Date: "2023-01-29"}
	p.Annotate(d)
	f := &Finder{Dict: dict}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f.Find(d)
	}
	b.ReportMetric(float64(len(d.Tokens)), "words")
}

// TestCaseMarkerEdge: a leading adverb attached as a case marker ("over" in
// "handed hardware over to Ukraine") stays out of the phrase, which then
// resolves.
func TestCaseMarkerEdge(t *testing.T) {
	for text, want := range map[string]string{
		"Washington handed military hardware over to Ukraine.":    "Washington=USA Ukraine=UKR",
		"According to the BBC, the talks in Geneva failed.":       "the BBC=GBRMED Geneva=CHE",
		"According to Russian officials, the convoy was stopped.": "Russian officials=RUSGOV",
	} {
		d := annotate(t, text, "2023-01-29")
		var got []string
		for _, m := range d.Mentions {
			got = append(got, d.Text[d.Tokens[m.Start].Start:d.Tokens[m.End-1].End]+"="+m.Actor)
		}
		if strings.Join(got, " ") != want {
			t.Errorf("%q: mentions %q, want %s", text, got, want)
		}
	}
}

// TestTitleNotOwner: a definite description takes the person whose title
// holds its word, not one whose title names it as the owner ("the union's
// regional secretary" is no antecedent of "the union").
func TestTitleNotOwner(t *testing.T) {
	d := annotate(t, "Sarah Jones, the union's regional secretary, spoke on Monday. "+
		"According to the union, 2,000 staff will strike.", "2023-01-29")
	for _, m := range d.Mentions {
		if d.SpanText(m.Span) == "the union" && m.Antecedent >= 0 {
			t.Errorf("the union: antecedent %q", d.SpanText(d.Mentions[m.Antecedent].Span))
		}
	}
}

// TestRejoin: a name the parse split ("South" a conjunct of "States",
// "Korea" a second subject) is one mention again.
func TestRejoin(t *testing.T) {
	d := annotate(t, "The United States and South Korea held joint military drills.", "2023-01-29")
	var got []string
	for _, m := range d.Mentions {
		got = append(got, d.Text[d.Tokens[m.Start].Start:d.Tokens[m.End-1].End]+"="+m.Actor)
	}
	if strings.Join(got, " ") != "The United States=USA South Korea=KOR" {
		t.Errorf("mentions %q", got)
	}
}

// TestPiecesOfNames: a piece of a longer name that alone names another
// country, or nothing, is no mention of its own; a piece naming the same
// country stays one.
func TestPiecesOfNames(t *testing.T) {
	d := annotate(t, "The leaders discussed the Democratic People’s Republic of Korea. "+
		"Papua New Guinea signed a deal. Egypt's foreign minister met reporters.", "2023-06-01")
	got := actorsByText(d)
	wantActors(t, got, map[string]string{
		"the Democratic People’s Republic of Korea": "PRK",
		"Papua New Guinea":                          "PNG",
		"Egypt's":                                   "EGY",
		"Egypt's foreign minister":                  "EGYGOV",
	})
	noMentions(t, got, "Korea", "People’s", "Papua New", "Papua")
}

// TestTitleWordsBesideName: a word of a person's title that the
// recogniser joined to the name ("State Mike Pompeo") is no mention of its
// own, and the name inside the titled phrase repeats it.
func TestTitleWordsBesideName(t *testing.T) {
	d := annotate(t, "Iran condemned US Secretary of State Mike Pompeo on Friday.", "2019-06-01")
	var got []string
	for _, m := range d.Mentions {
		got = append(got, d.SpanText(m.Span)+"="+m.Actor)
	}
	want := []string{"Iran=IRN", "US Secretary of State Mike Pompeo=USAGOV"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("mentions %q, want %q", got, want)
	}
}

// TestTitledSurname: a title before a surname is the person named in full
// before it, when the code agrees with the title.
func TestTitledSurname(t *testing.T) {
	d := annotate(t, "Prime Minister Boris Johnson met the press in London. "+
		"Later, Prime Minister Johnson said the talks would go on.", "2020-03-01")
	found := false
	for _, m := range d.Mentions {
		if d.SpanText(m.Span) == "Prime Minister Johnson" {
			found = true
			if m.Actor != "GBRGOV" || m.Name != "Boris Johnson" || m.Antecedent < 0 {
				t.Errorf("Prime Minister Johnson: actor %q name %q antecedent %d, want GBRGOV, Boris Johnson",
					m.Actor, m.Name, m.Antecedent)
			}
		}
	}
	if !found {
		t.Error("no mention of Prime Minister Johnson")
	}
}

// TestBodyDescription: "the parliament" after "the Ukrainian parliament"
// is Ukraine's; a body named with capitals is a name, not a description.
func TestBodyDescription(t *testing.T) {
	d := annotate(t, "The Ukrainian parliament passed the law on Tuesday. "+
		"The Libertarian Party objected. The parliament also voted to extend martial law.", "2023-03-01")
	got := actorsByText(d)
	if a := got["The parliament"]; a != "UKRLEG" {
		t.Errorf("The parliament: actor %q, want UKRLEG (mentions %v)", a, got)
	}
	if a := got["The Libertarian Party"]; strings.HasPrefix(a, "UKR") {
		t.Errorf("The Libertarian Party: actor %q, want no country", a)
	}
}

// TestCapitalizedTitles: a capitalized definite title takes the person
// who last held it in the text, not another office that ends with its
// word ("The Vice President" is not "President Biden").
func TestCapitalizedTitles(t *testing.T) {
	d := annotate(t, "Vice President Kamala Harris met President Joe Biden and Prime Minister Fumio Kishida of Japan. "+
		"The President thanked the Prime Minister. The Vice President said the talks went well.", "2023-05-01")
	want := map[string]string{"The President": "Joe Biden", "the Prime Minister": "Fumio Kishida", "The Vice President": "Kamala Harris"}
	for _, m := range d.Mentions {
		text := d.SpanText(m.Span)
		if name, ok := want[text]; ok {
			if m.Name != name {
				t.Errorf("%q: name %q, want %q", text, m.Name, name)
			}
			delete(want, text)
		}
	}
	for text := range want {
		t.Errorf("no mention %q", text)
	}
}

// TestTitleSubjectFirst: of two holders of the title, the one that was a
// subject is the one a later "the President" means.
func TestTitleSubjectFirst(t *testing.T) {
	d := annotate(t, "President Joe Biden spoke with President Yoon Suk Yeol of South Korea. "+
		"The President reaffirmed the commitment of the United States.", "2023-05-01")
	for _, m := range d.Mentions {
		if d.SpanText(m.Span) == "The President" && m.Name != "Joe Biden" {
			t.Errorf("The President: %q (%s)", m.Name, m.Actor)
		}
	}
}

// TestStatementAuthor checks that in a statement whose title names its
// author, "I" and "we" outside quotation marks are mentions of the author,
// and that without such a title they are no mentions.
func TestStatementAuthor(t *testing.T) {
	text := `I condemn the attack. We stand with Ukraine. Prime Minister Kishida said, “We agree.”`
	for _, tc := range []struct {
		title string
		want  []string // "TEXT ACTOR" of the first-person mentions
	}{
		{"Statement by President Joe Biden on the Attack", []string{"I USAGOV", "We USAGOV"}},
		{"Readout of a Call", nil},
	} {
		d := annotateTitled(t, tc.title, text, "2023-03-01")
		var got []string
		for _, m := range d.Mentions {
			if s := d.SpanText(m.Span); s == "I" || s == "We" {
				got = append(got, s+" "+m.Actor)
			}
		}
		if strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("%q: first-person mentions %q, want %q", tc.title, got, tc.want)
		}
	}
}

// TestHonorificSurname: "Mr. Finer" is the Jon Finer named before; a name
// does not run on from the line above it.
func TestHonorificSurname(t *testing.T) {
	d := annotate(t, "Deputy National Security Advisor Jon Finer spoke to reporters on Monday. "+
		"Mr. Finer said the talks went well.\n\nGeneva Office\n\nMaría L. Pagán served as counsel.", "2022-03-01")
	got := map[string]dyad.Mention{}
	for _, m := range d.Mentions {
		got[d.SpanText(m.Span)] = m
	}
	if m := got["Mr. Finer"]; m.Actor != "USAGOV" || m.Name != "Jon Finer" || m.Antecedent < 0 {
		t.Errorf("Mr. Finer: %+v", m)
	}
	for _, m := range d.Mentions {
		if strings.Contains(m.Name, "\n") {
			t.Errorf("name over a line break: %q", m.Name)
		}
	}
}

// TestTranscriptSpeaker: in a transcript, a speaker's "we" outside
// quotation marks is that speaker, coded as the dictionary knows them; a
// reporter's turn is nobody's.
func TestTranscriptSpeaker(t *testing.T) {
	d := annotate(t, "MS. PSAKI: Good afternoon. We will continue to support Ukraine.\n\n"+
		"Q: Will we see sanctions?\n\nMS. PSAKI: We will see.", "2022-03-01")
	var got []string
	for _, m := range d.Mentions {
		if w := d.SpanText(m.Span); w == "We" || w == "we" {
			got = append(got, w+"="+m.Actor)
		}
	}
	if strings.Join(got, " ") != "We=USAGOV We=USAGOV" {
		t.Errorf("first-person mentions %q", got)
	}
	for _, m := range d.Mentions {
		if strings.Contains(d.SpanText(m.Span), ":") {
			t.Errorf("mention over a label's colon: %q", d.SpanText(m.Span))
		}
	}
}

// TestTranscriptTitleSpeaker: "THE PRESIDENT:" is the president the
// document's title names, wherever the title names them and whatever
// follows the name.
func TestTranscriptTitleSpeaker(t *testing.T) {
	for _, tc := range []struct{ title, text, want string }{
		{"Remarks by President Biden and Vice President Harris in a Meeting",
			"THE PRESIDENT: We will stand with Ukraine.\n\nTHE VICE PRESIDENT: We agree.",
			"Joe Biden=USAGOV Kamala Harris=USAGOV"},
		{"Remarks by President Biden Addressing Service Members and their Families",
			"THE PRESIDENT: We will stand with you.", "Joe Biden=USAGOV"},
		{"Interview of President Biden and Jill Biden by a Reporter",
			"THE PRESIDENT: We will stand with you.", "Joe Biden=USAGOV"},
	} {
		d := annotateTitled(t, tc.title, tc.text, "2022-03-01")
		var got []string
		for _, m := range d.Mentions {
			if d.SpanText(m.Span) == "We" {
				got = append(got, m.Name+"="+m.Actor)
			}
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: first-person mentions %q, want %q", tc.title, got, tc.want)
		}
	}
}

// TestOwnBodies checks that the speaker's "our troops" and "my
// administration" are of the speaker's country, outside quotations only.
func TestOwnBodies(t *testing.T) {
	d := annotateTitled(t, "Statement by President Joe Biden on the Attack",
		`Our troops acted with courage, and my administration will support them. `+
			`Prime Minister Kishida said, “Our troops are ready.”`, "2023-03-01")
	var got []string
	for _, m := range d.Mentions {
		if s := d.SpanText(m.Span); s == "Our troops" || s == "my administration" {
			got = append(got, s+" "+m.Actor)
		}
	}
	// the troops of Kishida's quotation are not the author's
	if want := "Our troops USAMIL,my administration USAGOV,Our troops MIL"; strings.Join(got, ",") != want {
		t.Errorf("owned bodies %q, want %q", got, want)
	}
}

// TestNamesAcrossConnectors checks that a name the parse cuts at "and" or
// "for" is one mention, and that the words after it that name another
// actor are not taken into it.
func TestNamesAcrossConnectors(t *testing.T) {
	d := annotate(t, "The Department of Health and Human Services and the Centers for Disease Control and Prevention "+
		"met officials of the United States Agency for International Development. "+
		"The Assistant Secretary of State for European and Eurasian Affairs spoke.", "2022-03-01")
	got := actorsByText(d)
	wantActors(t, got, map[string]string{
		"The Department of Health and Human Services":                         "USAGOVHLH",
		"the Centers for Disease Control and Prevention":                      "USAGOVHLH",
		"officials of the United States Agency for International Development": "USAGOV",
	})
	noMentions(t, got, "Human Services", "Disease Control", "Prevention", "International Development")
	for text, code := range got {
		if strings.HasPrefix(text, "The Assistant Secretary") && strings.HasPrefix(code, "EUR") {
			t.Errorf("%q: %q; the office's topic is no affiliation", text, code)
		}
	}
}

// TestCoreferenceOfShortNames checks the short forms of earlier names: a
// description with its own complement is not any holder of its head word,
// and a name that goes on differently is not an earlier one's short form.
func TestCoreferenceOfShortNames(t *testing.T) {
	d := annotate(t, "Secretary of Defense Lloyd Austin met the Department of Housing and Urban Development. "+
		"The Secretary of Labor joined them. The Department of Social Sciences at Yale hosted them.", "2022-03-01")
	got := actorsByText(d)
	if c := got["The Secretary of Labor"]; strings.HasSuffix(c, "MIL") {
		t.Errorf("the Secretary of Labor: %q, not the Secretary of Defense's code", c)
	}
	if c := got["The Department of Social Sciences"]; c == "USAGOV" {
		t.Errorf("the Department of Social Sciences: %q, not the housing department's code", c)
	}
}

// TestPiecesBehindOtherMentions checks that pieces of a name are dropped
// even when a mention of the same sentence stands between them and the
// name in the order mentions are found, and a determiner before a piece
// does not keep it.
func TestPiecesBehindOtherMentions(t *testing.T) {
	d := annotate(t, "The People’s Republic of China’s Ministry of Foreign Affairs said so.", "2022-03-01")
	noMentions(t, actorsByText(d), "The People’s", "Foreign Affairs")
}

// TestBodiesAfterPeople checks that a definite description of a body
// takes the country of a person whose title names it, not the person's
// code, and that the last word of an organization's name is no name of
// it.
func TestBodiesAfterPeople(t *testing.T) {
	d := annotate(t, "John Paul Stevens, a former US Supreme Court justice, died on Tuesday. "+
		"The Supreme Court said he served for 35 years. "+
		"The European Court of Justice ruled on Monday. Justice was served, critics said.", "2019-07-17")
	got := actorsByText(d)
	wantActors(t, got, map[string]string{"The Supreme Court": "USAJUD"})
	if c, ok := got["Justice"]; ok && c != "" {
		t.Errorf("Justice: %q, not the European Court of Justice's code", c)
	}
}

// TestKnownNamesRepeatThemselves checks that a name the dictionary knows
// is not taken for another person or body that shares its last word.
func TestKnownNamesRepeatThemselves(t *testing.T) {
	d := annotate(t, "Republicans questioned Hunter Biden's business dealings. "+
		"Biden called Trump a national embarrassment. "+
		"Conservative Party leader Boris Johnson won. The Scottish National Party gained 13 seats.", "2020-09-30")
	for _, m := range d.Mentions {
		text := d.SpanText(m.Span)
		if m.Antecedent < 0 || (text != "Biden" && text != "The Scottish National Party") {
			continue
		}
		if a := d.SpanText(d.Mentions[m.Antecedent].Span); a != text {
			t.Errorf("%q refers back to %q", text, a)
		}
	}
}
