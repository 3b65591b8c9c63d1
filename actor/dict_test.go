package actor

import (
	"bytes"
	"errors"
	"io/fs"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	defaultOnce sync.Once
	defaultD    *Dictionary
	defaultErr  error
)

// defaultDict loads the built-in dictionary once for the tests that only
// read it.
func defaultDict(t testing.TB) *Dictionary {
	t.Helper()
	defaultOnce.Do(func() { defaultD, defaultErr = Default() })
	if defaultErr != nil {
		t.Fatal(defaultErr)
	}
	return defaultD
}

// TestDataOneBatch reads all the built-in files as one file, so that a name
// given to two entries in different files is reported, as it would be in
// one.
func TestDataOneBatch(t *testing.T) {
	names, err := fs.Glob(dataFS, "data/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no data files: %v", err)
	}
	var all bytes.Buffer
	for _, n := range names {
		b, err := fs.ReadFile(dataFS, n)
		if err != nil {
			t.Fatal(err)
		}
		all.Write(b)
		all.WriteString("\n")
	}
	if err := New().Add(&all, "all"); err != nil {
		t.Error(err)
	}
}

func day0(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// small loads testdata/dyad/small.txt into an empty dictionary.
func small(t *testing.T) *Dictionary {
	t.Helper()
	d := New()
	if err := d.AddFile("testdata/dyad/small.txt"); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestAddFormat(t *testing.T) {
	d := small(t)
	for _, tc := range []struct {
		date, phrase, want string
	}{
		{"2003-01-01", "Atlantis", "XAA"},
		{"2003-01-01", "the Republic of Atlantis", "XAA"},
		{"2003-01-01", "Atlanteans", "XAA"},            // adj plural
		{"2003-01-01", "Poseidonis", "XAA"},            // metonym
		{"2003-01-01", "the Crystal Palace", "XAAGOV"}, // metonym with a sector
		{"2003-01-01", "Ann Example", "XAAGOV"},        // inside a role
		{"2011-01-01", "Ann Example", "XAAGOVMIL"},     // YYYY..YYYY-MM
		{"2012-03-01", "Ann Example", "XAAELI"},        // the end is excluded
		{"2005-06-29", "Example", "XAAGOV"},
		{"2005-06-30", "Example", "XAAELI"},
		{"2000-12-31", "Ann Example", "XAA"}, // before any role
		{"", "Ann Example", "XAAGOVMIL"},     // no date: the latest role
		{"2003-01-01", "Atlantean high councillors", "XAAGOV"},
		{"2003-01-01", "Atlantis Resort", ""},
	} {
		t.Run(tc.phrase+"@"+tc.date, func(t *testing.T) {
			date, _ := ParseDate(tc.date)
			m, ok := d.Resolve(tc.phrase, date)
			if m.Code != tc.want || ok != (tc.want != "") {
				t.Errorf("got %q (%v), want %q", m.Code, ok, tc.want)
			}
		})
	}
}

func TestAddErrors(t *testing.T) {
	d := New()
	err := d.AddFile("testdata/dyad/bad.txt")
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("want an ErrorList, have %v", err)
	}
	want := []string{
		"testdata/dyad/bad.txt:1: want a three-letter country code",
		"testdata/dyad/bad.txt:2: unknown kind \"planet\"",
		"testdata/dyad/bad.txt:4: role: range \"2001-01-01..2000-01-01\" ends before it starts",
		"testdata/dyad/bad.txt:5: role: bad date \"2001-13-01\"",
		"testdata/dyad/bad.txt:6: when: want a three-letter country code",
		"testdata/dyad/bad.txt:7: unknown flag \"sparkly\"",
		"testdata/dyad/bad.txt:8: unknown keyword \"colour\"",
		"testdata/dyad/bad.txt:9: person \"Nobody Roleless\" has neither a code nor a role",
		"testdata/dyad/bad.txt:12: name \"minister\" is already defined at testdata/dyad/bad.txt:11",
	}
	var got []string
	for _, e := range list {
		got = append(got, e.Error())
	}
	if len(got) != len(want) {
		t.Fatalf("got %d errors, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("error %d:\n got %s\nwant %s...", i, got[i], want[i])
		}
	}
	// The good entry on line 3 is added all the same.
	if m, _ := d.Resolve("Beta", time.Time{}); m.Code != "XAB" {
		t.Errorf("Beta: got %q, want XAB", m.Code)
	}
}

func TestLaterFileOverrides(t *testing.T) {
	d := small(t)
	if err := d.Add(strings.NewReader("country XZZ Atlantis\nmetonym XZZGOV the Crystal Palace\n"), "user.txt"); err != nil {
		t.Fatal(err)
	}
	for phrase, want := range map[string]string{
		"Atlantis":           "XZZ",    // replaced
		"Atlanteans":         "XAA",    // a name the new file does not give
		"the Crystal Palace": "XZZGOV", // replaced
	} {
		if m, _ := d.Resolve(phrase, time.Time{}); m.Code != want {
			t.Errorf("%s: got %q, want %q", phrase, m.Code, want)
		}
	}
}

func TestDetectFormat(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Format
	}{
		{"# comment\n\ncountry XAA Atlantis\n", FormatDyad},
		{"agent GOV minister\n", FormatDyad},
		{"<!-- x -->\nNORTH_KOREA [PRK]\n+DPRK\n", FormatPetrarchActors},
		{"POLICE {} [~COP]\nPRESIDENT [~GOV]\nRED_CROSS [NGO~]\n", FormatPetrarchAgents},
		{"", FormatPetrarchActors},
	} {
		if got := DetectFormat([]byte(tc.text)); got != tc.want {
			t.Errorf("DetectFormat(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	for _, tc := range []struct {
		text string
		keys string
	}{
		{"Kim Jong-un", "kim jong un"},
		{"the U.S. military", "the us military"},
		{"North Korea's Foreign Ministry", "north korea 's foreign ministry"},
		{"the Koreas' leaders", "the koreas ' leaders"},
		{"Erdoğan, Türkiye", "erdogan , turkiye"},
		{"Côte d'Ivoire", "cote d'ivoire"},
		{"Mr. Lee (left)", "mr lee ( left )"},
		{"Trinidad & Tobago", "trinidad and tobago"},
		{"“Hamas”", "\" hamas \""},
		{"Iran.", "iran"},
	} {
		var keys []string
		for _, w := range tokenize(tc.text) {
			keys = append(keys, w.key)
		}
		if got := strings.Join(keys, " "); got != tc.keys {
			t.Errorf("tokenize(%q) = %q, want %q", tc.text, got, tc.keys)
		}
	}
}

func TestStats(t *testing.T) {
	s := defaultDict(t).Stats()
	for k, min := range map[Kind]int{Country: 200, Metonym: 150, IGO: 50, Group: 25, Person: 600, Agent: 40} {
		if s.Kinds[k] < min {
			t.Errorf("%d %s entries, want at least %d", s.Kinds[k], k, min)
		}
	}
	if s.Roles < 600 {
		t.Errorf("%d person roles, want at least 600", s.Roles)
	}
	t.Log(s)
}

// TestUNMembers checks that every UN member and observer state has a
// country entry under its ISO code.
func TestUNMembers(t *testing.T) {
	codes := strings.Fields(`AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
		BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP
		CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN
		GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA
		LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR
		NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA KNA
		LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK
		TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
		VAT PSE KSV TWN HKG MAC ESH PRI GRL`)
	if len(codes) != 193+2+7 {
		t.Fatalf("the list has %d codes", len(codes))
	}
	have := map[string]bool{}
	for _, e := range defaultDict(t).entries {
		if e.kind == Country {
			have[e.code] = true
		}
	}
	for _, c := range codes {
		if !have[c] {
			t.Errorf("no country entry for %s", c)
		}
	}
}

func TestEachName(t *testing.T) {
	d := New()
	data := "country XAA Atlantis; Atlântis\n  adj Atlantean\nregion XAA Poseidonia\n" +
		"person XAA Ana Costa\n  role XAAGOV 2020..\nagent GOV minister\n"
	if err := d.Add(strings.NewReader(data), "t.txt"); err != nil {
		t.Fatal(err)
	}
	if err := d.Add(strings.NewReader("region XBB Poseidonia\n"), "later.txt"); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	d.EachName(func(name string, kind Kind, code string) { got[name] = kind.String() + " " + code })
	want := map[string]string{
		"Atlantis":   "country XAA",
		"Atlântis":   "country XAA", // both forms of one name
		"Poseidonia": "region XBB",  // the later file's entry
		"Ana Costa":  "person ",
		"minister":   "agent GOV",
		"ministers":  "agent GOV",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("EachName gave %v, want %v (adjectives left out)", got, want)
	}
}
