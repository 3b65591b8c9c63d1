package petrarchcode

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/nlp"
)

var (
	modelOnce sync.Once
	model     *nlp.Pipeline
	modelErr  error
)

// pipeline returns the built-in model bundle, or skips the test when it
// is not there.
func pipeline(t testing.TB) *nlp.Pipeline {
	t.Helper()
	dir := filepath.Join("..", "..", "cmd", "dyad", "model", "en")
	if _, err := os.Stat(filepath.Join(dir, "manifest.json")); err != nil {
		t.Skipf("no model bundle in %s", dir)
	}
	modelOnce.Do(func() { model, modelErr = nlp.Load(os.DirFS(dir)) })
	if modelErr != nil {
		t.Fatal(modelErr)
	}
	return model
}

// testCoder loads the unit-test dictionaries in testdata with the verb
// dictionary verbs (verbs.txt or verbs2.txt) and, when pico is set, the
// PICO table.
func testCoder(t testing.TB, verbs string, pico bool) *Coder {
	t.Helper()
	f := Files{Verbs: filepath.Join("testdata", verbs), Actors: []string{filepath.Join("testdata", "actors.txt")},
		Agents: []string{filepath.Join("testdata", "agents.txt")}, Discards: filepath.Join("testdata", "discards.txt")}
	if pico {
		f.PICO = filepath.Join("testdata", "pico.txt")
	}
	c, warnings, err := Load(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range warnings {
		t.Errorf("warning: %v", w)
	}
	return c
}

// code codes text on date (YYYYMMDD) and returns its events, sorted, as
// "SOURCE TARGET CODE".
func code(t testing.TB, p *nlp.Pipeline, c *Coder, text, date string, opt Options) []string {
	t.Helper()
	d := &dyad.Document{Text: text}
	p.Annotate(d)
	var day time.Time
	if date != "" {
		var err error
		if day, err = RecordDate(date); err != nil {
			t.Fatal(err)
		}
	}
	var out []string
	for _, e := range c.Code(d, day, opt) {
		out = append(out, e.String())
	}
	sort.Strings(out)
	return out
}

type codeCase struct {
	name, text, date string
	want             []string
}

func runCases(t *testing.T, c *Coder, opt Options, cases []codeCase) {
	p := pipeline(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := code(t, p, c, tc.text, tc.date, opt)
			sort.Strings(tc.want)
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("%q\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestConstructions codes one sentence per construction of PETRARCH-1
// dictionaries: patterns, synsets, slots, multi-word and irregular verbs,
// compounds, agents, dates, passives, discards.
func TestConstructions(t *testing.T) {
	c := testCoder(t, "verbs.txt", false)
	runCases(t, c, DefaultOptions(), []codeCase{
		{"verb's own code", "Arnor restored relations with Gondor.", "", []string{"ARN GON 064"}},
		{"pattern words apart", "Arnor is about to restore diplomatic ties with Gondor.", "",
			[]string{"ARN GON 0641"}},
		{"pattern words joined", "Arnor restored full ties with Gondor.", "", []string{"ARN GON 0642"}},
		{"joined words kept apart", "Arnor restored full diplomatic ties with Gondor.", "", []string{"ARN GON 0641"}},
		{"synset of two words", "Arnor will contribute two million Swiss francs to Gondor.", "",
			[]string{"ARN GON 071"}},
		{"synset before the verb", "Arnor didn't clash with Gondor.", "", []string{"ARN GON 191"}},
		{"no synset", "Arnor clashed with Gondor.", "", []string{"ARN GON 190"}},
		{"skip and target", "Arnor has celebrated Eid at Osgiliath with Gondor.", "", []string{"ARN GON 043"}},
		{"target before, source after", "Mordor will be hosting Osgiliath to celebrate May Day with Eriador.", "",
			[]string{"ERI MOR 046"}},
		{"source after the verb", "Gondor's army was freed from Barad-dur.", "", []string{"MOR GON 0661"}},
		{"compound source and target, pair code", "Arnor and Gondor agree that the war should end.", "",
			[]string{"ARN GON 030", "GON ARN 030"}},
		{"multi-word verb, word after", "Arnor has broken down relations with Gondor.", "", []string{"ARN GON 1717"}},
		{"irregular form with pattern", "Arnor broke the treaty with Gondor.", "", []string{"ARN GON 161"}},
		{"multi-word verb, word before", "Soldiers from Gondor wire tapped the cables leading into Mordor.", "",
			[]string{"GONMIL MOR 1711"}},
		{"irregular form, pair code", "Arnor met Gondor.", "", []string{"ARN GON 031", "GON ARN 031"}},
		{"regular form", "Arnor departed from Gondor.", "", []string{"ARN GON 032"}},
		{"no such form", "Arnor departes from Gondor.", "", nil},
		{"null code", "Arnor will consider the proposal from Gondor.", "", nil},
		{"list of actors", "Mordor, Osgiliath and Eriador opposed Gondor.", "",
			[]string{"ERI GON 112", "MOR GON 112", "OSG GON 112"}},
		{"actor with agent", "The Gondor government opposed Arnor.", "", []string{"GONGOV ARN 112"}},
		{"agent in front and behind", "An MSF Arnor diplomat opposed Gondor.", "", []string{"NGOARNGOV GON 112"}},
		{"agent over a compound", "Lawmakers in Arnor and Gondor opposed Eriador.", "",
			[]string{"ARNLEG ERI 112", "GONLEG ERI 112"}},
		{"code for several actors", "The Shire opposed Gondor.", "",
			[]string{"BIL GON 112", "FRO GON 112", "SAM GON 112"}},
		{"date before a role", "Smeagol opposed Arnor.", "19940101", []string{"HOB ARN 112"}},
		{"date in a role", "Smeagol opposed Arnor.", "19960101", []string{"HOBGOV ARN 112"}},
		{"date after a role", "Smeagol opposed Arnor.", "20010101", []string{"HOBREB ARN 112"}},
		{"passive", "Arnor was opposed by Gondor.", "", []string{"GON ARN 112"}},
		{"discarded sentence", "Arnor opposed Gondor in a baseball game.", "", nil},
		{"discarded story", "Arnor opposed Gondor after the typhoon.", "", nil},
		{"clause between commas", "Arnor, in a statement issued on Monday, opposed Gondor.", "",
			[]string{"ARN GON 112"}},
		{"no dyad", "Officials opposed the plan.", "", nil},
		{"dateline", "MINAS TIRITH: -- Arnor opposed Gondor.", "", nil},
	})
}

// TestRequireDyad codes events with a null actor when require_dyad is
// off.
func TestRequireDyad(t *testing.T) {
	c := testCoder(t, "verbs.txt", false)
	opt := DefaultOptions()
	if err := opt.Set("require_dyad", "False"); err != nil {
		t.Fatal(err)
	}
	runCases(t, c, opt, []codeCase{
		{"agent without actor", "Officials opposed the plan.", "", []string{"---GOV --- 112"}},
	})
}

// TestTwoLevel codes with a PETRARCH-2 dictionary: noun phrase and
// prepositional phrase groups, patterns before the verb read against its
// subject, negation through the PICO table.
func TestTwoLevel(t *testing.T) {
	c := testCoder(t, "verbs2.txt", true)
	if !c.TwoLevel() {
		t.Fatal("verbs2.txt not read as a PETRARCH-2 dictionary")
	}
	runCases(t, c, DefaultOptions(), []codeCase{
		{"noun phrase group", "Arnor abandoned new economic relations with Gondor.", "", []string{"ARN GON 1951"}},
		{"noun phrase group, open", "Arnor abandoned new global economic relations with Gondor.", "",
			[]string{"ARN GON 1951"}},
		{"noun phrase group fails", "Arnor abandoned new economic trade relations with Gondor.", "",
			[]string{"ARN GON 1121"}},
		{"prepositional group", "Arnor acted on the resolution with Gondor.", "", []string{"ARN GON 057"}},
		{"prepositional group fails", "Arnor acted on a new resolution with Gondor.", "", []string{"ARN GON 100"}},
		{"negation", "Soldiers from Gondor will not wire tap the cables leading into Mordor.", "",
			[]string{"GONMIL MOR 057"}},
		{"upper part is the subject", "Arnor recently allowed Gondor to leave.", "", []string{"ARN GON 080"}},
		{"passive without agent", "Arnor was opposed over its dispute with Gondor.", "", []string{"GON ARN 110"}},
	})
}

func TestOptionsSet(t *testing.T) {
	o := DefaultOptions()
	for _, kv := range [][2]string{{"require_dyad", "FALSE"}, {"comma_min", "4"}, {"comma_max", "6"},
		{"comma_bmin", "3"}, {"comma_bmax", "5"}, {"comma_emin", "1"}, {"comma_emax", "0"},
		{"new_actor_length", "4"}, {"stop_on_error", "True"}} {
		if err := o.Set(kv[0], kv[1]); err != nil {
			t.Errorf("Set(%q, %q): %v", kv[0], kv[1], err)
		}
	}
	want := Options{RequireDyad: false, CommaMin: 4, CommaMax: 6, CommaBMin: 3, CommaBMax: 5, CommaEMin: 1, CommaEMax: 0}
	if o != want {
		t.Errorf("got %+v, want %+v", o, want)
	}
	if err := o.Set("comma_max", "many"); err == nil {
		t.Error("comma_max=many accepted")
	}
	if err := o.Set("frobnicate", "1"); err == nil {
		t.Error("unknown option accepted")
	}
}

func BenchmarkCode(b *testing.B) {
	p := pipeline(b)
	c := testCoder(b, "verbs.txt", false)
	d := &dyad.Document{Text: "The Gondor government condemned an attack by Mordor soldiers near Osgiliath on " +
		"Thursday and promised aid to the affected villages, a senior Arnor official said."}
	p.Annotate(d)
	opt := DefaultOptions()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.Code(d, time.Time{}, opt)
	}
}
