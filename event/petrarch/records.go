package petrarch

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad/cameo"
)

// Records is a PETRARCH validation or unit-test file: the dictionaries it
// names, its <Config> options and its sentence records, in file order.
type Records struct {
	Name        string // the name given to ReadRecords, used in errors
	Environment Environment
	Config      []Option
	Records     []Record
	// Stop is the number of records before a <Stop> element, where
	// PETRARCH stops reading; -1 when the file has none.
	Stop int
}

// Environment is the <Environment> element: the dictionaries the records
// are to be coded with. File names are as written; Path resolves them.
type Environment struct {
	Dir         string   // the directory of the records file, which file names are relative to
	Verbfile    string   // <Verbfile>
	Actorfiles  []string // <Actorfile>, a comma-separated list
	Agentfile   string
	Discardfile string
	PICOfile    string // UD-PETRARCH's internal coding ontology
	Errorfile   string
	Include     []string          // <Include>: the categories to code
	Pause       string            // <Pause>
	Other       map[string]string // any other child element, by name
	Line        int
}

// Path returns file (a name from e) as a path: relative names are taken
// relative to the records file's directory.
func (e Environment) Path(file string) string {
	if file == "" || filepath.IsAbs(file) {
		return file
	}
	return filepath.Join(e.Dir, file)
}

// Option is a <Config option="..." value="..."> element. It applies to
// Records[Before:], until the same option is set again.
type Option struct {
	Name, Value   string
	Before        int  // the number of records before it
	InEnvironment bool // written inside <Environment>
	Line          int
}

// Record is one <Sentence> record.
type Record struct {
	ID       string
	Date     string // YYYYMMDD or YYMMDD, as written
	Category string // DEMO, ACTOR, ...
	// Evaluate is false for records marked evaluate="false", which
	// evaluations skip.
	Evaluate bool
	// Text is the sentence, with XML comments removed, entities decoded
	// and each run of white space (the file's line breaks) made one space.
	Text string
	// Events are the expected events, from <EventCoding sourcecode=...
	// targetcode=... eventcode=...>.
	Events []Coding
	// NoEvents is set by <EventCoding noevents="True">: the record is
	// expected to give no event. A record with neither Events nor NoEvents
	// (GigaWord.sample.PETR.xml) carries no expectation.
	NoEvents bool
	// ExpectError is the value of <EventCoding error="...">: the record
	// tests that PETRARCH rejects the sentence (e.g. "dateline").
	ExpectError string
	// Parse is the <Parse> element as written (a Penn Treebank tree or
	// CoNLL-U lines), trimmed. dyad's evaluation parses the text itself and
	// never reads it.
	Parse string
	// PLEvents are the <PLEvent {json}> lines of the 2018 records: PLOVER
	// style equivalents of compound and reciprocal events.
	PLEvents []PLEvent
	// Attrs holds the other attributes of <Sentence> (sentence="true",
	// source="AFP").
	Attrs map[string]string
	Line  int
}

// Coding is one expected event. The codes are strings as written: actor
// codes may be quoted new-actor phrases ("\"INJURY TOLL\"") and event
// codes may be test codes outside CAMEO ("903", "174L").
type Coding struct {
	Source, Target, Code string
	Line                 int
}

// CAMEO returns the event code as a CAMEO code, or an error when it is
// not one of the codebook.
func (c Coding) CAMEO() (cameo.Code, error) { return cameo.Parse(c.Code) }

// PLEvent is a <PLEvent {json}> line.
type PLEvent struct {
	Event  string    `json:"event"`
	Source []PLActor `json:"source"`
	Target []PLActor `json:"target"`
	Raw    string    `json:"-"` // the JSON as written
	Line   int       `json:"-"`
}

// PLActor is one actor of a PLEvent.
type PLActor struct {
	Code   string `json:"code"`
	Sector string `json:"sector,omitempty"`
}

