package eventfile

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
)

// fixtureLines returns the lines of a fixture without their line ends.
func fixtureLines(t testing.TB, file string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
}

// edit returns line with the fields of edits (by 1-based column) replaced;
// a column past the end appends fields, and -n drops the last n.
func edit(line string, edits map[int]string) string {
	f := strings.Split(line, "\t")
	for col, v := range edits {
		switch {
		case col < 0:
			f = f[:len(f)+col]
		case col > len(f):
			f = append(f, v)
		default:
			f[col-1] = v
		}
	}
	return strings.Join(f, "\t")
}

// TestMalformed reads a bad line between two good ones: the error names
// the line, the column and the reason, and the reader goes on.
func TestMalformed(t *testing.T) {
	g1 := fixtureLines(t, "gdelt1.tsv")
	g2 := fixtureLines(t, "gdelt2.tsv")
	ic := fixtureLines(t, "icews.tsv")
	pc := fixtureLines(t, "polecat.tsv")
	for _, tc := range []struct {
		name   string
		format Format
		header string // ICEWS and POLECAT
		good   string // a good line before and after the bad one
		bad    string
		column int
		field  string
		kind   error
		msg    string
	}{
		{"too few columns", GDELT1, "", g1[0], edit(g1[0], map[int]string{-2: ""}), 0, "", ErrFieldCount,
			"56 columns, want 58 or 57 (gdelt1)"},
		{"too many columns", GDELT1, "", g1[0], edit(g1[0], map[int]string{59: "x"}), 0, "", ErrFieldCount, "59 columns"},
		{"GDELT 1.0 line for 2.0", GDELT2, "", g2[0], g1[0], 0, "", ErrFieldCount, "58 columns, want 61 (gdelt2)"},
		{"event id", GDELT1, "", g1[0], edit(g1[0], map[int]string{1: "25548x"}), 1, "GLOBALEVENTID", ErrNumber,
			`"25548x" is not an identifier of digits`},
		{"no date", GDELT1, "", g1[0], edit(g1[0], map[int]string{2: ""}), 2, "SQLDATE", ErrDate, `"" is not a date`},
		{"impossible date", GDELT1, "", g1[0], edit(g1[0], map[int]string{2: "20130231"}), 2, "SQLDATE", ErrDate,
			`"20130231" is not a date (YYYYMMDD)`},
		{"dashed date", GDELT1, "", g1[0], edit(g1[0], map[int]string{2: "2013-06-01"}), 2, "SQLDATE", ErrDate, ""},
		{"root event", GDELT1, "", g1[0], edit(g1[0], map[int]string{26: "yes"}), 26, "IsRootEvent", ErrValue,
			`"yes" is not 0 or 1`},
		{"event code", GDELT1, "", g1[0], edit(g1[0], map[int]string{27: "11x"}), 27, "EventCode", ErrCode,
			`"11x" is not a CAMEO event code (2 to 4 digits)`},
		{"root code", GDELT1, "", g1[0], edit(g1[0], map[int]string{29: "112"}), 29, "EventRootCode", ErrCode,
			"(2 digits)"},
		{"quad class", GDELT1, "", g1[0], edit(g1[0], map[int]string{30: "5"}), 30, "QuadClass", ErrValue,
			"quad class \"5\" is not 1 to 4"},
		{"goldstein out of range", GDELT1, "", g1[0], edit(g1[0], map[int]string{31: "-12.5"}), 31, "GoldsteinScale",
			ErrNumber, "-12.5 is not from -10 to 10"},
		{"goldstein missing", GDELT1, "", g1[0], edit(g1[0], map[int]string{31: ""}), 31, "GoldsteinScale", ErrMissing,
			"no value"},
		{"goldstein NaN", GDELT1, "", g1[0], edit(g1[0], map[int]string{31: "NaN"}), 31, "GoldsteinScale", ErrNumber,
			`"NaN" is not a number`},
		{"negative count", GDELT1, "", g1[0], edit(g1[0], map[int]string{32: "-1"}), 32, "NumMentions", ErrNumber,
			`"-1" is not a whole number from 0`},
		{"place type", GDELT1, "", g1[0], edit(g1[0], map[int]string{36: "9"}), 36, "Actor1Geo_Type", ErrValue,
			"place type 9 is not 0 to 5"},
		{"latitude", GDELT1, "", g1[0], edit(g1[0], map[int]string{40: "91"}), 40, "Actor1Geo_Lat", ErrNumber,
			"91 is not from -90 to 90"},
		{"longitude", GDELT1, "", g1[0], edit(g1[0], map[int]string{41: "east"}), 41, "Actor1Geo_Long", ErrNumber,
			`"east" is not a number`},
		{"date added", GDELT1, "", g1[0], edit(g1[0], map[int]string{57: "2013061"}), 57, "DATEADDED", ErrDate, ""},
		{"invalid UTF-8", GDELT1, "", g1[0], edit(g1[0], map[int]string{7: "UNITED \xffSTATES"}), 7, "Actor1Name",
			ErrUTF8, "invalid UTF-8 at byte 7 of the field"},
		{"GDELT 2.0 date added", GDELT2, "", g2[0], edit(g2[0], map[int]string{60: "20230129"}), 60, "DATEADDED",
			ErrDate, "(YYYYMMDDHHMMSS)"},
		{"GDELT 2.0 ADM2 column", GDELT2, "", g2[0], edit(g2[0], map[int]string{57: "99"}), 57, "ActionGeo_Lat",
			ErrNumber, "99 is not from -90 to 90"},
		{"ICEWS date", ICEWS, ic[0], ic[1], edit(ic[1], map[int]string{2: "2022/02/24"}), 2, "Event Date", ErrDate,
			`"2022/02/24" is not a date (YYYY-MM-DD)`},
		{"ICEWS intensity", ICEWS, ic[0], ic[1], edit(ic[1], map[int]string{8: "high"}), 8, "Intensity", ErrNumber, ""},
		{"ICEWS code", ICEWS, ic[0], ic[1], edit(ic[1], map[int]string{7: "NA"}), 7, "CAMEO Code", ErrCode, ""},
		{"ICEWS story", ICEWS, ic[0], ic[1], edit(ic[1], map[int]string{12: "story-1"}), 12, "Story ID", ErrNumber, ""},
		{"ICEWS latitude", ICEWS, ic[0], ic[1], edit(ic[1], map[int]string{19: "-95"}), 19, "Latitude", ErrNumber, ""},
		{"ICEWS short line", ICEWS, ic[0], ic[1], edit(ic[1], map[int]string{-1: ""}), 0, "", ErrFieldCount,
			"19 columns, want 20 (icews)"},
		{"ICEWS extra column", ICEWS, ic[0], ic[1], edit(ic[1], map[int]string{21: "x"}), 21, "extra", ErrFieldCount,
			"column 21 is not empty"},
		{"POLECAT no type", POLECAT, pc[0], pc[1], edit(pc[1], map[int]string{3: "None"}), 3, "Event Type", ErrMissing,
			"no event type"},
		{"POLECAT no id", POLECAT, pc[0], pc[1], edit(pc[1], map[int]string{1: ""}), 1, "Event ID", ErrMissing, ""},
		{"POLECAT quad", POLECAT, pc[0], pc[1], edit(pc[1], map[int]string{6: "SOMEWHAT FRIENDLY"}), 6, "Quad Code",
			ErrValue, `"SOMEWHAT FRIENDLY" is not a quad class`},
		{"POLECAT date", POLECAT, pc[0], pc[1], edit(pc[1], map[int]string{2: "29/01/2023"}), 2, "Event Date", ErrDate,
			""},
		{"POLECAT longitude", POLECAT, pc[0], pc[1], edit(pc[1], map[int]string{30: "200"}), 30, "Longitude", ErrNumber,
			""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var in strings.Builder
			line := 2
			if tc.header != "" {
				in.WriteString(tc.header + "\n")
				line = 3
			}
			in.WriteString(tc.good + "\n" + tc.bad + "\n" + tc.good + "\n")
			r := NewReader(strings.NewReader(in.String()), tc.format)
			r.Name = "events.tsv"
			if _, err := r.Next(); err != nil {
				t.Fatalf("good line: %v", err)
			}
			_, err := r.Next()
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("got %v, want a *ParseError", err)
			}
			if pe.Line != line || pe.Column != tc.column || pe.Field != tc.field || pe.Name != "events.tsv" {
				t.Errorf("line %d column %d (%s) of %q, want line %d column %d (%s)", pe.Line, pe.Column, pe.Field,
					pe.Name, line, tc.column, tc.field)
			}
			if !errors.Is(err, tc.kind) {
				t.Errorf("%v is not %v", err, tc.kind)
			}
			if !strings.Contains(err.Error(), tc.msg) || !strings.HasPrefix(err.Error(), "events.tsv:") {
				t.Errorf("message %q lacks %q", err, tc.msg)
			}
			if _, err := r.Next(); err != nil {
				t.Errorf("line after the bad one: %v", err)
			}
			if _, err := r.Next(); err != io.EOF {
				t.Errorf("at the end: %v", err)
			}
		})
	}
}

