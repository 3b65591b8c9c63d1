package eventfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/store"
)

func TestSplitActorCode(t *testing.T) {
	for _, tc := range []struct {
		code, country string
		sectors       []string
		group         string
	}{
		{"PRKGOV", "PRK", []string{"GOV"}, ""},
		{"USAGOVMIL", "USA", []string{"GOV", "MIL"}, ""},
		{"RUS", "RUS", nil, ""},
		{"GOV", "", []string{"GOV"}, ""},
		{"IGOUNO", "", []string{"IGO"}, "UNO"},
		{"IGOWSTNAT", "", []string{"IGO"}, "NAT"},
		{"MEAREB", "MEA", []string{"REB"}, ""},
		{"KSVGOV", "KSV", []string{"GOV"}, ""},
		{"AFGTAL", "AFG", nil, "TAL"},
		{"", "", nil, ""},
		{"USAG", "", nil, ""},
	} {
		c, s, g := SplitActorCode(tc.code)
		if c != tc.country || !reflect.DeepEqual(s, tc.sectors) || g != tc.group {
			t.Errorf("SplitActorCode(%q) = %q, %q, %q; want %q, %q, %q", tc.code, c, s, g, tc.country, tc.sectors,
				tc.group)
		}
	}
}

func TestCountryNames(t *testing.T) {
	for _, tc := range []struct{ code, name string }{
		{"RUS", "Russian Federation"}, {"USA", "United States"}, {"PRK", "North Korea"}, {"KOR", "South Korea"},
		{"PSE", "Occupied Palestinian Territory"}, {"MEA", "Middle East"}, {"XYZ", ""},
	} {
		if got := CountryName(tc.code); got != tc.name {
			t.Errorf("CountryName(%q) = %q, want %q", tc.code, got, tc.name)
		}
	}
	for _, tc := range []struct{ name, code string }{
		{"Russian Federation", "RUS"}, {"russia", "RUS"}, {" Viet Nam ", "VNM"}, {"Côte d'Ivoire", "CIV"},
		{"Atlantis", ""}, {"", ""},
	} {
		if got := CountryCode(tc.name); got != tc.code {
			t.Errorf("CountryCode(%q) = %q, want %q", tc.name, got, tc.code)
		}
	}
	// Every code is unique and its name leads back to it.
	seen := map[string]bool{}
	for _, c := range countries {
		if seen[c.code] || !isCode3(c.code) {
			t.Errorf("code %q twice or malformed", c.code)
		}
		seen[c.code] = true
		if CountryCode(c.name) != c.code {
			t.Errorf("%q gives %q, not %q", c.name, CountryCode(c.name), c.code)
		}
		if isSector(c.code) {
			t.Errorf("country %q is also a sector code", c.code)
		}
	}
	for code := range cameoRegions {
		if seen[code] || isSector(code) {
			t.Errorf("region %q is also a country or sector code", code)
		}
	}
}

func TestComplete(t *testing.T) {
	e := Event{CAMEO: "0831", Source: Actor{Code: "IRNGOV"}, Target: Actor{Code: "IGOUNO", Sectors: []string{"X"}},
		Location: Location{City: "Tehran", Country: "IRN"}}
	e.Complete()
	want := Event{CAMEO: "0831", BaseCode: "083", RootCode: "08", Quad: 2, Goldstein: Float(5), EventText: e.EventText,
		PLOVER: "CONCEDE", Contexts: []string{"political_institutions"}, Intensity: Float(5),
		Source: Actor{Code: "IRNGOV", Country: "IRN", Sectors: []string{"GOV"}},
		Target: Actor{Code: "IGOUNO", Sectors: []string{"X"}}, Location: Location{Type: 4, City: "Tehran", Country: "IRN"}}
	if !reflect.DeepEqual(e, want) || e.EventText == "" {
		t.Errorf("got  %+v\nwant %+v", e, want)
	}
	// Set fields stay; a POLECAT type gives the quad class.
	p := Event{PLOVER: "CONSULT", Intensity: Float(3)}
	p.Complete()
	if p.Quad != 1 || *p.Intensity != 3 || p.Goldstein != nil {
		t.Errorf("POLECAT event: %+v", p)
	}
	// A place in the United States.
	l := Location{Province: "Texas", Country: "USA"}
	l.complete()
	if l.Type != 2 {
		t.Errorf("Texas: type %d", l.Type)
	}
}