// ReadRecords reads a PETRARCH records file: PETR.UnitTest.records.xml,
// the UD-PETRARCH validation files and the GigaWord sample. These are not
// quite XML and the reader does not use an XML parser: see the package
// documentation for what it accepts. It returns every record it could
// read; the error, if not nil, is an ErrorList sorted by line of the
// problems found, naming the file as name (or the error from r). A record
// with an error that makes it unusable is left out, and the error says so.
func ReadRecords(r io.Reader, name string) (*Records, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	dir := filepath.Dir(name)
	if name == "" {
		dir = "."
	}
	rr := &recReader{
		src:  strings.TrimPrefix(string(data), "\uFEFF"),
		file: name,
		out:  &Records{Name: name, Stop: -1, Environment: Environment{Dir: dir}},
	}
	rr.lines = lineStarts(rr.src)
	rr.run()
	return rr.out, rr.errs.Err()
}

func lineStarts(s string) []int {
	ls := []int{0}
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			ls = append(ls, i+1)
		}
	}
	return ls
}

type recReader struct {
	src   string
	file  string
	pos   int
	lines []int
	errs  ErrorList
	out   *Records
	inEnv bool
	cur   *openRecord
	ids   map[string]int // line of each record id read
}

type openRecord struct {
	rec        Record
	selfClosed bool // written <Sentence .../>, as PETR2_GSR_validation.xml does, then filled in
	children   int
	texts      int
	bad        bool
}

func (r *recReader) lineOf(pos int) int {
	return sort.Search(len(r.lines), func(i int) bool { return r.lines[i] > pos })
}

func (r *recReader) errorf(pos int, format string, args ...any) {
	r.errs.add(r.file, r.lineOf(pos), format, args...)
}

func (r *recReader) run() {
	for r.pos < len(r.src) {
		i := strings.IndexByte(r.src[r.pos:], '<')
		if i < 0 {
			r.stray(r.pos, len(r.src))
			break
		}
		r.stray(r.pos, r.pos+i)
		r.pos += i
		rest := r.src[r.pos:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			r.comment()
		case strings.HasPrefix(rest, "<?"), strings.HasPrefix(rest, "<!"):
			end := strings.IndexByte(rest, '>')
			if end < 0 {
				r.errorf(r.pos, "%s... is not closed with >", clip(rest, 10))
				r.pos = len(r.src)
			} else {
				r.pos += end + 1
			}
		case len(rest) > 1 && (isLetter(rest[1]) || rest[1] == '/'):
			r.tag()
		default:
			r.stray(r.pos, r.pos+1)
			r.pos++
		}
	}
	if r.cur != nil {
		r.errorf(len(r.src), "<Sentence> of line %d has no </Sentence>", r.cur.rec.Line)
		r.finish()
	}
	if r.inEnv {
		r.errorf(len(r.src), "<Environment> of line %d has no </Environment>", r.out.Environment.Line)
	}
}

// stray handles text outside any element that takes text.
func (r *recReader) stray(from, to int) {
	if r.cur == nil || from >= to {
		return // text between records, such as a header without <!--, is ignored
	}
	if t := strings.TrimSpace(r.src[from:to]); t != "" {
		r.errorf(from+strings.Index(r.src[from:to], t[:1]), "text %q in <Sentence> outside <Text> ignored", clip(t, 40))
	}
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}

// comment skips a comment at r.pos. Comments nest: "<!-- a <!-- b --> c -->"
// is one comment, as the records files need (their header comments quote
// "<!-- ... -->"). A comment that is never closed that way ends at its
// first "-->", and is an error.
func (r *recReader) comment() {
	start := r.pos
	depth, i := 0, r.pos
	for i < len(r.src) {
		switch {
		case strings.HasPrefix(r.src[i:], "<!--"):
			depth++
			i += 4
			continue
		case strings.HasPrefix(r.src[i:], "-->"):
			depth--
			i += 3
			if depth == 0 {
				r.pos = i
				return
			}
			continue
		}
		i++
	}
	if j := strings.Index(r.src[start+4:], "-->"); j >= 0 {
		r.errorf(start, "<!-- comment has more <!-- than -->; it is taken to end at its first -->")
		r.pos = start + 4 + j + 3
		return
	}
	r.errorf(start, "<!-- comment is not closed with -->; the rest of the file is ignored")
	r.pos = len(r.src)
}

