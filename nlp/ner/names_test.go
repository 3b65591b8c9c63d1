package ner

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

func TestNameForms(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"Kim Jong Un", []string{"Kim Jong Un"}},
		{"Kim Jong-un", []string{"Kim Jong-un", "Kim Jong - un"}},
		{"Lashkar-e-Taiba", []string{"Lashkar-e-Taiba", "Lashkar - e - Taiba"}},
		{"McDonald's", []string{"McDonald 's"}},
		{"  Downing   Street ", []string{"Downing Street"}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, ws := range nameForms(tt.name) {
			got = append(got, strings.Join(ws, " "))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("nameForms(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// matched returns, for each word, "" or the type and place of the name
// the list matched there ("ORG-B", "LOC-U"), by comparing the features
// annotate adds with those of a known match.
func matched(n *names, forms []string) []string {
	ws := make([]word, len(forms))
	lowers := make([]string, len(forms))
	for i, f := range forms {
		lowers[i] = strings.ToLower(f)
	}
	n.annotate(forms, lowers, ws)
	out := make([]string, len(forms))
	for i := range ws {
		for _, typ := range []dyad.EntityType{dyad.PER, dyad.ORG, dyad.LOC} {
			for _, pos := range "BILU" {
				for exact := uint64(1); exact <= 2; exact++ {
					want := namesFeature(typ, uint64(pos), exact)
					for _, g := range ws[i].gaz {
						if g == want {
							out[i] = typ.String() + "-" + string(pos)
							if exact == 2 {
								out[i] += "~"
							}
						}
					}
				}
			}
		}
	}
	return out
}

func TestNamesAnnotate(t *testing.T) {
	n := newNames(map[string]dyad.EntityType{
		"United States":         dyad.LOC,
		"United States Senate":  dyad.ORG,
		"US":                    dyad.LOC,
		"Hezbollah":             dyad.ORG,
		"Kim Jong-un":           dyad.PER,
		"Federal Reserve Board": dyad.ORG,
	})
	tests := []struct {
		sent string
		want string // per word, "_" for none
	}{
		{"the United States Senate voted", "_ ORG-B ORG-I ORG-L _"},
		{"the United States voted", "_ LOC-B LOC-L _"},
		{"talks with Kim Jong - un ended", "_ _ PER-B PER-I PER-I PER-L _"},
		{"hezbollah fired", "ORG-U~ _"},
		{"HEZBOLLAH fired", "ORG-U~ _"},
		{"us and US", "_ _ LOC-U"}, // short names keep their case
		{"the Federal Reserve said", "_ _ _ _"},
	}
	for _, tt := range tests {
		got := matched(n, strings.Fields(tt.sent))
		for i := range got {
			if got[i] == "" {
				got[i] = "_"
			}
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%q: %s, want %s", tt.sent, g, tt.want)
		}
	}
	var none *names
	none.annotate([]string{"Hezbollah"}, []string{"hezbollah"}, make([]word, 1)) // no list: nothing happens
	if newNames(nil) != nil {
		t.Error("an empty list gives names")
	}
}

func TestNamesRoundTrip(t *testing.T) {
	sents := readTiny(t)
	list := map[string]dyad.EntityType{"Pyongyang": dyad.LOC, "Kim Yo-jong": dyad.PER, "KCNA": dyad.ORG}
	m := Train(sents, nil, Options{Iterations: 3, Seed: 5, Names: list})
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	head := buf.Bytes()[:bytes.IndexByte(buf.Bytes(), '\n')]
	if !bytes.Contains(head, []byte(`"names":{"PER":["Kim Yo-jong"],"ORG":["KCNA"],"LOC":["Pyongyang"]}`)) {
		t.Errorf("header does not hold the names: %s", head[max(0, len(head)-200):])
	}
	m2, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(m2.names, m.names) {
		t.Error("the names read back differ")
	}
	for _, s := range sents {
		if a, b := m.Recognize(s.Forms, s.UPOS), m2.Recognize(s.Forms, s.UPOS); !reflect.DeepEqual(a, b) {
			t.Fatalf("%q: %v before writing, %v after", s.Forms, a, b)
		}
	}
}
