package petrarch

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

func addSeeds(f *testing.F, glob string, extra ...string) {
	files, _ := filepath.Glob(glob)
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	for _, s := range extra {
		f.Add(s)
	}
}

// checkErrors checks that err is nil or an ErrorList, sorted, whose
// errors name the file and a line of the input.
func checkErrors(t *testing.T, err error, file, input string) {
	t.Helper()
	if err == nil {
		return
	}
	el, ok := err.(ErrorList)
	if !ok {
		t.Fatalf("error %T %v is not an ErrorList", err, err)
	}
	if len(el) == 0 || !sort.IsSorted(el) {
		t.Fatalf("ErrorList empty or not sorted: %v", el)
	}
	lines := strings.Count(input, "\n") + 1
	for _, e := range el {
		if e.File != file || e.Line < 1 || e.Line > lines || e.Msg == "" {
			t.Fatalf("bad error %+v for %d lines", e, lines)
		}
	}
}

func FuzzReadVerbs(f *testing.F) {
	addSeeds(f, "testdata/verbs/*.txt",
		"--- A [010] ---\nA\n- * {B | (C D)} [010]\n",
		"--- A ---\n- (_X) * [010]\n- * {A |_B} [1]\n",
		"&S_\n+A_B_\n--- V ---\nV_+W {X, +Y_Z} [1:2]\n- $_*_+ ^ % [:3]\n~ a (a b X) Y = a b 1\n")
	f.Fuzz(func(t *testing.T, input string) {
		d, err := ReadVerbs(strings.NewReader(input), "fuzz.txt")
		if d == nil {
			t.Fatal("nil dictionary")
		}
		checkErrors(t, err, "fuzz.txt", input)
		for _, b := range d.Blocks {
			for _, p := range b.Patterns {
				if p.Verb() < 0 {
					t.Fatalf("pattern without verb: %v", p)
				}
				q, err := parsePattern(strings.TrimPrefix(p.String(), "-"))
				if err != nil || !reflect.DeepEqual(q.Elems, p.Elems) || q.Code != p.Code {
					t.Fatalf("%q reads as %q, which does not read back: %v", input, p.String(), err)
				}
			}
		}
	})
}

func FuzzReadRecords(f *testing.F) {
	addSeeds(f, "testdata/records/*.xml",
		"<Sentence id='a' date='19950101'/><Text>x</Text></Sentence>",
		"<!-- <!-- --> <PLEvent {\"event\": \"1\"}>",
		"<Sentence id=\"a\" date=\"950101\"><PLEvent {\"a\": [\"}>\"]}><Text>&#0; &#x41; &amp</Text>")
	f.Fuzz(func(t *testing.T, input string) {
		rs, err := ReadRecords(strings.NewReader(input), "fuzz.xml")
		if rs == nil {
			t.Fatal("nil records")
		}
		checkErrors(t, err, "fuzz.xml", input)
		for _, r := range rs.Records {
			if r.ID == "" || r.Text == "" || r.Line < 1 {
				t.Fatalf("incomplete record kept: %+v", r)
			}
		}
		for _, o := range rs.Config {
			if o.Before > len(rs.Records) {
				t.Fatalf("option %+v after the last record", o)
			}
		}
	})
}