type attr struct {
	name, value string
}

func attrValue(as []attr, name string) (string, bool) {
	for _, a := range as {
		if a.name == name {
			return a.value, true
		}
	}
	return "", false
}

var nameRE = regexp.MustCompile(`^[A-Za-z_][-A-Za-z0-9_.:]*`)

// tag reads the tag at r.pos and acts on it.
func (r *recReader) tag() {
	start := r.pos
	closing := r.src[start+1] == '/'
	i := start + 1
	if closing {
		i++
	}
	name := nameRE.FindString(r.src[i:])
	if name == "" {
		r.stray(start, start+1)
		r.pos++
		return
	}
	i += len(name)
	if closing {
		end := strings.IndexByte(r.src[i:], '>')
		if end < 0 || strings.TrimSpace(r.src[i:i+end]) != "" {
			r.errorf(start, "malformed closing tag </%s", name)
			r.pos = i
			return
		}
		r.pos = i + end + 1
		r.closeTag(name, start)
		return
	}
	if name == "PLEvent" {
		r.plevent(start, i)
		return
	}
	attrs, self, end, err := parseAttrs(r.src, i)
	if err != nil {
		r.errorf(start, "<%s: %v; tag ignored", name, err)
		r.pos = end
		return
	}
	r.pos = end
	r.openTag(name, attrs, self, start)
}

// parseAttrs reads attributes from s[i:] up to ">" or "/>". Values may be
// in double or single quotes, or bare; spaces may surround "=".
func parseAttrs(s string, i int) (attrs []attr, self bool, end int, err error) {
	skip := func() {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
			i++
		}
	}
	for {
		skip()
		if i >= len(s) {
			return attrs, false, len(s), fmt.Errorf("not closed with >")
		}
		switch {
		case s[i] == '>':
			return attrs, false, i + 1, nil
		case strings.HasPrefix(s[i:], "/>"):
			return attrs, true, i + 2, nil
		}
		name := nameRE.FindString(s[i:])
		if name == "" {
			end := strings.IndexByte(s[i:], '>')
			if end < 0 {
				return attrs, false, len(s), fmt.Errorf("unexpected %q", s[i:i+1])
			}
			return attrs, false, i + end + 1, fmt.Errorf("unexpected %q", s[i:i+1])
		}
		i += len(name)
		skip()
		a := attr{name: name}
		if i < len(s) && s[i] == '=' {
			i++
			skip()
			if i < len(s) && (s[i] == '"' || s[i] == '\'') {
				q := s[i]
				j := strings.IndexByte(s[i+1:], q)
				if j < 0 {
					end := len(s)
					if k := strings.IndexByte(s[i:], '>'); k >= 0 {
						end = i + k + 1
					}
					return attrs, false, end, fmt.Errorf("the quote of attribute %q is not closed", name)
				}
				a.value = unescape(s[i+1 : i+1+j])
				i += j + 2
			} else {
				j := i
				for j < len(s) && !strings.ContainsRune(" \t\r\n>", rune(s[j])) && !strings.HasPrefix(s[j:], "/>") {
					j++
				}
				a.value = unescape(s[i:j])
				i = j
			}
		}
		attrs = append(attrs, a)
	}
}

var entities = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'")
var charRefRE = regexp.MustCompile(`&#([0-9]{1,7}|[xX][0-9a-fA-F]{1,6});`)

// unescape decodes the XML entities and character references in s and
// leaves any other "&" as it is.
func unescape(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	s = charRefRE.ReplaceAllStringFunc(s, func(m string) string {
		ref := m[2 : len(m)-1]
		base := 10
		if ref[0] == 'x' || ref[0] == 'X' {
			ref, base = ref[1:], 16
		}
		n, err := strconv.ParseUint(ref, base, 32)
		if err != nil || n == 0 || n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF) {
			return m
		}
		return string(rune(n))
	})
	return entities.Replace(s)
}

