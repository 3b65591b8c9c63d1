package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

type gen struct {
	cbSource, plSource, ngecSource source
	cbCaveat                       string

	codes []cameoRow // codebook order, which is code order
	index map[string]int

	// PLOVER manual
	types    []string            // event types in manual order
	quad     map[string]int      // type -> quad 1..4
	modes    map[string][]string // type -> modes
	contexts []string            // general contexts
	cue      []cueRule           // manual's CAMEO cue category table

	table []tableLine // CAMEO2PLOVER lines for codes, in file order

	ngecModes map[string][]string // type -> modes in NGEC
	ngecDefs  map[string]string   // type -> definition in NGEC

	// resolved
	mapped []mapping // aligned with codes
	notes  map[string][]note
	badEnc []string
}

type cameoRow struct {
	code, name, description, usage, example, root string
	goldstein                                     float64
	gsText                                        string
	line                                          int
}

type cueRule struct {
	root   string
	lo, hi string // inclusive 3-digit range, "" for the whole root
	typ    string // "" when dropped; may be a non-PLOVER word such as FIGHT
	raw    string
}

type tableLine struct {
	code, typ, mode string
	contexts        []string
	name            string
	heading         string // the NN: TYPE heading the line sits under
	headingTyp      string
	line            int
	text            string
}

type mapping struct {
	typ, mode string
	contexts  []string
	from      string   // code whose table line gave the mapping ("" when none)
	comments  []string // short notes for the generated comment
}

type note struct{ code, text string }

func (g *gen) note(section, code, format string, args ...any) {
	if g.notes == nil {
		g.notes = map[string][]note{}
	}
	g.notes[section] = append(g.notes[section], note{code, fmt.Sprintf(format, args...)})
}

var codeRE = regexp.MustCompile(`^[0-9]{2,4}$`)

func (g *gen) readCodebook(raw []byte) error {
	text := decodeCP1252(raw)
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return err
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	for _, want := range []string{"name", "code", "goldstein", "description", "usage_notes", "example", "root_code"} {
		if _, ok := col[want]; !ok {
			return fmt.Errorf("header lacks column %q", want)
		}
	}
	get := func(row []string, name string) string {
		i := col[name]
		if i >= len(row) {
			return ""
		}
		v := strings.TrimSpace(row[i])
		if v == "NA" {
			return ""
		}
		return v
	}
	g.index = map[string]int{}
	for {
		row, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		line, _ := r.FieldPos(0)
		c := cameoRow{line: line}
		c.code = get(row, "code")
		if !codeRE.MatchString(c.code) {
			return fmt.Errorf("row %d: code %q is not 2 to 4 digits", line, c.code)
		}
		if _, dup := g.index[c.code]; dup {
			return fmt.Errorf("row %d: code %s repeated", line, c.code)
		}
		c.gsText = get(row, "goldstein")
		if c.goldstein, err = strconv.ParseFloat(c.gsText, 64); err != nil {
			return fmt.Errorf("row %d: code %s: Goldstein value %q: %v", line, c.code, c.gsText, err)
		}
		for _, f := range []struct {
			dst  *string
			name string
		}{{&c.name, "name"}, {&c.description, "description"}, {&c.usage, "usage_notes"}, {&c.example, "example"}} {
			v, bad := unMojibake(get(row, f.name))
			*f.dst = v
			for _, b := range bad {
				g.badEnc = append(g.badEnc, fmt.Sprintf("code %s, %s: %q left as it is", c.code, f.name, b))
			}
		}
		c.root = get(row, "root_code")
		if c.root != c.code[:2] {
			return fmt.Errorf("row %d: code %s has root_code %q", line, c.code, c.root)
		}
		g.index[c.code] = len(g.codes)
		g.codes = append(g.codes, c)
	}
	if len(g.codes) == 0 {
		return fmt.Errorf("no rows")
	}
	if !slices.IsSortedFunc(g.codes, func(a, b cameoRow) int { return strings.Compare(a.code, b.code) }) {
		slices.SortFunc(g.codes, func(a, b cameoRow) int { return strings.Compare(a.code, b.code) })
		for i, c := range g.codes {
			g.index[c.code] = i
		}
	}
	// Every 3- and 4-digit code needs its parent.
	for _, c := range g.codes {
		if len(c.code) > 2 {
			if _, ok := g.index[c.code[:len(c.code)-1]]; !ok && len(c.code) == 4 {
				return fmt.Errorf("code %s has no parent %s", c.code, c.code[:3])
			}
			if _, ok := g.index[c.code[:2]]; !ok {
				return fmt.Errorf("code %s has no root %s", c.code, c.code[:2])
			}
		}
	}
	return nil
}

