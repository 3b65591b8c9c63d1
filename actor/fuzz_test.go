package actor

import (
	"errors"
	"os"
	"strings"
	"testing"
)

// checkErrors fails the test if err is not nil and not an ErrorList whose
// errors all name the file and a line in it.
func checkErrors(t *testing.T, err error, name string, lines int) {
	t.Helper()
	if err == nil {
		return
	}
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("error is not an ErrorList: %v", err)
	}
	for _, e := range list {
		if e.File != name || e.Line < 0 || e.Line > lines+1 {
			t.Errorf("error without its file or with a line out of range: %v", e)
		}
		if !strings.HasPrefix(e.Error(), name+":") {
			t.Errorf("message does not start with the file name: %v", e)
		}
	}
}

func seed(f *testing.F, files ...string) {
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
}

// FuzzAdd checks that the reader of dyad's format never panics, reports
// errors with their file and line, and leaves a dictionary Resolve can use.
func FuzzAdd(f *testing.F) {
	seed(f, "testdata/dyad/small.txt", "testdata/dyad/bad.txt")
	f.Add("country XAA A | B; C\n  role XAAGOV 2001..\n  flags given-name, envoy\n")
	f.Add("person XAA Q\n  role X ..\n  when XA,\n")
	f.Fuzz(func(t *testing.T, text string) {
		d := New()
		err := d.Add(strings.NewReader(text), "fuzz.txt")
		checkErrors(t, err, "fuzz.txt", strings.Count(text, "\n")+1)
		for _, phrase := range []string{text, "A", "Q", "the B of C"} {
			m, ok := d.Resolve(phrase, day0("2005-01-01"))
			if ok && (m.Start < 0 || m.End > len(phrase) || m.Start > m.End) {
				t.Errorf("Resolve(%q): offsets %d..%d out of range", phrase, m.Start, m.End)
			}
		}
	})
}

// FuzzPetrarchActors does the same for PETRARCH actor dictionaries.
func FuzzPetrarchActors(f *testing.F) {
	seed(f, "testdata/petrarch/small.actors.txt", "testdata/petrarch/bad.actors.txt")
	f.Add("A [B <1]\n\t[C 2-]\n+D +E [F]\n<!-- x")
	f.Fuzz(func(t *testing.T, text string) {
		d := New()
		err := d.AddPetrarchActors(strings.NewReader(text), "fuzz.actors")
		checkErrors(t, err, "fuzz.actors", strings.Count(text, "\n")+1)
		d.Resolve(text, day0("2005-01-01"))
	})
}

// FuzzPetrarchAgents does the same for PETRARCH agent dictionaries.
func FuzzPetrarchAgents(f *testing.F) {
	seed(f, "testdata/petrarch/small.agents.txt")
	f.Add("!A! = B, C\n!A!_X {} [~GOV]\nY {Z [NGO~]\n!Q [~]")
	f.Fuzz(func(t *testing.T, text string) {
		d := New()
		err := d.AddPetrarchAgents(strings.NewReader(text), "fuzz.agents")
		checkErrors(t, err, "fuzz.agents", strings.Count(text, "\n")+1)
		d.Resolve(text, day0("2005-01-01"))
	})
}

// FuzzResolve checks that resolving any phrase with the built-in data never
// panics and gives offsets inside the phrase.
func FuzzResolve(f *testing.F) {
	f.Add("Kwon Jong-gun, director general of the North Korean Foreign Ministry's department of US affairs")
	f.Add("the “Islamic State” group's ex-leader, (Michael Jordan) - Chad & U.S.")
	f.Add("'s ' , , of of the")
	f.Add("\xff\xfeKim\u00a0Jong\u2011un")
	d, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, phrase string) {
		m, ok := d.ResolveIn(phrase, day0("2020-01-01"), &Context{Countries: []string{"KOR", "X"}})
		if ok && (m.Code == "" || m.Start < 0 || m.End > len(phrase) || m.Start > m.End) {
			t.Errorf("Resolve(%q) = %+v", phrase, m)
		}
	})
}