// content returns the text from r.pos up to the closing tag </name> and
// moves past it. It stops early, with an error, at any of stops.
func (r *recReader) content(name string, start int, stops ...string) string {
	rest := r.src[r.pos:]
	closer := "</" + name
	end, after := -1, 0
	for off := 0; ; {
		j := strings.Index(rest[off:], closer)
		if j < 0 {
			break
		}
		k := off + j + len(closer)
		for k < len(rest) && (rest[k] == ' ' || rest[k] == '\t') {
			k++
		}
		if k < len(rest) && rest[k] == '>' {
			end, after = off+j, k+1
			break
		}
		off = k
	}
	stop, at := "", -1
	region := rest
	if end >= 0 {
		region = rest[:end]
	}
	for _, s := range stops {
		if j := strings.Index(region, s); j >= 0 && (at < 0 || j < at) {
			stop, at = s, j
		}
	}
	if at >= 0 {
		r.errorf(start, "<%s> is not closed before %s", name, stop)
		r.pos += at
		return rest[:at]
	}
	if end < 0 {
		r.errorf(start, "<%s> is not closed with </%s>", name, name)
		r.pos = len(r.src)
		return rest
	}
	r.pos += after
	return rest[:end]
}

var sentenceStops = []string{"</Sentence", "<Sentence", "<Text", "<Parse", "<EventCoding"}

func (r *recReader) openTag(name string, attrs []attr, self bool, start int) {
	if r.inEnv && (name == "Sentences" || name == "Sentence") {
		r.errorf(start, "<Environment> of line %d has no </Environment>", r.out.Environment.Line)
		r.inEnv = false
	}
	if r.inEnv && name != "Config" {
		v := ""
		if !self {
			v = strings.TrimSpace(unescape(stripComments(r.content(name, start, "</Environment", "<Sentence"))))
		}
		r.envField(name, v)
		return
	}
	switch name {
	case "Environment":
		if self {
			return
		}
		r.inEnv = true
		r.out.Environment.Line = r.lineOf(start)
	case "Config":
		r.config(attrs, self, start)
	case "Sentence":
		r.sentence(attrs, self, start)
	case "Stop":
		if r.out.Stop < 0 {
			r.out.Stop = len(r.out.Records)
		}
	case "EventCoding", "Text", "Parse":
		if r.cur == nil {
			r.errorf(start, "<%s> outside a <Sentence> ignored", name)
			if !self && name != "EventCoding" {
				r.content(name, start, "<Sentence")
			}
			return
		}
		r.cur.children++
		switch name {
		case "EventCoding":
			r.eventCoding(attrs, self, start)
		case "Text":
			t := ""
			if !self {
				t = r.content(name, start, sentenceStops...)
			}
			r.cur.texts++
			if r.cur.texts > 1 {
				r.errorf(start, "record %q has a second <Text>; the first is kept", r.cur.rec.ID)
				return
			}
			r.cur.rec.Text = strings.Join(strings.Fields(unescape(stripComments(t))), " ")
		case "Parse":
			p := ""
			if !self {
				p = r.content(name, start, "</Sentence", "<Sentence", "<Parse", "<Text")
			}
			if r.cur.rec.Parse != "" {
				r.errorf(start, "record %q has a second <Parse>; the first is kept", r.cur.rec.ID)
				return
			}
			r.cur.rec.Parse = strings.TrimSpace(p)
		}
	default:
		if r.cur != nil {
			r.errorf(start, "unknown element <%s> in <Sentence> ignored", name)
			if !self {
				r.content(name, start, sentenceStops...)
			}
		}
		// Validation, Sentences and anything unknown between records are
		// containers or noise: their content is read on.
	}
}

func (r *recReader) closeTag(name string, start int) {
	switch name {
	case "Environment":
		r.inEnv = false
	case "Sentence":
		if r.cur == nil {
			r.errorf(start, "</Sentence> without <Sentence>")
			return
		}
		r.finish()
	}
}

