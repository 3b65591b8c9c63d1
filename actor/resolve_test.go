package actor

import (
	"strings"
	"testing"
	"time"
)

func TestResolve(t *testing.T) {
	d := defaultDict(t)
	for _, tc := range []struct {
		name, date, phrase string
		want               string
	}{
		{"country", "2023-01-01", "North Korea", "PRK"},
		{"hyphenated name", "2023-01-01", "Kim Jong-un", "PRKGOV"},
		{"no hyphen", "2023-01-01", "Kim Jong Un", "PRKGOV"},
		{"acronym", "2023-01-01", "US", "USA"},
		{"pronoun", "2023-01-01", "us", ""},
		{"headline capitals", "2023-01-01", "RUSSIA", "RUS"},
		{"lower-case common noun", "2023-01-01", "turkey", ""},
		{"diacritics folded", "2023-01-01", "Erdogan", "TURGOV"},
		{"title composes", "2023-01-01", "the Russian defence minister", "RUSGOVMIL"},
		{"possessive", "2023-01-01", "Russia's defence minister", "RUSGOVMIL"},
		{"seat keeps its sector", "2023-01-01", "Kremlin spokesman", "RUSGOV"},
		{"a surname after another given name", "2023-06-01", "Hunter Biden", ""},
		{"a surname after an honorific", "2023-06-01", "Mr. Biden", "USAGOV"},
		{"a surname before another name", "2023-06-01", "Harris County", ""},
		{"an unknown person's title and country after the name", "2022-08-06", "Prime Minister Andrew Holness of Jamaica", "JAMGOV"},
		{"an unknown person's affiliation after the name", "2022-08-06", "Professor Michael Siegel of Boston University", "USAEDU"},
		{"of Georgia after a name stays unsure", "2020-10-01", "gubernatorial candidate Stacey Abrams of Georgia", "PTY"},
		{"a given name used alone before the rest of the name", "2019-05-01", "Prayuth Chan", "THAGOV"},
		{"a long acronym written as a word", "2023-01-01", "Ecowas", "IGOWAFWAS"},
		{"another demonym before American", "2023-01-01", "Korean Americans", "USA"},
		{"a government named for a former leader", "2023-01-01", "the Trump administration", "USAGOV"},
		{"a government named for its leader", "2023-01-01", "the Netanyahu government", "ISRGOV"},
		{"a former leader with a title", "2023-01-01", "former President Barack Obama", "USAELI"},
		{"a region's demonym before American", "2023-01-01", "the Asian American community", "USA"},
		{"two demonyms hyphenated are both countries", "2023-01-01", "Korean-American relations", "KOR"},
		{"a four-letter acronym spelt as a word in the dictionary", "2023-01-01", "Nato", "IGOWSTNAT"},
		{"a four-letter acronym that is a word", "2023-01-01", "the National Action Plan", ""},
		{"a four-letter acronym that is a name", "2023-01-01", "Wafa", ""},
		{"an opponent of a seat is of its country", "2023-01-01", "Kremlin critic", "RUSOPP"},
		{"an opponent of a government, after of", "2023-01-01", "a critic of the government in Tehran", "IRNOPP"},
		{"a former office-holder called an opponent", "2025-01-01", "opposition leader Alexei Navalny", "RUSOPP"},
		{"a former office-holder called by an office", "2022-06-01", "former President Donald Trump", "USAELI"},
		{"capital is the country", "2023-01-01", "Moscow", "RUS"},
		{"title alone", "2023-01-01", "the foreign minister", "GOV"},
		{"unknown person with a title", "2023-01-01", "Foreign Minister John Doe", "GOV"},
		{"unknown person with nationality", "2023-01-01", "North Korean Vice Foreign Minister Kim Song Gyong", "PRKGOV"},
		{"apposition", "2023-01-01", "Kwon Jong-gun, director general of the North Korean Foreign Ministry's department of US affairs", "PRKGOV"},
		{"affiliation through at", "2023-01-01", "a professor at Seoul National University", "KOREDU"},
		{"target, not affiliation", "2023-01-01", "envoy to North Korea", "GOV"},
		{"envoy for", "2023-01-01", "the special envoy for Syria", "GOV"},
		{"former", "2023-01-01", "a former South Korean official", "KORELI"},
		{"ex-", "2023-01-01", "ex-president", "ELI"},
		{"modifier country", "2023-01-01", "Russian-backed separatists", "SEP"},
		{"pro-", "2023-01-01", "pro-Western protesters", "CVL"},
		{"more specific actor", "2023-01-01", "Russia's Wagner Group", "RUSMIL"},
		{"renationalized body", "2023-01-01", "the Peruvian Congress", "PERLEG"},
		{"coordination", "2023-01-01", "Russian and Chinese troops", "RUSMIL"},
		{"person before office", "2016-01-01", "Volodymyr Zelensky", "UKR"},
		{"person after office", "2022-06-01", "Donald Trump", "USAELI"},
		{"shared surname 2003", "2003-01-01", "Bush", "USAGOV"},
		{"shared surname 1990", "1990-01-01", "President Bush", "USAGOV"},
		{"person named, before office", "1990-01-01", "George W. Bush", "USA"},
		{"group in power", "2022-01-01", "the Taliban", "AFGGOV"},
		{"group before", "2021-01-01", "the Taliban", "AFGREB"},
		{"seat with dates, after", "2023-01-01", "the Blue House", ""},
		{"seat with dates, before", "2020-01-01", "Cheong Wa Dae", "KORGOV"},
		{"Georgia the country", "2023-01-01", "Georgia", "GEO"},
		{"Georgia the state", "2023-01-01", "Atlanta, Georgia", "USA"},
		{"Georgia governor", "2023-01-01", "Georgia's governor", "USAGOV"},
		{"Jordan", "2023-01-01", "Jordan", "JOR"},
		{"Jordan as a name", "2023-01-01", "Michael Jordan", ""},
		{"Jordan as an unknown name", "2023-01-01", "Jordan Henderson", ""},
		{"Chad as a name", "2023-01-01", "Chad Johnson", ""},
		{"Israel as a name", "2025-03-01", "Israel Katz", "ISRGOVMIL"},
		{"Paris", "2023-01-01", "Paris", "FRA"},
		{"Paris Hilton", "2023-01-01", "Paris Hilton", ""},
		{"Washington", "2023-01-01", "Washington", "USA"},
		{"George Washington", "2023-01-01", "George Washington", ""},
		{"Niger", "2023-01-01", "Niger", "NER"},
		{"Nigeria", "2023-01-01", "Nigeria", "NGA"},
		{"Guinea-Bissau", "2023-01-01", "Guinea-Bissau", "GNB"},
		{"Equatorial Guinea", "2023-01-01", "Equatorial Guinea", "GNQ"},
		{"Congo", "2023-01-01", "Congo", "COD"},
		{"Republic of Congo", "2023-01-01", "the Republic of the Congo", "COG"},
		{"DRC overlapping", "2023-01-01", "the Democratic Republic of the Congo", "COD"},
		{"South Sudan", "2023-01-01", "South Sudan", "SSD"},
		{"Northern Ireland", "2023-01-01", "Northern Ireland", "GBR"},
		{"Dominica", "2023-01-01", "Dominica", "DMA"},
		{"Dominican", "2023-01-01", "Dominican officials", "DOMGOV"},
		{"the North without context", "2023-01-01", "the North", ""},
		{"West Bank, not the West", "2023-01-01", "the West Bank", "PSE"},
		{"the West", "2023-01-01", "the West", "WST"},
		{"quotes ignored", "2023-01-01", "the “Islamic State” group", "IMGMUSISI"},
		{"empty", "2023-01-01", "", ""},
		{"punctuation only", "2023-01-01", ", ; --", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			date, err := ParseDate(tc.date)
			if err != nil {
				t.Fatal(err)
			}
			m, ok := d.Resolve(tc.phrase, date)
			if m.Code != tc.want || ok != (tc.want != "") {
				t.Errorf("Resolve(%q, %s) = %q (%v), want %q", tc.phrase, tc.date, m.Code, ok, tc.want)
			}
		})
	}
}

