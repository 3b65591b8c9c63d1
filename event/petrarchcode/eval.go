package petrarchcode

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/event/petrarch"
)

// Files names the dictionaries of a coder.
type Files struct {
	Verbs    string
	Actors   []string
	Agents   []string
	Discards string // "" for none
	PICO     string // "" for none
}

// FilesOf returns the dictionaries a records file's <Environment> names,
// as paths relative to the records file.
func FilesOf(env petrarch.Environment) Files {
	f := Files{Verbs: env.Path(env.Verbfile), Discards: env.Path(env.Discardfile), PICO: env.Path(env.PICOfile)}
	for _, a := range env.Actorfiles {
		f.Actors = append(f.Actors, env.Path(a))
	}
	if env.Agentfile != "" {
		f.Agents = append(f.Agents, env.Path(env.Agentfile))
	}
	return f
}

// Load reads the dictionaries and returns a coder. Lines the readers skip
// do not stop it: they come back as warnings (each an ErrorList of one
// file). A missing verb dictionary, or a file that cannot be read, is an
// error.
func Load(f Files) (c *Coder, warnings []error, err error) {
	if f.Verbs == "" {
		return nil, nil, errors.New("no verb dictionary")
	}
	vf, err := os.Open(f.Verbs)
	if err != nil {
		return nil, nil, err
	}
	vd, werr := petrarch.ReadVerbs(vf, f.Verbs)
	vf.Close()
	if vd == nil {
		return nil, nil, werr
	}
	if werr != nil {
		warnings = append(warnings, werr)
	}
	a := NewActors()
	for _, name := range f.Actors {
		if err := addFile(name, a.AddActors, &warnings); err != nil {
			return nil, warnings, err
		}
	}
	for _, name := range f.Agents {
		if err := addFile(name, a.AddAgents, &warnings); err != nil {
			return nil, warnings, err
		}
	}
	var disc *Discards
	if f.Discards != "" {
		err := addFile(f.Discards, func(r io.Reader, name string) error {
			var err error
			disc, err = ReadDiscards(r, name)
			return err
		}, &warnings)
		if err != nil {
			return nil, warnings, err
		}
	}
	var pico *PICO
	if f.PICO != "" {
		err := addFile(f.PICO, func(r io.Reader, name string) error {
			var err error
			pico, err = ReadPICO(r, name)
			return err
		}, &warnings)
		if err != nil {
			return nil, warnings, err
		}
	}
	return New(vd, a, disc, pico), warnings, nil
}

// addFile opens name and hands it to add; what add reports goes to the
// warnings, a failure to open or read is returned.
func addFile(name string, add func(io.Reader, string) error, warnings *[]error) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := add(f, name); err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return err
		}
		*warnings = append(*warnings, err)
	}
	return nil
}

// Annotator is the language layer (*nlp.Pipeline): it segments, tags and
// parses a document.
type Annotator interface {
	Annotate(d *dyad.Document)
}

// Result is the score of a records file.
type Result struct {
	Records int // records scored
	Correct int
	Crashed int // records whose coding panicked (counted as wrong)
	// Categories holds the score of each category, by name.
	Categories map[string]*Tally
	Failures   []Failure
}

// Tally is a category's score.
type Tally struct{ Records, Correct int }

// Accuracy returns Correct/Records (0 for no records).
func (r Result) Accuracy() float64 {
	if r.Records == 0 {
		return 0
	}
	return float64(r.Correct) / float64(r.Records)
}

// Failure is a record coded wrong.
type Failure struct {
	ID, Category, Text string
	Want, Got          []string // "SOURCE TARGET CODE", sorted
	Patterns           []string // the pattern of each event got
	Panic              string   // the panic, when coding crashed
}

// Evaluate codes each record of recs that is to be evaluated, from its
// text alone, and scores it as PETRARCH does: a record is right when the
// set of events coded equals the set expected; one that expects no
// events, or a rejection (error="..."), is right when nothing is coded.
// Records marked evaluate="false", records with no expectation and
// records after a <Stop> are not scored. <Config> options apply from where
// they stand.
func Evaluate(recs *petrarch.Records, c *Coder, nlp Annotator) Result {
	res := Result{Categories: map[string]*Tally{}}
	opt := DefaultOptions()
	cfg := 0
	for i, rec := range recs.Records {
		if recs.Stop >= 0 && i >= recs.Stop {
			break
		}
		for cfg < len(recs.Config) && recs.Config[cfg].Before <= i {
			_ = opt.Set(recs.Config[cfg].Name, recs.Config[cfg].Value)
			cfg++
		}
		if !rec.Evaluate || len(rec.Events) == 0 && !rec.NoEvents && rec.ExpectError == "" {
			continue
		}
		want := wanted(rec)
		got, pats, crash := codeRecord(rec, c, nlp, opt)
		cat := category(rec)
		t := res.Categories[cat]
		if t == nil {
			t = &Tally{}
			res.Categories[cat] = t
		}
		res.Records++
		t.Records++
		if crash != "" {
			res.Crashed++
		}
		if crash == "" && equal(want, got) {
			res.Correct++
			t.Correct++
			continue
		}
		res.Failures = append(res.Failures, Failure{ID: rec.ID, Category: cat, Text: rec.Text, Want: want,
			Got: got, Patterns: pats, Panic: crash})
	}
	return res
}

func wanted(rec petrarch.Record) []string {
	var out []string
	for _, e := range rec.Events {
		out = append(out, e.Source+" "+e.Target+" "+e.Code)
	}
	return uniq(out)
}

func uniq(ss []string) []string {
	sort.Strings(ss)
	out := ss[:0]
	for i, s := range ss {
		if i == 0 || s != ss[i-1] {
			out = append(out, s)
		}
	}
	return out
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// category returns a record's category, or its id's prefix ("COMMA" in
// COMMA-01) when it has none.
func category(rec petrarch.Record) string {
	if rec.Category != "" {
		return rec.Category
	}
	id := rec.ID
	if i := strings.IndexAny(id, "-_0123456789"); i > 0 {
		id = id[:i]
	}
	return id
}

// RecordDate returns a record's date (YYYYMMDD, or YYMMDD with YY up to 30
// meaning 20YY).
func RecordDate(s string) (time.Time, error) {
	switch len(s) {
	case 8:
		return time.Parse("20060102", s)
	case 6:
		t, err := time.Parse("060102", s)
		if err == nil && t.Year() > 2030 {
			t = t.AddDate(-100, 0, 0)
		}
		if err == nil && s[:2] > "30" && t.Year() >= 2000 {
			t = t.AddDate(-100, 0, 0)
		}
		return t, err
	}
	return time.Time{}, fmt.Errorf("date %q is not YYYYMMDD or YYMMDD", s)
}

// codeRecord codes one record's text and returns its events as sorted
// "SOURCE TARGET CODE" strings, with the patterns that gave them. A panic
// is caught and returned.
func codeRecord(rec petrarch.Record, c *Coder, nlp Annotator, opt Options) (got, pats []string, crash string) {
	defer func() {
		if r := recover(); r != nil {
			crash = fmt.Sprint(r)
		}
	}()
	date, _ := RecordDate(rec.Date)
	d := &dyad.Document{ID: rec.ID, Text: rec.Text}
	if !date.IsZero() {
		d.Date = date.Format("2006-01-02")
	}
	nlp.Annotate(d)
	for _, e := range c.Code(d, date, opt) {
		got = append(got, e.String())
		pats = append(pats, e.String()+" <- "+d.TokenText(e.Verb)+" "+e.Pattern)
	}
	return uniq(got), pats, ""
}