// TestBadHeader: a header without the columns a format needs, or a first
// line of no known format, ends the input.
func TestBadHeader(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		format   Format
		kind     error
		msg      string
	}{
		{"ICEWS without CAMEO Code", "Event ID\tEvent Date\tSource Name\n1\t2022-01-01\tX\n", ICEWS, ErrHeader,
			`line 1: the icews header has no "CAMEO Code" column`},
		{"POLECAT without Event Type", "Event ID\tEvent Date\n1\t2022-01-01\n", POLECAT, ErrHeader,
			`the polecat header has no "Event Type" column`},
		{"unknown header", "Event ID\tEvent Date\n1\t2022-01-01\n", Auto, ErrFormat,
			`neither "CAMEO Code" (ICEWS) nor "Event Type" (POLECAT)`},
		{"unknown columns", "a\tb\tc\n", Auto, ErrFormat, "3 tab-separated columns and no ICEWS or POLECAT header"},
		{"binary", "\x00\x01\x02", Auto, ErrFormat, "1 tab-separated columns"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tc.in), tc.format)
			_, err := r.Next()
			if !errors.Is(err, tc.kind) || !strings.Contains(err.Error(), tc.msg) {
				t.Fatalf("got %v, want %v: ...%s", err, tc.kind, tc.msg)
			}
			if _, again := r.Next(); again != err {
				t.Errorf("next call: %v, want the same error", again)
			}
		})
	}
}

