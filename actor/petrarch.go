package actor

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// This file reads the actor and agent dictionaries of PETRARCH and TABARI
// (the Phoenix dictionaries and the PETRARCH validation suite) into a
// Dictionary, the way PETRARCH 2's PETRreader.py reads them, with these
// differences:
//
//   - a space and an underscore both join consecutive words (TABARI let
//     words come between space-joined ones; PETRARCH 2 matches parsed noun
//     phrases and does not), and a name matches whole words only (TABARI
//     matched a name without a final underscore as a word prefix);
//   - every bracketed code on a line counts, not only the first, so
//     "JAVIER_SOLANA_ [IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006]"
//     keeps both roles; "+A_ +B_" on one line gives two synonyms;
//   - dated codes are tried in file order and the first that covers the
//     date wins; an undated code is the fallback (PETRARCH tries them all
//     in file order, so an undated code listed first hides the dated ones);
//   - regular agent plurals follow English spelling (ministry → ministries,
//     spokesman → spokesmen) rather than PETRARCH's three rules.
//
// Codes "---", "+++" and "###" are null codes: the name is known and is
// not an actor (a block). Dates are YYYYMMDD or YYMMDD, where YY up to 30
// means 20YY, read as PETRARCH reads them (a 7-character date is read as
// YYMMDD, a longer one by its first 8 characters); "<D" means up to and including D, ">D" from D
// on, and "A-B" from A to B, both included.

// petrarchLines reads a PETRARCH dictionary into logical lines, dropping
// comments as PETRReader.read_FIN_line does: lines starting with "#",
// "<!-- ... -->" comments (also over several lines), and everything after a
// "#" or a ";" on a line. It calls fn with each line that is left and its
// number, until "---STOP---".
func petrarchLines(r io.Reader, fn func(line string, n int)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	n := 0
	inComment := false
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if inComment {
			i := strings.Index(line, "-->")
			if i < 0 {
				continue
			}
			line = line[i+3:]
			inComment = false
		}
		for {
			i := strings.Index(line, "<!--")
			if i < 0 {
				break
			}
			j := strings.Index(line[i:], "-->")
			if j < 0 {
				line = line[:i]
				inComment = true
				break
			}
			line = line[:i] + line[i+j+3:]
		}
		if strings.Contains(line, "---STOP---") {
			break
		}
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if i := strings.IndexByte(line, ';'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		fn(line, n)
	}
	return sc.Err()
}