var (
	sectionRE  = regexp.MustCompile(`^\\section\{([A-Z]+)\}`)
	chapterRE  = regexp.MustCompile(`^\\chapter\{([^}]*)\}`)
	quadRE     = regexp.MustCompile(`^\\subsection\{Quad category: *([A-Z ]+?) *\}`)
	hyperrefRE = regexp.MustCompile(`^\\hyperref\[[^]]*\]\{([^}]*)\}$`)
	rangeRE    = regexp.MustCompile(`\(([0-9]{3}) to ([0-9]{3})\)`)
)

var quadNames = map[string]int{
	"VERBAL COOPERATION":   1,
	"MATERIAL COOPERATION": 2,
	"VERBAL CONFLICT":      3,
	"MATERIAL CONFLICT":    4,
}

func texName(s string) string {
	s = strings.TrimSpace(s)
	if m := hyperrefRE.FindStringSubmatch(s); m != nil {
		s = m[1]
	}
	return strings.ReplaceAll(s, `\_`, "_")
}

// tableRows returns the first cell of each row of the tabular or longtable
// environments in lines, skipping commented-out rows, the "Name" header
// and continuation rows with an empty first cell.
func tableRows(lines []string) (cells [][]string) {
	in := false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, `\begin{tabular}`), strings.HasPrefix(t, `\endlastfoot`):
			in = true
			continue
		case strings.HasPrefix(t, `\end{tabular}`), strings.HasPrefix(t, `\end{longtable}`):
			in = false
			continue
		}
		if !in || strings.HasPrefix(t, "%") || !strings.Contains(t, "&") {
			continue
		}
		t = strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(t, `\\`)), `\\`)
		parts := strings.Split(t, "&")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		name := texName(parts[0])
		if name == "" || name == "Name" || strings.HasPrefix(name, `\`) {
			continue
		}
		parts[0] = name
		cells = append(cells, parts)
	}
	return cells
}

func (g *gen) readManual(tex string) error {
	lines := strings.Split(tex, "\n")
	g.quad = map[string]int{}
	g.modes = map[string][]string{}
	chapter := ""
	var section string
	var sectionLines []string
	flush := func() {
		if section == "" {
			return
		}
		for _, row := range tableRows(sectionLines) {
			g.modes[section] = append(g.modes[section], row[0])
		}
		section, sectionLines = "", nil
	}
	var ctpLines, ctxLines []string
	inCtx := false
	for _, l := range lines {
		if m := chapterRE.FindStringSubmatch(l); m != nil {
			flush()
			chapter = m[1]
		}
		if strings.Contains(l, `\label{tab:general-contexts}`) {
			inCtx = true
		}
		if inCtx {
			ctxLines = append(ctxLines, l)
			if strings.Contains(l, `\end{longtable}`) {
				inCtx = false
			}
		}
		if chapter == "CAMEO vs. PLOVER" {
			ctpLines = append(ctpLines, l)
		}
		if chapter != "Event Categories" {
			continue
		}
		if m := sectionRE.FindStringSubmatch(l); m != nil {
			flush()
			section = m[1]
			g.types = append(g.types, section)
			continue
		}
		if section == "" {
			continue
		}
		if m := quadRE.FindStringSubmatch(l); m != nil {
			q, ok := quadNames[m[1]]
			if !ok {
				return fmt.Errorf("%s: unknown quad category %q", section, m[1])
			}
			g.quad[section] = q
		}
		sectionLines = append(sectionLines, l)
	}
	flush()
	if len(g.types) < 10 {
		return fmt.Errorf("found only %d event types in the Event Categories chapter", len(g.types))
	}
	for _, t := range g.types {
		if g.quad[t] == 0 {
			return fmt.Errorf("event type %s has no quad category", t)
		}
	}
	for _, row := range tableRows(ctxLines) {
		g.contexts = append(g.contexts, row[0])
	}
	if len(g.contexts) == 0 {
		return fmt.Errorf("no general contexts table")
	}

	// The cue-category translation table: "NN & CAMEO TEXT & PLOVER".
	in := false
	for _, l := range ctpLines {
		if strings.Contains(l, "CAMEO code & CAMEO text") {
			in = true
			continue
		}
		if in && strings.Contains(l, `\end{tabular}`) {
			break
		}
		if !in {
			continue
		}
		t := strings.TrimSuffix(strings.TrimSpace(l), `\\`)
		parts := strings.Split(t, "&")
		if len(parts) != 3 {
			continue
		}
		root := strings.TrimSpace(parts[0])
		if !regexp.MustCompile(`^[0-9]{2}$`).MatchString(root) {
			continue
		}
		rule := cueRule{root: root, raw: strings.TrimSpace(t)}
		if m := rangeRE.FindStringSubmatch(parts[1]); m != nil {
			rule.lo, rule.hi = m[1], m[2]
		}
		typ := strings.Fields(strings.TrimSpace(parts[2]))
		if len(typ) > 0 && typ[0] != "dropped" {
			rule.typ = typ[0]
		}
		g.cue = append(g.cue, rule)
	}
	if len(g.cue) < 20 {
		return fmt.Errorf("found only %d rows in the CAMEO cue category table", len(g.cue))
	}
	return nil
}

var tableRE = regexp.MustCompile(`^([0-9]{2,4}):\s*(.*)$`)

func (g *gen) readTable(text string) error {
	heading, headingTyp := "", ""
	for n, l := range strings.Split(text, "\n") {
		line := n + 1
		l = strings.TrimRight(l, "\r")
		m := tableRE.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil {
			t := strings.TrimSpace(l)
			if t == "" || strings.HasPrefix(t, "#") || strings.HasPrefix(t, "~") || t == "..." {
				continue
			}
			return fmt.Errorf("line %d: cannot read %q", line, l)
		}
		tl := tableLine{code: m[1], line: line, text: strings.TrimSpace(l)}
		body := m[2]
		if i := strings.IndexByte(body, '#'); i >= 0 {
			tl.name = strings.TrimSpace(body[i+1:])
			body = body[:i]
		}
		f := strings.Split(body, ",")
		tl.typ = strings.TrimSpace(f[0])
		if len(f) > 1 {
			tl.mode = strings.TrimSpace(f[1])
		}
		if len(f) > 2 {
			for c := range strings.SplitSeq(strings.Join(f[2:], ","), ";") {
				if c = strings.TrimSpace(c); c != "" {
					tl.contexts = append(tl.contexts, c)
				}
			}
		}
		if len(f) > 3 {
			return fmt.Errorf("line %d: more than three fields in %q", line, l)
		}
		if !slices.Contains(g.types, tl.typ) {
			return fmt.Errorf("line %d: %q is not a PLOVER event type of the manual", line, tl.typ)
		}
		if len(tl.code) == 2 {
			heading, headingTyp = tl.code, tl.typ
		}
		tl.heading, tl.headingTyp = heading, headingTyp
		g.table = append(g.table, tl)
	}
	if len(g.table) < 100 {
		return fmt.Errorf("only %d mapping lines", len(g.table))
	}
	return nil
}

func (g *gen) readNGEC(b []byte) error {
	r := csv.NewReader(bytes.NewReader(b))
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		return err
	}
	if len(rows) < 2 || len(rows[0]) < 3 || rows[0][0] != "event" || rows[0][1] != "mode" || rows[0][2] != "event_def" {
		return fmt.Errorf("unexpected header")
	}
	g.ngecModes = map[string][]string{}
	g.ngecDefs = map[string]string{}
	for _, row := range rows[1:] {
		if len(row) < 3 {
			continue
		}
		t, m, def := strings.TrimSpace(row[0]), strings.TrimSpace(row[1]), strings.TrimSpace(row[2])
		if !slices.Contains(g.types, t) {
			return fmt.Errorf("event type %q is not in the PLOVER manual", t)
		}
		if m != "" && !slices.Contains(g.ngecModes[t], m) {
			g.ngecModes[t] = append(g.ngecModes[t], m)
		}
		if _, ok := g.ngecDefs[t]; !ok && def != "" {
			g.ngecDefs[t] = def
		}
	}
	return nil
}