// TestLineEnds reads a file with CRLF line ends, a byte-order mark, blank
// lines and no final line end.
func TestLineEnds(t *testing.T) {
	data, err := os.ReadFile("testdata/gdelt2.tsv")
	if err != nil {
		t.Fatal(err)
	}
	want, _ := readAll(t, "gdelt2.tsv", data, Auto)
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	in := "\ufeff" + lines[0] + "\r\n\r\n  \t \r\n" + lines[1] + "\n\n" + lines[2]
	r := NewReader(strings.NewReader(in), Auto)
	var got []Event
	for e, err := range r.All() {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, e)
	}
	if r.Format() != GDELT2 {
		t.Errorf("format %v", r.Format())
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %d events %+v, want %+v", len(got), got, want)
	}
	if r.Line() != 6 {
		t.Errorf("read %d lines, want 6", r.Line())
	}
	// Line numbers count the blank lines.
	bad := edit(lines[1], map[int]string{2: "x"})
	r = NewReader(strings.NewReader(lines[0]+"\r\n\r\n"+bad+"\r\n"), GDELT2)
	r.Next()
	if _, err := r.Next(); err == nil || err.(*ParseError).Line != 3 {
		t.Errorf("got %v, want an error on line 3", err)
	}
}

// TestLongLines reads lines far longer than bufio.Scanner's limit, and
// skips one longer than MaxLineBytes.
func TestLongLines(t *testing.T) {
	g := fixtureLines(t, "gdelt1.tsv")
	long := strings.Repeat("VERY LONG NAME ", 20000) // 300 kB
	in := edit(g[0], map[int]string{7: long}) + "\n" + g[1] + "\n"
	r := NewReader(strings.NewReader(in), Auto)
	e, err := r.Next()
	if err != nil || e.Source.Name != long {
		t.Fatalf("long line: %v", err)
	}
	if e, err := r.Next(); err != nil || e.ExternalID != "255487343" {
		t.Fatalf("line after: %v %v", e.ExternalID, err)
	}

	r = NewReader(strings.NewReader(g[0]+"\n"+in+g[2]), GDELT1)
	r.MaxLineBytes = 100000
	if _, err := r.Next(); err != nil {
		t.Fatal(err)
	}
	_, err = r.Next()
	if !errors.Is(err, ErrLineTooLong) || err.(*ParseError).Line != 2 {
		t.Fatalf("got %v, want line 2: %v", err, ErrLineTooLong)
	}
	for _, want := range []string{"255487343", "255487344"} {
		if e, err := r.Next(); err != nil || e.ExternalID != want {
			t.Fatalf("after the long line: %q %v, want %s", e.ExternalID, err, want)
		}
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("at the end: %v", err)
	}
}

