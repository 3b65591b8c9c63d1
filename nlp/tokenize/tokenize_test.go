package tokenize

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// tokCase is one table test. want lists the tokens separated by spaces
// and the sentences separated by " || ". The expected offset of each token
// is where its text starts after the previous token, skipping only white
// space, so a token found anywhere else fails the test.
type tokCase struct {
	name  string
	in    string
	want  string
	paras []int // Paragraph of each sentence, if checked
}

var tokCases = []tokCase{
	// Clitics and possessives.
	{"possessive", "Russia's army and Russia’s navy", "Russia 's army and Russia ’s navy", nil},
	{"plural possessive", "The parents' rights, the Joneses’ house", "The parents ' rights , the Joneses ’ house", nil},
	{"n't", "I don't know, she can't and they won't.", "I do n't know , she ca n't and they wo n't .", nil},
	{"n't curly and caps", "Don’t, DON'T, isn't, ain't", "Do n’t , DO N'T , is n't , ai n't", nil},
	{"clitics", "I'm sure they're here; we've said she'll go and I'd stay.",
		"I 'm sure they 're here ; we 've said she 'll go and I 'd stay .", nil},
	{"gonna wanna cannot", "We're gonna win, I wanna go, you cannot stop us.",
		"We 're gon na win , I wan na go , you can not stop us .", nil},
	{"inner apostrophe", "O'Brien's rock'n'roll band played in Côte d'Ivoire.",
		"O'Brien 's rock'n'roll band played in Côte d'Ivoire .", nil},
	{"without apostrophe", "i dont know why u cant", "i do nt know why u ca nt", nil},
	{"names not contractions", "Im Jung-hee met Jony Ive", "Im Jung-hee met Jony Ive", nil},
	{"decades and 'em", "Back in the '90s we beat 'em; the ’80s too.", "Back in the '90s we beat 'em ; the ’80s too .", nil},

	// Quotation marks and brackets.
	{"curly quotes", "“We will stand,” she said.", "“ We will stand , ” she said .", nil},
	{"straight quotes", `He said "no" and 'yes'.`, `He said " no " and ' yes ' .`, nil},
	{"other quotes", "«Oui» „Ja“ ‚ja‘ ‹non›", "« Oui » „ Ja “ ‚ ja ‘ ‹ non ›", nil},
	{"brackets", "(AP) [sic] {x}", "( AP ) [ sic ] { x }", nil},

	// Dashes and ellipses.
	{"em dash", "The war—and its cost—ended.", "The war — and its cost — ended .", nil},
	{"en dash and --", "Pages 3–4 -- or more", "Pages 3 – 4 -- or more", nil},
	{"ellipsis", "Well... maybe… not", "Well ... maybe … not", nil},

	// Abbreviations and initials.
	{"abbreviations", "Gen. Smith, Sen. Jones, Lt. Col. Brown and Dr. Who met Mr. and Mrs. Lee.",
		"Gen. Smith , Sen. Jones , Lt. Col. Brown and Dr. Who met Mr. and Mrs. Lee .", nil},
	{"dotted abbreviations", "The U.S. and U.N. agreed, e.g. on trade, i.e. tariffs, at 5 p.m. on Dec. 5.",
		"The U.S. and U.N. agreed , e.g. on trade , i.e. tariffs , at 5 p.m. on Dec. 5 .", nil},
	{"companies", "Apple Inc. and Acme Corp. vs. Foo Co. Ltd. of Sacramento, Calif., said",
		"Apple Inc. and Acme Corp. vs. Foo Co. Ltd. of Sacramento , Calif. , said", nil},
	{"No. before number", "No. 5 was chosen. He said no. Then", "No. 5 was chosen . || He said no . || Then", nil},
	{"initials", "J. R. R. Tolkien met Kim J. Smith.", "J. R. R. Tolkien met Kim J. Smith .", nil},
	{"U.S.-led", "the U.S.-led coalition", "the U.S. - led coalition", nil},

	// Numbers.
	{"numbers", "1,000 people paid $100 or 3.5% on 2021-05-03 at 10:30 in the 1990s for the 21st time",
		"1,000 people paid $ 100 or 3.5 % on 2021-05-03 at 10:30 in the 1990s for the 21st time", nil},
	{"currency and units", "€5bn, £20, $1.5 million, 5pm, 35mm", "€ 5 bn , £ 20 , $ 1.5 million , 5 pm , 35 mm", nil},
	{"ranges and phones", "3-4 games in 2003-2007; call 555-1234", "3 - 4 games in 2003 - 2007 ; call 555-1234", nil},
	{"dates with slashes", "on 11/28/2000 and 9/11, 1/2 of them", "on 11/28/2000 and 9/11 , 1 / 2 of them", nil},

	// URLs and e-mail.
	{"url", "See https://example.com/a/b?c=d&e=f. Then", "See https://example.com/a/b?c=d&e=f . || Then", nil},
	{"www in brackets", "(www.reuters.com)", "( www.reuters.com )", nil},
	{"email", "Write to jane.doe@example.org, please.", "Write to jane.doe@example.org , please .", nil},

	// Hyphens (EWT v2.15 splits all but a closed list of prefixes).
	{"given names stay whole after a family name", "Koo Kab-woo and Moon Jae-in met the Russia-friendly and US-led states, Soviet-era tanks.",
		"Koo Kab-woo and Moon Jae-in met the Russia - friendly and US - led states , Soviet - era tanks .", nil},
	{"hyphen names", "Al-Zaman reported that Kim Yo-jong spoke.", "Al - Zaman reported that Kim Yo-jong spoke .", nil},
	{"hyphen compounds", "a 15-year-old self-made man", "a 15 - year - old self - made man", nil},
	{"kept prefixes", "e-mail co-workers about non-profit pre-war re-election in mid-2004",
		"e-mail co-workers about non-profit pre-war re-election in mid-2004", nil},
	{"slash", "and/or w/ friends", "and / or w/ friends", nil},

	{"handles and files", "@Reuters #Brexit report.doc (file.pdf) +44 20", "@Reuters #Brexit report.doc ( file.pdf ) +44 20", nil},
	{"arrows", "A -> B <= C", "A -> B <= C", nil},

	// Other punctuation.
	{"emoticons", "Great :) see you :-(", "Great :) see you :-(", nil},
	{"punctuation runs", "What?! No!!! Really?", "What ?! || No !!! || Really ?", nil},

	// Sentences.
	{"closing quote ends sentence", "“We will stand.” She said so.", "“ We will stand . ” || She said so .", nil},
	{"quote then lower case", "“Why?” he asked. “Because.”", "“ Why ? ” he asked . || “ Because . ”", nil},
	{"comma quote", "“It is the state,” she said. Then she left.",
		"“ It is the state , ” she said . || Then she left .", nil},
	{"bracket after period", "It rose (again.) Then it fell.", "It rose ( again . ) || Then it fell .", nil},
	{"abbreviation ends sentence", "He moved to the U.S. The move was hard.",
		"He moved to the U.S . || The move was hard .", nil},
	{"abbreviation before name", "He moved to the U.S. Army base.", "He moved to the U.S. Army base .", nil},
	{"etc. ends sentence", "apples, pears, etc. Others came.", "apples , pears , etc . || Others came .", nil},
	{"abbreviation at end of text", "She works for Acme Inc.", "She works for Acme Inc .", nil},
	{"number starts sentence", "Sales fell in 2010. 2011 was better.", "Sales fell in 2010 . || 2011 was better .", nil},
	{"no space no split", "end.Next", "end.Next", nil},
	{"lower case after period", "It ended. then it began", "It ended . || then it began", nil},
	{"ellipsis then lower case", "It ended... then it began", "It ended ... then it began", nil},

	// Paragraphs and lines.
	{"blank line", "First one.\n\n  \nSecond one", "First one . || Second one", []int{0, 1}},
	{"single newline", "Headline Here\nWASHINGTON (Reuters) - It rained.", "Headline Here || WASHINGTON ( Reuters ) - It rained .", []int{0, 1}},
	{"soft wrap", "It was a long\nline that wraps.\nNext.", "It was a long line that wraps . || Next .", []int{0, 1}},
	{"title at line end", "said Mr.\nSmith today", "said Mr. Smith today", []int{0}},
	{"bullets", "Points:\n- one\n* two\n• three\n1. four\n2) five",
		"Points : || - one || * two || • three || 1. four || 2 ) five", []int{0, 1, 2, 3, 4, 5}},
	{"crlf", "One.\r\nTwo.\r\n\r\nThree.", "One . || Two . || Three .", []int{0, 1, 2}},
}

