package actor

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
)

// Error is a problem at a line of a dictionary file.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// ErrorList is a list of problems, sorted by file and line. Readers keep
// going after a bad line, so one read reports every problem, and the entries
// that were read correctly are added all the same.
type ErrorList []*Error

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	b.WriteString(l[0].Error())
	for _, e := range l[1:min(len(l), 10)] {
		b.WriteString("\n")
		b.WriteString(e.Error())
	}
	if len(l) > 10 {
		fmt.Fprintf(&b, "\n(and %d more errors)", len(l)-10)
	}
	return b.String()
}

func (l ErrorList) err() error {
	if len(l) == 0 {
		return nil
	}
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].File != l[j].File {
			return l[i].File < l[j].File
		}
		return l[i].Line < l[j].Line
	})
	return l
}

// maxLine is the longest line a dictionary file may have.
const maxLine = 1 << 20

// Add reads a dictionary in dyad's format (see the package documentation)
// from r and adds its entries; name labels errors. A name given twice in one
// file is an error; an entry whose name was added before, by an earlier
// file, replaces it. On errors Add still adds the entries it could read and
// returns an ErrorList.
func (d *Dictionary) Add(r io.Reader, name string) error {
	var errs ErrorList
	fail := func(line int, format string, a ...any) {
		errs = append(errs, &Error{name, line, fmt.Sprintf(format, a...)})
	}
	batch := map[*entry]bool{}
	// cur holds the entries of the current header, with their names.
	var cur []*entryNames
	flush := func() {
		for _, en := range cur {
			e := en.e
			if e.kind != Block && e.code == "" && len(e.roles) == 0 {
				fail(e.line, "%s %q has neither a code nor a role", e.kind, e.name)
			}
			d.entries = append(d.entries, e)
			batch[e] = true
			for _, n := range en.names {
				if err := d.insert(e, n.name, n.adj, batch); err != nil && !n.gen {
					fail(n.line, "%v", err)
				}
			}
		}
		cur = nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	ln := 0
	for sc.Scan() {
		ln++
		line := sc.Text()
		if i := strings.Index(line, " #"); i >= 0 {
			line = line[:i]
		}
		if i := strings.Index(line, "\t#"); i >= 0 {
			line = line[:i]
		}
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if line[0] != ' ' && line[0] != '\t' {
			// An entry's header: KIND CODE NAME[; ALIAS...][ | NAME[; ALIAS...]...]
			flush()
			f := strings.SplitN(t, " ", 3)
			if len(f) < 3 || strings.TrimSpace(f[2]) == "" {
				fail(ln, "want an entry header \"KIND CODE NAME\", have %q", t)
				continue
			}
			kind := parseKind(f[0])
			if kind == NoKind {
				fail(ln, "unknown kind %q (want country, region, metonym, igo, group, org, person, agent or block)", f[0])
				continue
			}
			code := f[1]
			if err := checkCode(kind, code); err != nil {
				fail(ln, "%v", err)
				continue
			}
			for _, group := range strings.Split(f[2], "|") {
				ns := splitNames(group)
				if len(ns) == 0 {
					fail(ln, "entry has no name")
					continue
				}
				e := &entry{kind: kind, name: ns[0], src: name, line: ln}
				switch {
				case kind == Person:
					e.home = code
				case code == "-":
					// a block, or an entry coded by its roles only
				default:
					e.code = code
				}
				var en entryNames
				en.e = e
				for _, n := range ns {
					en.add(n, ln, false, false)
					if kind == Agent {
						if p, ok := agentPlural(n); ok {
							en.add(p, ln, true, false)
						}
					}
				}
				cur = append(cur, &en)
			}
			continue
		}
		// A continuation line: KEYWORD ARGUMENTS
		if cur == nil {
			fail(ln, "indented line outside an entry: %q", t)
			continue
		}
		kw, arg, _ := strings.Cut(t, " ")
		arg = strings.TrimSpace(arg)
		switch kw {
		case "name", "+", "adj":
			if len(cur) != 1 {
				fail(ln, "%s: the header above names %d entries; aliases need one", kw, len(cur))
				continue
			}
			en := cur[0]
			ns := splitNames(arg)
			if len(ns) == 0 {
				fail(ln, "%s: no name", kw)
			}
			for _, n := range ns {
				en.add(n, ln, false, kw == "adj")
				var p string
				ok := false
				if kw == "adj" {
					p, ok = demonymPlural(n)
				} else if en.e.kind == Agent {
					p, ok = agentPlural(n)
				}
				if ok {
					en.add(p, ln, true, kw == "adj")
				}
			}
		case "role":
			code, rng, ok := strings.Cut(arg, " ")
			if !ok {
				fail(ln, "role: want \"role CODE FROM..TO\", have %q", t)
				continue
			}
			if err := checkCode(Imported, code); err != nil {
				fail(ln, "role: %v", err)
				continue
			}
			from, to, err := parseRange(strings.TrimSpace(rng))
			if err != nil {
				fail(ln, "role: %v", err)
				continue
			}
			for _, en := range cur {
				en.e.roles = append(en.e.roles, role{code, from, to})
			}
		case "when":
			var codes []string
			for _, c := range strings.Split(arg, ",") {
				c = strings.TrimSpace(c)
				if err := checkCode(Country, c); err != nil {
					fail(ln, "when: %v", err)
					continue
				}
				codes = append(codes, c)
			}
			sort.Strings(codes)
			for _, en := range cur {
				en.e.when = append(en.e.when, codes...)
				sort.Strings(en.e.when)
			}
		case "flags":
			for _, fl := range strings.Split(arg, ",") {
				fl = strings.TrimSpace(fl)
				for _, en := range cur {
					e := en.e
					switch fl {
					case "given-name":
						e.givenName = true
						if ws := tokenize(e.name); len(ws) == 1 {
							e.givenKey = ws[0].key
						} else {
							fail(ln, "given-name: the entry's first name %q must be one word", e.name)
						}
					case "envoy":
						e.envoy = true
					}
				}
				if fl != "given-name" && fl != "envoy" {
					fail(ln, "unknown flag %q (want given-name or envoy)", fl)
				}
			}
		default:
			fail(ln, "unknown keyword %q (want name, adj, role, when or flags)", kw)
		}
	}
	if err := sc.Err(); err != nil {
		fail(ln+1, "%v", err)
	}
	flush()
	return errs.err()
}

// entryNames is an entry being read with the names written for it.
type entryNames struct {
	e     *entry
	names []writtenName
}

// writtenName is a name as a file line gives it.
type writtenName struct {
	name string
	line int
	gen  bool // a generated plural: its clashes are not reported
	adj  bool // an adjective or demonym ("Russian", "Russians")
}

func (en *entryNames) add(n string, line int, generated, adj bool) {
	en.names = append(en.names, writtenName{n, line, generated, adj})
}

// splitNames splits a list of names separated by semicolons.
func splitNames(s string) []string {
	var ns []string
	for _, n := range strings.Split(s, ";") {
		if n = strings.Join(strings.Fields(n), " "); n != "" {
			ns = append(ns, n)
		}
	}
	return ns
}

// demonymPlural gives the plural of a demonym that takes an -s: Russian →
// Russians, Iraqi → Iraqis; not Chinese, British, French or Swiss.
func demonymPlural(s string) (string, bool) {
	l := strings.ToLower(s)
	for _, suf := range []string{"ese", "ish", "ch", "sh", "ss", "x", "z", "s"} {
		if strings.HasSuffix(l, suf) {
			return "", false
		}
	}
	r := s[len(s)-1]
	if !('a' <= r && r <= 'z') {
		return "", false
	}
	return s + "s", true
}

// agentPlural gives the regular plural of a title: its last word made
// plural (foreign minister, foreign ministers; MP, MPs; General, Generals).
// Abbreviations ("Gen.") and words with no letters have none.
func agentPlural(s string) (string, bool) {
	i := strings.LastIndexAny(s, " -") + 1
	w := s[i:]
	if w == "" || strings.HasSuffix(w, ".") || !strings.ContainsAny(strings.ToLower(w), "abcdefghijklmnopqrstuvwxyz") {
		return "", false
	}
	var p string
	switch {
	case isAllCaps(w):
		p = w + "s"
	default:
		p = plural(strings.ToLower(w))
		if w[0] >= 'A' && w[0] <= 'Z' {
			p = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	if strings.EqualFold(p, w) {
		return "", false
	}
	return s[:i] + p, true
}

// checkCode checks the code of an entry of the given kind: three capital
// letters for countries and a person's home country, "-" for blocks, capital
// letters and digits otherwise.
func checkCode(kind Kind, code string) error {
	switch kind {
	case Block:
		if code != "-" {
			return fmt.Errorf("a block entry's code must be \"-\", have %q", code)
		}
		return nil
	case Country, Person:
		if len(code) != 3 || !isCode(code) {
			return fmt.Errorf("want a three-letter country code, have %q", code)
		}
		return nil
	}
	if code == "-" && kind != Agent && kind != Imported {
		return nil // coded by roles only
	}
	if len(code) < 3 || len(code) > 24 || !isCode(code) {
		return fmt.Errorf("want a code of 3 to 24 capital letters and digits, have %q", code)
	}
	return nil
}

func isCode(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return s != ""
}

// parseRange reads FROM..TO, either side empty for an open end. Dates are
// YYYY-MM-DD, YYYY-MM (the first of the month) or YYYY (1 January); the
// range includes FROM and excludes TO.
func parseRange(s string) (day, day, error) {
	a, b, ok := strings.Cut(s, "..")
	if !ok {
		return 0, 0, fmt.Errorf("want a date range FROM..TO, have %q", s)
	}
	from, to := openStart, openEnd
	var err error
	if a = strings.TrimSpace(a); a != "" {
		if from, err = parseDay(a); err != nil {
			return 0, 0, err
		}
	}
	if b = strings.TrimSpace(b); b != "" {
		if to, err = parseDay(b); err != nil {
			return 0, 0, err
		}
	}
	if to <= from {
		return 0, 0, fmt.Errorf("range %q ends before it starts", s)
	}
	return from, to, nil
}

func parseDay(s string) (day, error) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(s) == len(layout) {
			t, err := time.Parse(layout, s)
			if err != nil {
				return 0, fmt.Errorf("bad date %q: want YYYY-MM-DD, YYYY-MM or YYYY", s)
			}
			return dayOf(t), nil
		}
	}
	return 0, fmt.Errorf("bad date %q: want YYYY-MM-DD, YYYY-MM or YYYY", s)
}

// ParseDate reads a document date as dyad writes it: YYYY-MM-DD, or RFC 3339
// (whose date part is taken), or "" for no date (the zero Time).
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, nil
		}
	}
	if t, err := time.Parse("20060102", s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("bad date %q: want YYYY-MM-DD", s)
}