func stripComments(s string) string {
	for {
		i := strings.Index(s, "<!--")
		if i < 0 {
			return s
		}
		j := strings.Index(s[i:], "-->")
		if j < 0 {
			return s[:i]
		}
		s = s[:i] + " " + s[i+j+3:]
	}
}

func (r *recReader) envField(name, v string) {
	e := &r.out.Environment
	switch name {
	case "Verbfile":
		e.Verbfile = v
	case "Actorfile":
		for f := range strings.SplitSeq(v, ",") {
			if f = strings.TrimSpace(f); f != "" {
				e.Actorfiles = append(e.Actorfiles, f)
			}
		}
	case "Agentfile":
		e.Agentfile = v
	case "Discardfile":
		e.Discardfile = v
	case "PICOfile":
		e.PICOfile = v
	case "Errorfile":
		e.Errorfile = v
	case "Include":
		e.Include = strings.Fields(v)
	case "Pause":
		e.Pause = v
	default:
		if e.Other == nil {
			e.Other = map[string]string{}
		}
		e.Other[name] = v
	}
}

func (r *recReader) config(attrs []attr, self bool, start int) {
	if !self {
		r.content("Config", start, "<Sentence", "<Config", "</Environment")
	}
	name, ok := attrValue(attrs, "option")
	if !ok || name == "" {
		r.errorf(start, "<Config> has no option attribute; ignored")
		return
	}
	v, _ := attrValue(attrs, "value")
	r.out.Config = append(r.out.Config, Option{
		Name: name, Value: v, Before: len(r.out.Records), InEnvironment: r.inEnv, Line: r.lineOf(start),
	})
}

func (r *recReader) sentence(attrs []attr, self bool, start int) {
	if r.cur != nil {
		if !(r.cur.selfClosed && r.cur.children == 0) {
			r.errorf(start, "<Sentence> of line %d has no </Sentence>", r.cur.rec.Line)
		}
		r.finish()
	}
	o := &openRecord{selfClosed: self, rec: Record{Evaluate: true, Line: r.lineOf(start)}}
	for _, a := range attrs {
		switch a.name {
		case "id":
			o.rec.ID = a.value
		case "date":
			o.rec.Date = a.value
		case "category":
			o.rec.Category = a.value
		case "evaluate":
			switch {
			case strings.EqualFold(a.value, "true"):
			case strings.EqualFold(a.value, "false"):
				o.rec.Evaluate = false
			default:
				r.errorf(start, "evaluate=%q is neither true nor false; taken as true", a.value)
			}
		default:
			if o.rec.Attrs == nil {
				o.rec.Attrs = map[string]string{}
			}
			o.rec.Attrs[a.name] = a.value
		}
	}
	r.cur = o
}

var dateRE = regexp.MustCompile(`^([0-9]{6}|[0-9]{8})$`)

// finish checks the open record and adds it to the output.
func (r *recReader) finish() {
	o := r.cur
	r.cur = nil
	rec := &o.rec
	fail := func(format string, args ...any) {
		r.errs.add(r.file, rec.Line, "record %q: %s; record skipped", rec.ID, fmt.Sprintf(format, args...))
		o.bad = true
	}
	switch {
	case o.bad:
	case rec.ID == "":
		fail("no id")
	case rec.Date == "":
		fail("no date")
	case !dateRE.MatchString(rec.Date):
		fail("date %q is not YYYYMMDD or YYMMDD", rec.Date)
	case o.texts == 0:
		fail("no <Text>")
	case rec.Text == "":
		fail("empty <Text>")
	case rec.NoEvents && len(rec.Events) > 0:
		fail("noevents together with %d event codings", len(rec.Events))
	}
	if o.bad {
		return
	}
	if r.ids == nil {
		r.ids = map[string]int{}
	}
	if first, dup := r.ids[rec.ID]; dup {
		r.errs.add(r.file, rec.Line, "record id %q repeated (first at line %d); both are kept", rec.ID, first)
	} else {
		r.ids[rec.ID] = rec.Line
	}
	r.out.Records = append(r.out.Records, *rec)
}