func TestTokenize(t *testing.T) {
	for _, c := range tokCases {
		t.Run(c.name, func(t *testing.T) {
			toks, sents, probs := Tokenize(c.in)
			if len(probs) > 0 {
				t.Errorf("unexpected problems %v", probs)
			}
			checkInvariants(t, c.in, toks, sents)
			var wantToks []dyad.Token
			var wantSents [][]string
			pos := 0
			for _, sent := range strings.Split(c.want, " || ") {
				ws := strings.Fields(sent)
				wantSents = append(wantSents, ws)
				for _, w := range ws {
					for pos < len(c.in) && strings.ContainsRune(" \t\r\n", rune(c.in[pos])) {
						pos++
					}
					if !strings.HasPrefix(c.in[pos:], w) {
						t.Fatalf("bad test: %q not at offset %d of %q", w, pos, c.in)
					}
					wantToks = append(wantToks, dyad.Token{Start: pos, End: pos + len(w), Head: -1})
					pos += len(w)
				}
			}
			if !reflect.DeepEqual(toks, wantToks) {
				t.Errorf("tokens\n got %s\nwant %s", showToks(c.in, toks), showToks(c.in, wantToks))
			}
			var gotSents [][]string
			for _, s := range sents {
				var ws []string
				for i := s.Start; i < s.End && i < len(toks); i++ {
					ws = append(ws, c.in[toks[i].Start:toks[i].End])
				}
				gotSents = append(gotSents, ws)
			}
			if !reflect.DeepEqual(gotSents, wantSents) {
				t.Errorf("sentences\n got %q\nwant %q", gotSents, wantSents)
			}
			if c.paras != nil {
				var got []int
				for _, s := range sents {
					got = append(got, s.Paragraph)
				}
				if !reflect.DeepEqual(got, c.paras) {
					t.Errorf("paragraphs: got %v, want %v", got, c.paras)
				}
			}
		})
	}
}

