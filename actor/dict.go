package actor

import (
	"bytes"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path"
	"slices"
	"sort"
	"strings"
	"time"
)

// Kind says what a dictionary entry stands for.
type Kind uint8

// The kinds of entries. The names are the keywords that start an entry in a
// dictionary file.
const (
	NoKind   Kind = iota
	Country       // a state or territory: PRK North Korea
	Region        // a province, state or city standing for its country: USA Texas
	Metonym       // a capital or seat of power standing for a country or its government: RUSGOV the Kremlin
	IGO           // an intergovernmental organization or one of its organs: IGOUNO United Nations
	Group         // a non-state armed group: PSEREB Hamas
	Org           // any other named body: ministries, agencies, parties, media, NGOs, universities
	Person        // a person, coded by dated roles
	Agent         // a title or role word giving a sector: GOV president
	Block         // a name that is not an actor and hides the names inside it: Michael Jordan
	Imported      // an actor read from a PETRARCH dictionary
	numKinds
)

var kindNames = [...]string{"", "country", "region", "metonym", "igo", "group", "org", "person", "agent",
	"block", "imported"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

func parseKind(s string) Kind {
	for i, n := range kindNames {
		if n == s && i != int(Imported) && i != 0 {
			return Kind(i)
		}
	}
	return NoKind
}

// A day is a date as days since 1970-01-01 (UTC).
type day int32

const (
	openStart day = math.MinInt32
	openEnd   day = math.MaxInt32
)

func dayOf(t time.Time) day {
	y, m, d := t.Date()
	return day(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

func (d day) String() string {
	switch d {
	case openStart, openEnd:
		return ""
	}
	return time.Unix(int64(d)*86400, 0).UTC().Format("2006-01-02")
}

// A role is a code valid over the half-open date range [from, to).
type role struct {
	code     string
	from, to day
}

func (r role) covers(t day) bool { return r.from <= t && t < r.to }

// An entry is one actor, agent or blocked name with everything the
// dictionary knows about it.
type entry struct {
	kind  Kind
	code  string // the undated code ("" for none)
	name  string // canonical name
	home  string // a person's country, for the ELI fallback
	roles []role
	// when lists the codes of which the caller's Context must name one for
	// the entry to apply (context-dependent names such as "the North").
	when []string
	// givenName marks names that are also personal names (Jordan, Chad,
	// Georgia, Paris): they are not matched next to an unknown capitalized
	// word ("Michael Jordan", "Paris Hilton").
	givenName bool
	givenKey  string // the key of the one-word name the flag is about
	// envoy marks agents such as ambassador and envoy: a following "to" or
	// "for" phrase names the host, not the affiliation.
	envoy  bool
	prefix bool // the agent code goes before the actor code (PETRARCH "NGO~")
	// imported marks entries read from PETRARCH files, whose names match
	// in any case (PETRARCH writes them in capitals).
	imported bool
	src      string
	line     int
}

// codeAt returns the entry's code on date t (hasDate false: no date, the
// most recent role). ok is false when the entry has no code then.
func (e *entry) codeAt(t day, hasDate bool) (string, bool) {
	if e.kind == Block {
		return "", false
	}
	if len(e.roles) == 0 {
		return e.code, e.code != ""
	}
	if !hasDate {
		best := -1
		for i, r := range e.roles {
			if best < 0 || r.from > e.roles[best].from || (r.from == e.roles[best].from && r.to > e.roles[best].to) {
				best = i
			}
		}
		return e.roles[best].code, true
	}
	for _, r := range e.roles {
		if r.covers(t) {
			return r.code, r.code != ""
		}
	}
	if e.code != "" {
		return e.code, true
	}
	if e.kind != Person {
		return "", false
	}
	// A person outside every role: a former office-holder is coded as an
	// elite of the home country (CAMEO ELI, as the Phoenix dictionaries
	// do); before the first role, the bare country.
	home := e.home
	if home == "" {
		return "", false
	}
	for _, r := range e.roles {
		if r.to <= t {
			return home + "ELI", true
		}
	}
	return home, true
}

// lastEnd is the latest end of a role that ended on or before t, or
// openStart.
func (e *entry) lastEnd(t day) day {
	last := openStart
	for _, r := range e.roles {
		if r.to <= t && r.to > last {
			last = r.to
		}
	}
	return last
}

func (e *entry) covered(t day) bool {
	for _, r := range e.roles {
		if r.covers(t) {
			return true
		}
	}
	return false
}

// A name is one way of writing an entry, stored in the trie under its word
// keys.
type name struct {
	entry *entry
	rules []caseRule // one per word
	agent bool
	adj   bool     // an adjective or demonym ("Russian"), not a name
	forms []string // as the dictionary files write it ("Rzeszów", "Rzeszow")
}

type node struct {
	next  map[string]*node
	names []*name
}

// Dictionary holds actor and agent entries and resolves noun phrases to
// actor codes. Build one with Default, Load or New and Add; a Dictionary is
// safe for concurrent use by Resolve once no more entries are being added.
type Dictionary struct {
	root    node
	entries []*entry
}

// New returns an empty dictionary.
func New() *Dictionary { return &Dictionary{} }

//go:embed data/*.txt
var dataFS embed.FS

// Default returns a new dictionary holding dyad's own data, embedded in the
// binary: countries and territories, regions and metonyms, international
// organizations, armed groups and other bodies, persons with dated roles, and
// agents. Each call returns a dictionary of its own, which the caller may
// extend with Add.
func Default() (*Dictionary, error) {
	d := New()
	if err := d.AddFS(dataFS, "data"); err != nil {
		return nil, err
	}
	return d, nil
}

// Load returns the default dictionary extended, in order, by the files
// named: each may be in dyad's format or a PETRARCH actor or agent
// dictionary (see AddFile). Entries in later files override those with the
// same name before them. Load fails on any problem in a file, a PETRARCH
// line that PETRARCH would skip included; to skip such lines and go on, add
// the files with AddFile and look at the ErrorList it returns.
func Load(files ...string) (*Dictionary, error) {
	d, err := Default()
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		if err := d.AddFile(f); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// AddFS adds every *.txt file in the directory dir of fsys, in name order, in
// dyad's format.
func (d *Dictionary) AddFS(fsys fs.FS, dir string) error {
	names, err := fs.Glob(fsys, path.Join(dir, "*.txt"))
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return err
		}
		if err := d.Add(bytes.NewReader(b), n); err != nil {
			return err
		}
	}
	return nil
}

// Format is the format of a dictionary file.
type Format uint8

const (
	FormatDyad           Format = iota // dyad's own (see the package documentation)
	FormatPetrarchActors               // a PETRARCH/TABARI .actors dictionary
	FormatPetrarchAgents               // a PETRARCH/TABARI .agents dictionary
)

func (f Format) String() string {
	switch f {
	case FormatDyad:
		return "dyad"
	case FormatPetrarchActors:
		return "petrarch-actors"
	case FormatPetrarchAgents:
		return "petrarch-agents"
	}
	return fmt.Sprintf("Format(%d)", f)
}

// DetectFormat guesses the format of a dictionary file from its content. A
// file is in dyad's format when its first line that is not blank or a comment
// starts with an entry keyword in lower case ("country PRK North Korea");
// otherwise it is a PETRARCH agents file when most of its bracketed codes
// hold a "~" ("[~GOV]"), and a PETRARCH actors file if not.
func DetectFormat(data []byte) Format {
	for _, line := range strings.Split(string(data), "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") || strings.HasPrefix(t, "<!") {
			continue
		}
		if f := strings.Fields(line); len(f) > 0 && parseKind(f[0]) != NoKind && line[0] != ' ' && line[0] != '\t' {
			return FormatDyad
		}
		break
	}
	tilde, codes := 0, 0
	s := string(data)
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			break
		}
		codes++
		if strings.Contains(s[i:i+j], "~") {
			tilde++
		}
		s = s[i+j:]
	}
	if codes > 0 && 2*tilde > codes {
		return FormatPetrarchAgents
	}
	return FormatPetrarchActors
}