func TestResolveContext(t *testing.T) {
	d := defaultDict(t)
	date := day0("2023-01-01")
	for _, tc := range []struct {
		phrase    string
		countries []string
		want      string
	}{
		{"the North", nil, ""},
		{"the North", []string{"KOR"}, "PRK"},
		{"the South", []string{"PRKGOV"}, "KOR"},
		{"the North's military", []string{"KOR", "USA"}, "PRKMIL"},
		{"the South", []string{"SSD"}, "SSD"},
		{"the North", []string{"SDN"}, "SDN"},
		{"the North", []string{"CYP"}, "CYP"},
		{"the North", []string{"FRA"}, ""},
		{"the North Korean army", []string{"KOR"}, "PRKMIL"},
	} {
		t.Run(tc.phrase+"/"+strings.Join(tc.countries, ","), func(t *testing.T) {
			m, _ := d.ResolveIn(tc.phrase, date, &Context{Countries: tc.countries})
			if m.Code != tc.want {
				t.Errorf("got %q, want %q", m.Code, tc.want)
			}
		})
	}
}

func TestMatchFields(t *testing.T) {
	d := defaultDict(t)
	for _, tc := range []struct {
		phrase             string
		code, name, person string
		text               string // phrase[Start:End]
	}{
		{"Russian President Vladimir Putin", "RUSGOV", "Vladimir Putin", "Vladimir Putin", "Vladimir Putin"},
		{"the North Korean Foreign Ministry", "PRKGOV", "North Korean Foreign Ministry", "", "North Korean Foreign Ministry"},
		{"the North Korean foreign ministry", "PRKGOV", "North Korea", "", "North Korean foreign ministry"},
		{"a spokesman for the Kremlin", "RUSGOV", "Kremlin", "", "spokesman for the Kremlin"},
		{"Choe Son Hui, North Korea's foreign minister", "PRKGOV", "Choe Son Hui", "Choe Son Hui", "Choe Son Hui"},
		{"police", "COP", "police", "", "police"},
	} {
		t.Run(tc.phrase, func(t *testing.T) {
			m, ok := d.Resolve(tc.phrase, day0("2023-01-01"))
			if !ok {
				t.Fatal("no match")
			}
			if m.Code != tc.code || m.Name != tc.name || m.Person != tc.person || tc.phrase[m.Start:m.End] != tc.text {
				t.Errorf("got %+v (%q), want %s %q %q %q", m, tc.phrase[m.Start:m.End], tc.code, tc.name, tc.person, tc.text)
			}
		})
	}
}

func TestZeroDate(t *testing.T) {
	d := defaultDict(t)
	for phrase, want := range map[string]string{
		"Donald Trump": "USAGOV", // the most recent role
		"Lloyd Austin": "USAGOVMIL",
		"Qin Gang":     "CHNGOV",
		"the Taliban":  "AFGGOV",
	} {
		if m, _ := d.Resolve(phrase, time.Time{}); m.Code != want {
			t.Errorf("%s: got %q, want %q", phrase, m.Code, want)
		}
	}
}

func BenchmarkResolve(b *testing.B) {
	d := defaultDict(b)
	phrases := []string{
		"Kwon Jong-gun, director general of the North Korean Foreign Ministry's department of US affairs",
		"Russian President Vladimir Putin",
		"a professor at Seoul National University",
		"the man",
	}
	date := day0("2023-01-01")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		d.Resolve(phrases[i%len(phrases)], date)
	}
}

func BenchmarkDefault(b *testing.B) {
	for b.Loop() {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}