func TestFromRow(t *testing.T) {
	r := store.EventRow{Doc: "https://example.org/a", Index: 3, Date: "2023-01-29", Sentence: 4, Source: "RUSMIL",
		Target: "", CAMEO: "190", Quad: 4, Goldstein: -10, PLOVER: "ASSAULT", Negated: true, SourceText: "Russian troops",
		TriggerStart: 77, Text: "Russian troops did not fire."}
	e := FromRow(r)
	if e.ExternalID != "https://example.org/a#3" || e.URL != r.Doc || e.StoryID != r.Doc || e.Sentence != 5 ||
		e.RootEvent || !e.Negated || e.Dataset != DatasetDyad || e.Source.Country != "RUS" ||
		!reflect.DeepEqual(e.Source.Sectors, []string{"MIL"}) || !e.Target.IsZero() || *e.Goldstein != -10 ||
		*e.Intensity != -10 || e.RootCode != "19" || e.Text != r.Text {
		t.Errorf("%+v", e)
	}
	// A statement has a Goldstein score of 0, not none.
	e = FromRow(store.EventRow{Doc: "d", CAMEO: "010"})
	if e.Goldstein == nil || *e.Goldstein != 0 || e.PLOVER != "" || e.URL != "" {
		t.Errorf("%+v", e)
	}
}

// TestWriteErrors: events a format cannot hold give an *EventError and
// nothing is written for them; the writer goes on.
func TestWriteErrors(t *testing.T) {
	good := FromRow(dyadRows[0])
	for _, tc := range []struct {
		name   string
		format Format
		edit   func(*Event)
		kind   error
		msg    string
	}{
		{"no date", GDELT2, func(e *Event) { e.Date = "" }, ErrNoDate, "no date"},
		{"bad date", ICEWS, func(e *Event) { e.Date = "2023-02-30" }, ErrNoDate, `date "2023-02-30" is not YYYY-MM-DD`},
		{"no code", GDELT1, func(e *Event) { e.CAMEO = "" }, ErrNoCode, "no CAMEO event code"},
		{"bad code", ICEWS, func(e *Event) { e.CAMEO = "1a" }, ErrNoCode, "no CAMEO event code"},
		{"no quad", GDELT1, func(e *Event) { e.CAMEO, e.Quad = "25", 0 }, ErrNoCode, `"25" has no quad class`},
		{"no goldstein", GDELT1, func(e *Event) { e.CAMEO, e.Goldstein = "1999", nil }, ErrNoCode, "no Goldstein score"},
		{"no PLOVER", POLECAT, func(e *Event) { e.CAMEO, e.PLOVER = "010", "" }, ErrNoPLOVER,
			"CAMEO code 010 has no PLOVER event type"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			w := NewWriter(&b, tc.format)
			e := good
			tc.edit(&e)
			err := w.Write(e)
			var ee *EventError
			if !errors.As(err, &ee) || !errors.Is(err, tc.kind) || !strings.Contains(err.Error(), tc.msg) ||
				ee.ID != good.ExternalID || ee.Format != tc.format {
				t.Fatalf("got %v, want %v: ...%s", err, tc.kind, tc.msg)
			}
			if err := w.Write(good); err != nil {
				t.Fatal(err)
			}
			w.Flush()
			evs, _ := readAll(t, "out", b.Bytes(), tc.format)
			if len(evs) != 1 {
				t.Errorf("%d events written", len(evs))
			}
		})
	}
}

type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	return 0, errors.New("no space left")
}