func (r *recReader) eventCoding(attrs []attr, self bool, start int) {
	if !self {
		if t := strings.TrimSpace(stripComments(r.content("EventCoding", start, sentenceStops...))); t != "" {
			r.errorf(start, "text %q in <EventCoding> ignored", clip(t, 40))
		}
	}
	rec := &r.cur.rec
	used := false
	if v, ok := attrValue(attrs, "noevents"); ok {
		used = true
		switch {
		case strings.EqualFold(v, "true"):
			rec.NoEvents = true
		case strings.EqualFold(v, "false"):
		default:
			r.errorf(start, "record %q: noevents=%q is neither true nor false; ignored", rec.ID, v)
		}
	}
	if v, ok := attrValue(attrs, "error"); ok {
		used = true
		rec.ExpectError = v
	}
	code, hasCode := attrValue(attrs, "eventcode")
	src, hasSrc := attrValue(attrs, "sourcecode")
	tgt, hasTgt := attrValue(attrs, "targetcode")
	if hasCode || hasSrc || hasTgt {
		used = true
		if !hasCode || !hasSrc || !hasTgt || code == "" {
			r.errorf(start, "record %q: <EventCoding> needs sourcecode, targetcode and eventcode; record skipped", rec.ID)
			r.cur.bad = true
			return
		}
		rec.Events = append(rec.Events, Coding{Source: src, Target: tgt, Code: code, Line: r.lineOf(start)})
	}
	if !used {
		r.errorf(start, "record %q: <EventCoding> has no eventcode, noevents or error; record skipped", rec.ID)
		r.cur.bad = true
	}
}

// plevent reads "<PLEvent {json}>" from i, just after the name.
func (r *recReader) plevent(start, i int) {
	for i < len(r.src) && (r.src[i] == ' ' || r.src[i] == '\t') {
		i++
	}
	end := jsonEnd(r.src, i)
	if end < 0 {
		r.errorf(start, "<PLEvent> is not followed by a complete {json} object on its line; ignored")
		if k := strings.IndexByte(r.src[i:], '>'); k >= 0 {
			r.pos = i + k + 1
		} else {
			r.pos = len(r.src)
		}
		return
	}
	raw := r.src[i:end]
	k := end
	for k < len(r.src) && (r.src[k] == ' ' || r.src[k] == '\t') {
		k++
	}
	switch {
	case strings.HasPrefix(r.src[k:], "/>"):
		k += 2
	case strings.HasPrefix(r.src[k:], ">"):
		k++
	default:
		r.errorf(start, "<PLEvent {json} is not closed with >")
	}
	r.pos = k
	if r.cur == nil {
		r.errorf(start, "<PLEvent> outside a <Sentence> ignored")
		return
	}
	r.cur.children++
	ev := PLEvent{Raw: raw, Line: r.lineOf(start)}
	if err := json.Unmarshal([]byte(raw), &ev); err != nil {
		r.errorf(start, "record %q: <PLEvent> JSON: %v; ignored", r.cur.rec.ID, err)
		return
	}
	r.cur.rec.PLEvents = append(r.cur.rec.PLEvents, ev)
}

// jsonEnd returns the end of the JSON object starting at s[i], by brace
// matching outside strings, or -1.
func jsonEnd(s string, i int) int {
	if i >= len(s) || s[i] != '{' {
		return -1
	}
	depth, inStr := 0, false
	for j := i; j < len(s); j++ {
		c := s[j]
		switch {
		case inStr && c == '\\':
			j++
		case c == '"':
			inStr = !inStr
		case inStr:
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			depth--
			if depth == 0 {
				return j + 1
			}
		case c == '\n' || c == '>' || c == '<':
			return -1 // the object must be on its line, before the tag's >
		}
	}
	return -1
}