// TestReplaceInvalidUTF8 keeps a line with broken UTF-8 when asked to.
func TestReplaceInvalidUTF8(t *testing.T) {
	g := fixtureLines(t, "gdelt1.tsv")
	in := edit(g[0], map[int]string{7: "UNITED \xffSTATES"})
	r := NewReader(strings.NewReader(in), GDELT1)
	r.ReplaceInvalidUTF8 = true
	e, err := r.Next()
	if err != nil || e.Source.Name != "UNITED \uFFFDSTATES" {
		t.Errorf("got %q, %v", e.Source.Name, err)
	}
}

// TestQuotedICEWS reads an ICEWS file as Dataverse archives it, with its
// text fields quoted.
func TestQuotedICEWS(t *testing.T) {
	ic := fixtureLines(t, "icews.tsv")
	quote := func(line string) string {
		f := strings.Split(line, "\t")
		for i, v := range f {
			if !isDigits(v) {
				f[i] = `"` + strings.ReplaceAll(v, `"`, `""`) + `"`
			}
		}
		return strings.Join(f, "\t")
	}
	var in strings.Builder
	for _, l := range ic {
		in.WriteString(quote(l) + "\n")
	}
	got, f := readAll(t, "quoted", []byte(in.String()), Auto)
	want, _ := readAll(t, "icews.tsv", []byte(strings.Join(ic, "\n")), Auto)
	if f != ICEWS || !reflect.DeepEqual(got, want) {
		t.Errorf("quoted file read as %v:\n%+v\nwant\n%+v", f, got, want)
	}
	if got[2].Publisher != `The "Korea Herald"` {
		t.Errorf("publisher %q", got[2].Publisher)
	}
}

// TestGDELTHeader skips a header line, as exports from other tools have.
func TestGDELTHeader(t *testing.T) {
	g := fixtureLines(t, "gdelt2.tsv")
	in := strings.Join(gdeltColumns(GDELT2), "\t") + "\n" + g[0] + "\n"
	evs, f := readAll(t, "with header", []byte(in), Auto)
	if f != GDELT2 || len(evs) != 1 || evs[0].ExternalID != "1078301847" {
		t.Errorf("%v %+v", f, evs)
	}
}

// TestPOLECATExtraColumns reads a POLECAT file whose header has empty
// columns at its end and lines without them.
func TestPOLECATExtraColumns(t *testing.T) {
	pc := fixtureLines(t, "polecat.tsv")
	in := pc[0] + "\t\t\n" + pc[1] + "\n" + pc[2] + "\t\t\n"
	evs, _ := readAll(t, "extra", []byte(in), Auto)
	if len(evs) != 2 {
		t.Errorf("%d events", len(evs))
	}
}

func TestEmptyInputs(t *testing.T) {
	for _, in := range []string{"", "\n\n", "\ufeff", "Event ID\tEvent Date\tCAMEO Code\r\n"} {
		r := NewReader(strings.NewReader(in), Auto)
		if _, err := r.Next(); err != io.EOF {
			t.Errorf("%q: %v, want EOF", in, err)
		}
	}
}

// TestReadError: an error of the underlying reader ends the input and is
// returned, with the input's name, from then on.
func TestReadError(t *testing.T) {
	g := fixtureLines(t, "gdelt1.tsv")
	boom := errors.New("disk on fire")
	r := NewReader(io.MultiReader(strings.NewReader(g[0]+"\n"), iotest.ErrReader(boom)), Auto)
	r.Name = "x.tsv"
	if _, err := r.Next(); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, err := r.Next(); !errors.Is(err, boom) || err.Error() != "x.tsv: disk on fire" {
			t.Errorf("got %v", err)
		}
	}
}