// AddFile adds the dictionary file at path, in the format DetectFormat finds.
func (d *Dictionary) AddFile(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return d.AddFormat(bytes.NewReader(b), path, DetectFormat(b))
}

// AddFormat adds a dictionary in format f read from r; name labels errors.
// PETRARCH files are read leniently, as PETRARCH reads them: lines it would
// skip are skipped and reported in the returned ErrorList, and the rest is
// added all the same.
func (d *Dictionary) AddFormat(r io.Reader, name string, f Format) error {
	switch f {
	case FormatDyad:
		return d.Add(r, name)
	case FormatPetrarchActors:
		return d.AddPetrarchActors(r, name)
	case FormatPetrarchAgents:
		return d.AddPetrarchAgents(r, name)
	}
	return fmt.Errorf("%s: unknown dictionary format %v", name, f)
}

// insert adds the entry under one of its written names. Within one batch
// (one file), a name given to two entries of the same class (actor or agent)
// and context is an error, except for persons: a surname shared by two
// persons is resolved by date. Across batches a later entry replaces an
// earlier one of the same name.
func (d *Dictionary) insert(e *entry, written string, adj bool, batch map[*entry]bool) error {
	ws := tokenize(written)
	if e.imported {
		// PETRARCH names hold brackets and slashes ("IRISH REPUBLICAN ARMY
		// (IRA)", "DHKP/C"): keep their words only.
		kept := ws[:0]
		for _, w := range ws {
			if !w.punct || w.key == "," {
				kept = append(kept, w)
			}
		}
		ws = kept
	}
	if len(ws) == 0 {
		return fmt.Errorf("name %q has no words", written)
	}
	n := &name{entry: e, agent: e.kind == Agent, adj: adj, rules: make([]caseRule, len(ws)), forms: []string{written}}
	cur := &d.root
	for i := range ws {
		w := &ws[i]
		if w.punct && w.key != "," {
			return fmt.Errorf("name %q: only commas may stand between its words", written)
		}
		switch {
		case e.imported:
		case !w.cont:
			n.rules[i] = ruleOf(w.raw)
		case isAllCaps(w.raw):
			n.rules[i] = acronym
		}
		if cur.next == nil {
			cur.next = map[string]*node{}
		}
		nx := cur.next[w.key]
		if nx == nil {
			nx = &node{}
			cur.next[w.key] = nx
		}
		cur = nx
	}
	kept := cur.names[:0:0]
	for _, old := range cur.names {
		switch {
		case old.agent != n.agent || !sameStrings(old.entry.when, e.when):
			kept = append(kept, old)
		case old.entry == e:
			if sameRules(old.rules, n.rules) {
				// the entry names itself twice, or with and without
				// diacritics: harmless
				if !slices.Contains(old.forms, written) {
					old.forms = append(old.forms, written)
				}
				return nil
			}
			kept = append(kept, old) // the same words in another case
		case e.kind == Person && old.entry.kind == Person && old.entry.name != e.name:
			kept = append(kept, old) // a shared surname
		case batch[old.entry] && !e.imported && !old.entry.imported:
			return fmt.Errorf("name %q is already defined at %s:%d", written, old.entry.src, old.entry.line)
		}
		// otherwise the new entry replaces the old one under this name
	}
	cur.names = append(kept, n)
	return nil
}

