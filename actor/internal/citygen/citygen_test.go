package main

import (
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/actor"
)

func TestSelectCities(t *testing.T) {
	dict := actor.New()
	if err := dict.Add(strings.NewReader("country BEN Benin\ncountry RUS Russia\n"), "test"); err != nil {
		t.Fatal(err)
	}
	cities := []city{
		{name: "Omsk", country: "RU", population: 1_100_000},
		{name: "Tinyville", country: "RU", population: 20_000},                      // too small
		{name: "Capitalia", country: "RU", featureCode: "PPLA", population: 60_000}, // a capital
		{name: "Twinton", country: "RU", population: 500_000},                       // a twin of comparable size
		{name: "Twinton", country: "NG", population: 400_000},
		{name: "Bigham", country: "NG", population: 900_000}, // a much smaller namesake elsewhere
		{name: "Bigham", country: "RU", population: 50_000},
		{name: "Rose", country: "RU", population: 300_000},         // an English word
		{name: "Paige", country: "RU", population: 300_000},        // a personal name
		{name: "Darwin", country: "RU", population: 300_000},       // the hand list
		{name: "Benin City", country: "NG", population: 1_500_000}, // corrects BEN
		{name: "Russia", country: "RU", population: 300_000},       // defined elsewhere
		{name: "Atlantis", country: "ZZ", population: 300_000},     // no country code
		{name: "Gdańsk", country: "PL", population: 470_000},
	}
	o := selectOpts{minPop: 150_000, minCap: 50_000,
		declared: map[string]bool{"RUS": true, "NGA": true, "POL": true, "BEN": true},
		known:    map[string]string{"russia": "countries.txt"}, dict: dict,
		words: map[string]bool{"rose": true}, persons: map[string]bool{"paige": true},
		hand: map[string]bool{"darwin": true}, keep: map[string]bool{}}
	var got []string
	for _, c := range selectCities(cities, o, io.Discard) {
		got = append(got, c.code+" "+strings.Join(c.names, "; "))
	}
	slices.Sort(got)
	want := []string{"NGA Benin City", "NGA Bigham", "POL Gdańsk; Gdansk", "RUS Capitalia", "RUS Omsk"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestNames(t *testing.T) {
	for _, tc := range []struct{ in, key, ascii string }{
		{"Gdańsk", "gdansk", "Gdansk"},
		{"St. Petersburg", "saint petersburg", "St. Petersburg"},
		{"Rostov-on-Don", "rostov on don", "Rostov-on-Don"},
	} {
		if k := key(tc.in); k != tc.key {
			t.Errorf("key(%q) = %q, want %q", tc.in, k, tc.key)
		}
		if a := asciiFold(tc.in); a != tc.ascii {
			t.Errorf("asciiFold(%q) = %q, want %q", tc.in, a, tc.ascii)
		}
	}
	if got := spellings("Ryazan’"); !slices.Equal(got, []string{"Ryazan"}) {
		t.Errorf("spellings(Ryazan’) = %q", got)
	}
	for s, want := range map[string]bool{"Omsk": true, "Sector 1": false, "Bo": false, "Halle (Saale)": false} {
		if usable(s) != want {
			t.Errorf("usable(%q) = %v", s, !want)
		}
	}
}