// TestReadBatch reads in batches, collecting the bad lines.
func TestReadBatch(t *testing.T) {
	ic := fixtureLines(t, "icews.tsv")
	bad := edit(ic[2], map[int]string{2: "soon"})
	in := strings.Join([]string{ic[0], ic[1], bad, ic[3], ic[4], ic[5]}, "\n")
	r := NewReader(strings.NewReader(in), Auto)
	buf := make([]Event, 2)
	var ids []string
	var errs []error
	for {
		n, bad, err := r.ReadBatch(buf)
		errs = append(errs, bad...)
		for _, e := range buf[:n] {
			ids = append(ids, e.ExternalID)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			t.Fatal("an empty batch before the end")
		}
	}
	if want := []string{"35127456", "35127458", "35127459", "35127460"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("read %q, want %q", ids, want)
	}
	if len(errs) != 1 || errs[0].(*ParseError).Line != 3 {
		t.Errorf("bad lines: %v", errs)
	}
}

func TestDetect(t *testing.T) {
	g1 := fixtureLines(t, "gdelt1.tsv")
	gb := fixtureLines(t, "gdelt1-backfile.tsv")
	g2 := fixtureLines(t, "gdelt2.tsv")
	ic := fixtureLines(t, "icews.tsv")
	pc := fixtureLines(t, "polecat.tsv")
	pv := fixtureLines(t, "polecat-v1.tsv")
	for _, tc := range []struct {
		line string
		want Format
	}{
		{g1[0], GDELT1},
		{g1[0] + "\r\n", GDELT1},
		{gb[0], GDELT1Backfile},
		{g2[0], GDELT2},
		{"\ufeff" + g2[0], GDELT2},
		{strings.Join(gdeltColumns(GDELT1), "\t"), GDELT1},
		{ic[0], ICEWS},
		{"\ufeff" + ic[0] + "\r\n", ICEWS},
		{`"Event ID"` + "\t" + `"Event Date"` + "\t" + `"CAMEO Code"`, ICEWS},
		{pc[0], POLECAT},
		{pv[0], POLECAT},
		{"event id\tevent type", POLECAT},
	} {
		got, err := Detect([]byte(tc.line))
		if got != tc.want || err != nil {
			t.Errorf("Detect(%.40q) = %v, %v; want %v", tc.line, got, err, tc.want)
		}
	}
	if _, err := Detect([]byte("1\t2\t3")); !errors.Is(err, ErrFormat) {
		t.Errorf("three columns: %v", err)
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range append(Formats(), Auto) {
		if got, err := ParseFormat(strings.ToUpper(f.String())); got != f || err != nil {
			t.Errorf("ParseFormat(%q) = %v, %v", f, got, err)
		}
	}
	if _, err := ParseFormat("acled"); err == nil || !strings.Contains(err.Error(), `unknown format "acled"`) {
		t.Errorf("acled: %v", err)
	}
}

// TestSplitFields covers quoting as the POLECAT reader takes it.
func TestSplitFields(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"a\tb", []string{"a", "b"}},
		{`"a""b"` + "\tc", []string{`a"b`, "c"}},
		{`"a` + "\t" + `b"` + "\tc", []string{"a\tb", "c"}},
		{`"a"b` + "\tc", []string{`"a"b`, "c"}},
		{`"open` + "\tc", []string{`"open`, "c"}},
		{`x "y"` + "\t" + `""`, []string{`x "y"`, ""}},
		{`"last"`, []string{"last"}},
		{"\t", []string{"", ""}},
	} {
		if got := splitFields(tc.in, true); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("splitFields(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestAllStops: All stops where the loop breaks and after a fatal error.
func TestAllStops(t *testing.T) {
	data, _ := os.ReadFile("testdata/icews.tsv")
	n := 0
	for range NewReader(bytes.NewReader(data), Auto).All() {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("%d", n)
	}
	n = 0
	for _, err := range NewReader(strings.NewReader("x\ty\n1\t2\n"), Auto).All() {
		n++
		if !errors.Is(err, ErrFormat) {
			t.Errorf("got %v", err)
		}
	}
	if n != 1 {
		t.Errorf("%d yields after a fatal error", n)
	}
}