func keyOf(ws []word) string {
	keys := make([]string, len(ws))
	for i, w := range ws {
		keys[i] = w.key
	}
	return strings.Join(keys, " ")
}

func sameRules(a, b []caseRule) bool {
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

func sameStrings(a, b []string) bool {
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

// Stats counts what a dictionary holds.
type Stats struct {
	Entries int          // all entries
	Names   int          // all names (entries' canonical names and aliases)
	Kinds   map[Kind]int // entries by kind
	Roles   int          // persons' dated roles
}

// Stats counts the entries, names and roles in the dictionary.
func (d *Dictionary) Stats() Stats {
	s := Stats{Entries: len(d.entries), Kinds: map[Kind]int{}}
	for _, e := range d.entries {
		s.Kinds[e.kind]++
		if e.kind == Person {
			s.Roles += len(e.roles)
		}
	}
	var walk func(n *node)
	walk = func(n *node) {
		s.Names += len(n.names)
		for _, c := range n.next {
			walk(c)
		}
	}
	walk(&d.root)
	return s
}

// EachName calls fn with every name the dictionary holds, in each form
// its files write it ("Rzeszów", "Rzeszow"), with its entry's kind and
// undated code ("" for persons and others coded by their roles alone), in
// no particular order. Adjectives and demonyms ("Russian") are no names
// and are left out; a name that a later file took over is given for its
// new entry only.
func (d *Dictionary) EachName(fn func(name string, kind Kind, code string)) {
	var walk func(n *node)
	walk = func(n *node) {
		for _, nm := range n.names {
			if nm.adj {
				continue
			}
			for _, f := range nm.forms {
				fn(f, nm.entry.kind, nm.entry.code)
			}
		}
		for _, c := range n.next {
			walk(c)
		}
	}
	walk(&d.root)
}

func (s Stats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d entries, %d names", s.Entries, s.Names)
	for k := Kind(1); k < numKinds; k++ {
		if s.Kinds[k] > 0 {
			fmt.Fprintf(&b, ", %d %s", s.Kinds[k], k)
		}
	}
	fmt.Fprintf(&b, ", %d person roles", s.Roles)
	return b.String()
}