// AddPetrarchActors reads a PETRARCH/TABARI actor dictionary from r and adds
// its actors; name labels errors. Lines PETRARCH would skip (bad dates,
// codes without an entry) are skipped and reported in the returned
// ErrorList; the rest is added. Names match in any case.
func (d *Dictionary) AddPetrarchActors(r io.Reader, name string) error {
	var errs ErrorList
	fail := func(line int, format string, a ...any) {
		errs = append(errs, &Error{name, line, fmt.Sprintf(format, a...)})
	}
	batch := map[*entry]bool{}
	var (
		cur        *entry
		names      []string
		lines      []int
		defaultSet bool // cur's undated code has been read (it may be null)
	)
	flush := func() {
		if cur == nil {
			return
		}
		// A first undated null code, with nothing else, makes a block.
		if cur.code == "" && len(cur.roles) == 0 {
			cur.kind = Block
		}
		d.entries = append(d.entries, cur)
		batch[cur] = true
		for i, n := range names {
			if err := d.insert(cur, n, false, batch); err != nil {
				fail(lines[i], "%v; name skipped", err)
			}
		}
		cur, names, lines = nil, nil, nil
	}
	// addCodes reads every [CODE restriction] group in s into cur.
	addCodes := func(s string, ln int) {
		for {
			i := strings.IndexByte(s, '[')
			if i < 0 {
				return
			}
			j := strings.IndexByte(s[i:], ']')
			var group string
			if j < 0 {
				group, s = s[i+1:], ""
			} else {
				group, s = s[i+1:i+j], s[i+j+1:]
			}
			code, rest, _ := strings.Cut(strings.TrimSpace(group), " ")
			code = strings.ToUpper(strings.TrimSpace(code))
			if isNullCode(code) {
				code = ""
			}
			rest = strings.TrimSpace(rest)
			if rest == "" {
				if !defaultSet {
					cur.code, defaultSet = code, true
				}
				continue
			}
			from, to, err := petrarchRestriction(rest)
			if err != nil {
				fail(ln, "%v; code [%s] skipped", err, group)
				continue
			}
			cur.roles = append(cur.roles, role{code, from, to})
		}
	}
	err := petrarchLines(r, func(line string, ln int) {
		t := strings.TrimSpace(line)
		switch {
		case line[0] == '\t' || line[0] == ' ':
			// a date restriction or default code for the current actor
			if !strings.Contains(t, "[") {
				if line[0] == '\t' {
					fail(ln, "indented line without a [code]; skipped")
					return
				}
				// a name indented with spaces: treat as a primary phrase
				break
			}
			if cur == nil {
				fail(ln, "code before any actor; skipped")
				return
			}
			addCodes(t, ln)
			return
		case t[0] == '+':
			if cur == nil {
				fail(ln, "synonym before any actor; skipped")
				return
			}
			for _, syn := range strings.Split(t[1:], " +") {
				if i := strings.IndexByte(syn, '['); i >= 0 {
					fail(ln, "code on a synonym line ignored")
					syn = syn[:i]
				}
				if n := petrarchName(syn); n != "" {
					names = append(names, n)
					lines = append(lines, ln)
				}
			}
			return
		}
		// a primary phrase, perhaps with codes
		flush()
		phrase := t
		if i := strings.IndexByte(t, '['); i >= 0 {
			phrase = t[:i]
		}
		n := petrarchName(phrase)
		if n == "" {
			fail(ln, "actor without a name; skipped")
			return
		}
		cur = &entry{kind: Imported, name: n, imported: true, src: name, line: ln}
		names, lines, defaultSet = []string{n}, []int{ln}, false
		addCodes(t[len(phrase):], ln)
	})
	if err != nil {
		fail(0, "%v", err)
	}
	flush()
	return errs.err()
}

func isNullCode(c string) bool { return c == "---" || c == "+++" || c == "###" || c == "" }

// petrarchName turns KIM_JONG_UN_ into "KIM JONG UN".
func petrarchName(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "_", " ")), " ")
}

// petrarchRestriction reads "<D", ">D" or "A-B" into a half-open range.
func petrarchRestriction(s string) (day, day, error) {
	s = strings.TrimSpace(s)
	switch {
	case strings.HasPrefix(s, "<"):
		d, err := petrarchDate(s[1:])
		return openStart, d + 1, err
	case strings.HasPrefix(s, ">"):
		d, err := petrarchDate(s[1:])
		return d, openEnd, err
	}
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return 0, 0, fmt.Errorf("date restriction %q: want <DATE, >DATE or DATE-DATE", s)
	}
	from, err := petrarchDate(a)
	if err != nil {
		return 0, 0, err
	}
	to, err := petrarchDate(b)
	if err != nil {
		return 0, 0, err
	}
	if to < from {
		return 0, 0, fmt.Errorf("date restriction %q ends before it starts", s)
	}
	return from, to + 1, nil
}