// TestWriteFailure: an error of the underlying writer sticks.
func TestWriteFailure(t *testing.T) {
	w := NewWriter(&failWriter{}, ICEWS)
	e := FromRow(dyadRows[0])
	e.Text = strings.Repeat("x", 70000) // more than the buffer
	e.Source.Name = e.Text
	var err error
	for range 3 {
		if err = w.Write(e); err != nil {
			break
		}
	}
	if err == nil || !strings.Contains(err.Error(), "no space left") {
		t.Fatalf("got %v", err)
	}
	if w.Flush() != err || w.Write(e) != err {
		t.Error("the error does not stick")
	}
}

// TestEmptyOutput: a writer with no events writes the header alone.
func TestEmptyOutput(t *testing.T) {
	for _, f := range Formats() {
		var b bytes.Buffer
		NewWriter(&b, f).Flush()
		want := 0
		if f == ICEWS || f == POLECAT {
			want = 1
		}
		if n := strings.Count(b.String(), "\n"); n != want {
			t.Errorf("%v: %d lines", f, n)
		}
		if evs, _ := readAll(t, "empty", b.Bytes(), f); len(evs) != 0 {
			t.Errorf("%v: %d events", f, len(evs))
		}
	}
}

// TestNumericIDs: identifiers that must be numbers and are not are
// hashed, the same way every time; missing ones are counted.
func TestNumericIDs(t *testing.T) {
	var b bytes.Buffer
	w := NewWriter(&b, GDELT2)
	e := FromRow(dyadRows[0])
	w.Write(e)
	w.Write(e)
	e.ExternalID = ""
	w.Write(e)
	e.ExternalID = "0042"
	w.Write(e)
	w.Flush()
	evs, _ := readAll(t, "ids", b.Bytes(), GDELT2)
	h := hashID(dyadRows[0].Doc + "#0")
	got := []string{evs[0].ExternalID, evs[1].ExternalID, evs[2].ExternalID, evs[3].ExternalID}
	if want := []string{h, h, "3", "0042"}; !reflect.DeepEqual(got, want) {
		t.Errorf("ids %q, want %q", got, want)
	}
}

func TestQuads(t *testing.T) {
	for root, want := range map[string]int{"01": 1, "05": 1, "06": 2, "08": 2, "09": 3, "13": 3, "14": 4, "20": 4,
		"00": 0, "21": 0, "x": 0} {
		if got := rootQuad(root); got != want {
			t.Errorf("rootQuad(%q) = %d, want %d", root, got, want)
		}
	}
	for s, want := range map[string]int{"VERBAL COOPERATION": 1, "material_conflict": 4, "Material-Cooperation": 2,
		" VERBAL CONFLICT ": 3, "3": 3, "0": 0, "5": 0, "peace": 0, "": 0} {
		if got := parseQuad(s); got != want {
			t.Errorf("parseQuad(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestJSON: events encode to JSON and back unchanged, as a store that
// keeps imported records as JSON needs.
func TestJSON(t *testing.T) {
	for _, fx := range fixtures {
		data, err := os.ReadFile(filepath.Join("testdata", fx.file))
		if err != nil {
			t.Fatal(err)
		}
		evs, _ := readAll(t, fx.file, data, fx.format)
		for _, e := range append(evs, FromRow(dyadRows[0])) {
			b, err := json.Marshal(e)
			if err != nil {
				t.Fatal(err)
			}
			var back Event
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(back, e) {
				t.Errorf("%s:\n%+v\nbecame\n%+v", b, e, back)
			}
		}
	}
}

func TestFromRowImported(t *testing.T) {
	in := Event{Dataset: DatasetICEWS, ExternalID: "9", Date: "2023-01-29", CAMEO: "051",
		Source: Actor{Name: "North Korea", Country: "PRK"}, Intensity: Float(3.4), Publisher: "Yonhap"}
	rec, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	got := FromRow(store.EventRow{Dataset: "icews", ID: "9", Date: "2023-01-29", CAMEO: "051", Record: store.JSON(rec)})
	if !reflect.DeepEqual(got, in) {
		t.Errorf("got %+v\nwant %+v", got, in)
	}
}