func showToks(text string, toks []dyad.Token) string {
	var b strings.Builder
	for _, tk := range toks {
		fmt.Fprintf(&b, "%q@%d ", text[tk.Start:tk.End], tk.Start)
	}
	return b.String()
}

// TestProblems checks skipped bytes, their reports and exact offsets.
func TestProblems(t *testing.T) {
	in := "Bad\x07char \xff\xfeok\x00. Z\u0085ü\x7f"
	toks, sents, probs := Tokenize(in)
	checkInvariants(t, in, toks, sents)
	want := []dyad.Token{{Start: 0, End: 3, Head: -1}, {Start: 4, End: 8, Head: -1}, {Start: 11, End: 13, Head: -1},
		{Start: 14, End: 15, Head: -1}, {Start: 16, End: 17, Head: -1}, {Start: 19, End: 21, Head: -1}}
	if !reflect.DeepEqual(toks, want) {
		t.Errorf("tokens\n got %s\nwant %s", showToks(in, toks), showToks(in, want))
	}
	wantProbs := []dyad.Problem{
		{Offset: 3, Msg: "control character U+0007"},
		{Offset: 9, Msg: "invalid UTF-8 byte 0xff"},
		{Offset: 10, Msg: "invalid UTF-8 byte 0xfe"},
		{Offset: 13, Msg: "control character U+0000"},
		{Offset: 17, Msg: "control character U+0085"},
		{Offset: 21, Msg: "control character U+007F"},
	}
	if !reflect.DeepEqual(probs, wantProbs) {
		t.Errorf("problems\n got %v\nwant %v", probs, wantProbs)
	}
}

func TestEmpty(t *testing.T) {
	for _, in := range []string{"", " ", "\n\n\t", "\x00\xff"} {
		toks, sents, _ := Tokenize(in)
		if len(toks) != 0 || len(sents) != 0 {
			t.Errorf("Tokenize(%q) = %v, %v; want nothing", in, toks, sents)
		}
	}
}

func TestDocument(t *testing.T) {
	d := &dyad.Document{Text: "Hello, world.\xff Bye."}
	Document(d)
	if len(d.Tokens) != 6 || len(d.Sentences) != 2 || len(d.Problems) != 1 {
		t.Fatalf("got %d tokens, %d sentences, %d problems", len(d.Tokens), len(d.Sentences), len(d.Problems))
	}
	for i, tk := range d.Tokens {
		if tk.Head != -1 {
			t.Errorf("token %d has head %d", i, tk.Head)
		}
	}
	if got := d.TokenText(4); got != "Bye" {
		t.Errorf("token 4 = %q", got)
	}
}

// checkInvariants checks what every tokenization must satisfy.
func checkInvariants(t testing.TB, text string, toks []dyad.Token, sents []dyad.Sentence) {
	t.Helper()
	prev := 0
	for i, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) {
			t.Fatalf("token %d [%d,%d) out of order or range (previous end %d, text length %d)", i, tk.Start, tk.End, prev, len(text))
		}
		if tk.Head != -1 {
			t.Fatalf("token %d has head %d", i, tk.Head)
		}
		prev = tk.End
	}
	next := 0
	for i, s := range sents {
		if s.Start != next || s.End <= s.Start || s.End > len(toks) {
			t.Fatalf("sentence %d %v does not continue at %d with tokens 0..%d", i, s.Span, next, len(toks))
		}
		if i > 0 && s.Paragraph < sents[i-1].Paragraph {
			t.Fatalf("sentence %d paragraph %d before %d", i, s.Paragraph, sents[i-1].Paragraph)
		}
		next = s.End
	}
	if next != len(toks) || len(sents) > 0 && sents[0].Paragraph != 0 {
		t.Fatalf("sentences cover %d of %d tokens", next, len(toks))
	}
}

func ExampleTokenize() {
	text := "“We won’t stop,” Gen. Smith told the U.S. Senate on Dec. 5. It cost $1,000."
	toks, sents, _ := Tokenize(text)
	for _, s := range sents {
		var words []string
		for _, tk := range toks[s.Start:s.End] {
			words = append(words, text[tk.Start:tk.End])
		}
		fmt.Println(strings.Join(words, " | "))
	}
	// Output:
	// “ | We | wo | n’t | stop | , | ” | Gen. | Smith | told | the | U.S. | Senate | on | Dec. | 5 | .
	// It | cost | $ | 1,000 | .
}