// petrarchDate reads a date as PETRARCH does: up to 7 characters, YYMMDD
// from the first 6 (YY up to 30: 20YY, else 19YY); more, YYYYMMDD from the
// first 8.
func petrarchDate(s string) (day, error) {
	s = strings.TrimSpace(s)
	bad := fmt.Errorf("bad date %q: want YYYYMMDD or YYMMDD", s)
	digits := s
	switch {
	case len(s) < 6:
		return 0, bad
	case len(s) <= 7:
		digits = s[:6]
	default:
		digits = s[:8]
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n < 0 {
		return 0, bad
	}
	y, m, dd := n/10000, n/100%100, n%100
	if len(digits) == 6 {
		if y <= 30 {
			y += 2000
		} else {
			y += 1900
		}
	}
	t := time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
	if m < 1 || m > 12 || dd < 1 || t.Day() != dd {
		return 0, bad
	}
	return dayOf(t), nil
}

// AddPetrarchAgents reads a PETRARCH/TABARI agent dictionary from r and
// adds its agents; name labels errors. It understands substitution sets
// ("!MINIST! = MINISTER, MINISTRY" and "!MINIST!_OF_DEFENCE [~GOVMIL]"),
// plurals ("{MEMBERS_OF_PARLIAMENT}", "{}" for none, regular ones made
// otherwise), and prefix codes ("[NGO~]"). Lines PETRARCH would skip are
// skipped and reported in the returned ErrorList. Names match in any case.
func (d *Dictionary) AddPetrarchAgents(r io.Reader, name string) error {
	var errs ErrorList
	fail := func(line int, format string, a ...any) {
		errs = append(errs, &Error{name, line, fmt.Sprintf(format, a...)})
	}
	batch := map[*entry]bool{}
	subst := map[string][]string{}
	store := func(phrases []string, code string, prefix bool, ln int) {
		var e *entry
		for _, p := range phrases {
			n := petrarchName(p)
			if n == "" {
				continue
			}
			if e == nil {
				e = &entry{kind: Agent, code: code, name: strings.ToLower(n), prefix: prefix, imported: true,
					src: name, line: ln}
				d.entries = append(d.entries, e)
				batch[e] = true
			}
			if err := d.insert(e, n, false, batch); err != nil {
				fail(ln, "%v; skipped", err)
			}
		}
	}
	err := petrarchLines(r, func(line string, ln int) {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "!") && strings.Contains(t, "=") && !strings.Contains(t, "[") {
			k := strings.Index(t[1:], "!")
			if k < 0 {
				fail(ln, "substitution set without a closing !; skipped")
				return
			}
			marker := t[1 : k+1]
			_, list, _ := strings.Cut(t, "=")
			var items []string
			for _, it := range strings.Split(list, ",") {
				if it = strings.TrimSpace(it); it != "" {
					items = append(items, it)
				}
			}
			subst[marker] = items
			return
		}
		i := strings.IndexByte(t, '[')
		if i < 0 {
			fail(ln, "agent without a [code]; skipped")
			return
		}
		j := strings.IndexByte(t[i:], ']')
		if j < 0 {
			j = len(t) - i
		}
		raw := strings.Join(strings.Fields(t[i+1:i+j]), "")
		prefix := false
		switch {
		case strings.HasPrefix(raw, "~"):
			raw = raw[1:]
		case strings.HasSuffix(raw, "~"):
			raw, prefix = raw[:len(raw)-1], true
		}
		code := strings.ToUpper(raw)
		if code == "" || !isCode(code) {
			fail(ln, "bad agent code [%s]; skipped", t[i+1:i+j])
			return
		}
		phrase := t[:i]
		if k := strings.IndexByte(phrase, '!'); k >= 0 {
			if b := strings.IndexByte(phrase, '{'); b >= 0 {
				phrase = phrase[:b] // substituted phrases take no plural
			}
			m := -1
			if k < len(phrase) {
				m = strings.IndexByte(phrase[k+1:], '!')
			}
			if m < 0 {
				fail(ln, "substitution marker without a closing !; skipped")
				return
			}
			marker := phrase[k+1 : k+1+m]
			items, ok := subst[marker]
			if !ok {
				fail(ln, "substitution set !%s! is not defined; skipped", marker)
				return
			}
			for _, it := range items {
				store([]string{phrase[:k] + it + phrase[k+2+m:]}, code, prefix, ln)
			}
			return
		}
		plurals := []string(nil)
		if k := strings.IndexByte(phrase, '{'); k >= 0 {
			m := strings.IndexByte(phrase[k:], '}')
			if m < 0 {
				fail(ln, "plural without a closing }; skipped")
				return
			}
			if p := strings.TrimSpace(phrase[k+1 : k+m]); p != "" {
				plurals = append(plurals, p)
			}
			phrase = phrase[:k]
		} else if n := petrarchName(phrase); n != "" {
			ws := strings.Fields(strings.ToLower(n))
			ws[len(ws)-1] = plural(ws[len(ws)-1])
			plurals = append(plurals, strings.Join(ws, " "))
		}
		store(append([]string{phrase}, plurals...), code, prefix, ln)
	})
	if err != nil {
		fail(0, "%v", err)
	}
	return errs.err()
}
