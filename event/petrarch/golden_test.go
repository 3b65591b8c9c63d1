package petrarch

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the .golden files under testdata")

// golden compares got with testdata/<dir>/<name>.golden, or rewrites it.
func golden(t *testing.T, path, got string) {
	t.Helper()
	g := strings.TrimSuffix(path, filepath.Ext(path)) + ".golden"
	if *update {
		if err := os.WriteFile(g, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(g)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from %s (run go test -update after checking):\n%s", path, g, diff(string(want), got))
	}
}

// diff shows the first differing lines.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\nwant %q\ngot  %q", i+1, a, b)
		}
	}
	return ""
}

// dumpElems writes elements with their kinds and flags, one token each.
func dumpElems(es []Elem) string {
	var parts []string
	for _, e := range es {
		var s string
		switch e.Kind {
		case Literal:
			s = "word:" + e.Text
		case SynsetRef:
			s = "syn:" + e.Text
		case NounPhrase:
			s = "noun[" + dumpElems(e.Children) + "]"
		case PrepPhrase:
			s = "prep[" + dumpElems(e.Children) + "]"
		case Alternatives:
			var alts []string
			for _, a := range e.Alts {
				alts = append(alts, dumpElems(a))
			}
			s = "alt[" + strings.Join(alts, " | ") + "]"
		default:
			s = e.Kind.String()
		}
		if e.Joined {
			s = "_" + s
		}
		if e.Stop {
			s += "!"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

func dumpErrors(b *strings.Builder, err error) {
	if err == nil {
		return
	}
	el, ok := err.(ErrorList)
	if !ok {
		fmt.Fprintf(b, "error: %v\n", err)
		return
	}
	if !sort.IsSorted(el) {
		fmt.Fprintf(b, "ERRORS NOT SORTED\n")
	}
	for _, e := range el {
		fmt.Fprintf(b, "error: %v\n", e)
	}
}

func dumpVerbs(d *VerbDictionary, err error) string {
	var b strings.Builder
	for _, s := range d.Synsets {
		fmt.Fprintf(&b, "%d: synset %s noplural=%v section=%q\n", s.Line, s.Name, s.NoPlural, s.Section)
		for _, m := range s.Members {
			fmt.Fprintf(&b, "%d:   + %s noplural=%v\n", m.Line, dumpElems(m.Elems), m.NoPlural)
		}
	}
	for _, bl := range d.Blocks {
		fmt.Fprintf(&b, "%d: block %q [%s] section=%q\n", bl.Line, bl.Name, bl.Code, bl.Section)
		for _, v := range bl.Verbs {
			fmt.Fprintf(&b, "%d:   verb %s words=%q head=%d", v.Line, v.VerbPhrase, v.Words, v.Head)
			if v.Irregular {
				var fs []string
				for _, f := range v.Forms {
					fs = append(fs, f.String())
				}
				fmt.Fprintf(&b, " forms={%s}", strings.Join(fs, " "))
			}
			if !v.Code.IsZero() {
				fmt.Fprintf(&b, " [%s]", v.Code)
			}
			b.WriteString("\n")
		}
		for _, p := range bl.Patterns {
			fmt.Fprintf(&b, "%d:   %s  # %s\n", p.Line, p, p.Comment)
			fmt.Fprintf(&b, "        %s  code=%q/%q\n", dumpElems(p.Elems), p.Code.Event, p.Code.Reverse)
		}
	}
	for _, tr := range d.Transformations {
		fmt.Fprintf(&b, "%d: transformation %q = %q\n", tr.Line, tr.Left, tr.Right)
	}
	dumpErrors(&b, err)
	return b.String()
}

func dumpRecords(rs *Records, err error) string {
	var b strings.Builder
	e := rs.Environment
	fmt.Fprintf(&b, "environment line %d dir=%q verbs=%q actors=%q agents=%q discards=%q pico=%q errors=%q include=%q pause=%q other=%v\n",
		e.Line, e.Dir, e.Verbfile, e.Actorfiles, e.Agentfile, e.Discardfile, e.PICOfile, e.Errorfile, e.Include, e.Pause, e.Other)
	for _, o := range rs.Config {
		fmt.Fprintf(&b, "%d: config %s=%q before=%d env=%v\n", o.Line, o.Name, o.Value, o.Before, o.InEnvironment)
	}
	fmt.Fprintf(&b, "stop=%d\n", rs.Stop)
	for _, r := range rs.Records {
		fmt.Fprintf(&b, "%d: record %q date=%q category=%q evaluate=%v noevents=%v error=%q attrs=%v\n",
			r.Line, r.ID, r.Date, r.Category, r.Evaluate, r.NoEvents, r.ExpectError, r.Attrs)
		fmt.Fprintf(&b, "    text %q\n", r.Text)
		for _, c := range r.Events {
			fmt.Fprintf(&b, "%d:   event %s %s %s\n", c.Line, c.Source, c.Target, c.Code)
		}
		for _, p := range r.PLEvents {
			fmt.Fprintf(&b, "%d:   plevent %s %+v %+v\n", p.Line, p.Event, p.Source, p.Target)
		}
		if r.Parse != "" {
			fmt.Fprintf(&b, "    parse %q\n", r.Parse)
		}
	}
	dumpErrors(&b, err)
	return b.String()
}

func TestVerbFixtures(t *testing.T) {
	files, _ := filepath.Glob("testdata/verbs/*.txt")
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			r, err := os.Open(f)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			d, err := ReadVerbs(r, filepath.Base(f))
			golden(t, f, dumpVerbs(d, err))
		})
	}
}

func TestRecordFixtures(t *testing.T) {
	files, _ := filepath.Glob("testdata/records/*.xml")
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			r, err := os.Open(f)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			rs, err := ReadRecords(r, filepath.Join("records", filepath.Base(f)))
			golden(t, f, dumpRecords(rs, err))
		})
	}
}
