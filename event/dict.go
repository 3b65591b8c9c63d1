package event

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/dyadproject/dyad/cameo"
)

//go:embed data/*.txt
var data embed.FS

// Entry is one dictionary line.
type Entry struct {
	Code    cameo.Code
	Trigger string // lemma; "step_up" with a particle
	Noun    bool   // a noun trigger ("n:attack")
	Target  string // slot of the target, "" for none
	// Swap exchanges source and target: the subject is acted upon by the
	// actor in the target slot ("Ukraine received jets from Denmark" is
	// Denmark's act).
	Swap    bool
	Require []Constraint
	Source  string // "file:line"
}

// Constraint requires (or forbids, when Lemmas is nil) a dependent in a slot.
type Constraint struct {
	Slot   string
	Lemmas []string // nil: the slot must be empty
}

// Dictionary holds verb and noun patterns. It is read-only once loaded and
// safe for concurrent use.
type Dictionary struct {
	verbs  map[string][]*Entry // by trigger lemma ("step_up" under "step")
	nouns  map[string][]*Entry
	intent map[string]cameo.Code // code prefix -> intent code
	threat map[string]cameo.Code
}

// New returns an empty dictionary.
func New() *Dictionary {
	return &Dictionary{verbs: map[string][]*Entry{}, nouns: map[string][]*Entry{},
		intent: map[string]cameo.Code{}, threat: map[string]cameo.Code{}}
}

// Default returns the built-in dictionary.
func Default() (*Dictionary, error) {
	d := New()
	names, err := data.ReadDir("data")
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		f, err := data.Open("data/" + n.Name())
		if err != nil {
			return nil, err
		}
		err = d.Add(f, n.Name())
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return d, nil
}

// AddFile adds the entries of a dictionary file.
func (d *Dictionary) AddFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return d.Add(f, path)
}

// Error is a malformed dictionary line.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// ErrorList is every malformed line of a file, in order.
type ErrorList []*Error

func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

var slots = map[string]bool{"obj": true, "iobj": true, "xcomp": true, "to": true, "against": true, "with": true,
	"on": true, "at": true, "for": true, "from": true, "into": true, "of": true, "over": true, "toward": true,
	"towards": true, "about": true, "in": true, "by": true, "upon": true, "across": true,
	"between": true}

// Add reads entries from r; name labels errors. Malformed lines are
// reported together (an ErrorList) and the rest are added.
func (d *Dictionary) Add(r io.Reader, name string) error {
	var errs ErrorList
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if i := strings.IndexByte(text, '#'); i >= 0 {
			text = text[:i]
		}
		f := strings.Fields(text)
		if len(f) == 0 {
			continue
		}
		bad := func(format string, a ...any) {
			errs = append(errs, &Error{name, line, fmt.Sprintf(format, a...)})
		}
		if f[0] == "@intent" || f[0] == "@threat" {
			if len(f) != 3 {
				bad("%s wants a code prefix and a code", f[0])
				continue
			}
			to, err := cameo.Parse(f[2])
			if err != nil {
				bad("%v", err)
				continue
			}
			if strings.Trim(f[1], "0123456789") != "" || len(f[1]) < 2 {
				bad("bad code prefix %q", f[1])
				continue
			}
			if f[0] == "@intent" {
				d.intent[f[1]] = to
			} else {
				d.threat[f[1]] = to
			}
			continue
		}
		if len(f) < 2 {
			bad("want CODE TRIGGER [CONSTRAINT...]")
			continue
		}
		code, err := cameo.Parse(f[0])
		if err != nil {
			bad("%v", err)
			continue
		}
		e := &Entry{Code: code, Trigger: strings.ToLower(f[1]), Source: fmt.Sprintf("%s:%d", name, line)}
		if t, ok := strings.CutPrefix(e.Trigger, "n:"); ok {
			e.Noun, e.Trigger = true, t
		}
		ok := e.Trigger != ""
		for _, c := range f[2:] {
			if c == "swap" {
				e.Swap = true
				continue
			}
			if slot, ok2 := strings.CutPrefix(c, "target:"); ok2 {
				if !slots[slot] {
					bad("unknown slot %q", slot)
					ok = false
				}
				e.Target = slot
				continue
			}
			slot, vals, found := strings.Cut(c, "=")
			if !found || !slots[slot] || vals == "" {
				bad("bad constraint %q (want target:SLOT, SLOT=LEMMA,... or SLOT=-)", c)
				ok = false
				continue
			}
			con := Constraint{Slot: slot}
			if vals != "-" {
				con.Lemmas = strings.Split(strings.ToLower(vals), ",")
			}
			e.Require = append(e.Require, con)
		}
		if !ok {
			continue
		}
		key, _, _ := strings.Cut(e.Trigger, "_")
		if e.Noun {
			d.nouns[key] = append(d.nouns[key], e)
		} else {
			d.verbs[key] = append(d.verbs[key], e)
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, &Error{name, line + 1, err.Error()})
	}
	for _, m := range []map[string][]*Entry{d.verbs, d.nouns} {
		for _, es := range m {
			// most specific first: a particle, then more constraints
			sort.SliceStable(es, func(i, j int) bool { return specificity(es[i]) > specificity(es[j]) })
		}
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

func specificity(e *Entry) int {
	n := 2 * len(e.Require)
	if strings.Contains(e.Trigger, "_") {
		n += 3
	}
	if e.Target != "" {
		n++
	}
	return n
}

// Size returns the number of entries.
func (d *Dictionary) Size() int {
	n := 0
	for _, es := range d.verbs {
		n += len(es)
	}
	for _, es := range d.nouns {
		n += len(es)
	}
	return n
}

// Codes returns the distinct CAMEO codes the dictionary's entries give.
func (d *Dictionary) Codes() []cameo.Code {
	seen := map[cameo.Code]bool{}
	for _, m := range []map[string][]*Entry{d.verbs, d.nouns} {
		for _, es := range m {
			for _, e := range es {
				seen[e.Code] = true
			}
		}
	}
	for _, m := range []map[string]cameo.Code{d.intent, d.threat} {
		for _, c := range m {
			seen[c] = true
		}
	}
	out := make([]cameo.Code, 0, len(seen))
	for c := range seen {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// shifted returns the intent or threat code for c from table, if any
// (longest matching prefix).
func shifted(table map[string]cameo.Code, c cameo.Code) (cameo.Code, bool) {
	s := c.String()
	for n := len(s); n >= 2; n-- {
		if to, ok := table[s[:n]]; ok {
			return to, true
		}
	}
	return 0, false
}
