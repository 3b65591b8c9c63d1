package petrarch

import (
	"fmt"
	"io"
	"regexp"
	"strings"
)

// VerbDictionary is a PETRARCH verb dictionary as written: its synonym
// sets, its verb blocks with their verbs and patterns, and its verb
// transformations, each in file order.
type VerbDictionary struct {
	Name            string // the name given to ReadVerbs, used in errors
	Synsets         []Synset
	Blocks          []Block
	Transformations []Transformation
}

// Synset is a synonym set: a label such as &CURRENCY and its phrases.
type Synset struct {
	Name     string // with its "&" and without a final "_": "&CURRENCY"
	NoPlural bool   // the label ended with "_": PETRARCH forms no plurals of its phrases
	Members  []Phrase
	Section  string // the "####### ... #######" section it is in, if any
	Line     int
}

// Phrase is one "+" line of a synset.
type Phrase struct {
	// Elems are words as a rule; some dictionaries also put synsets
	// ("+&CURRENCY") and prepositional phrases ("+(TO THE END)") here.
	Elems    []Elem
	NoPlural bool // written with a final "_": no plural is formed
	Line     int
}

// Block is a verb block: a "--- NAME [CODE] ---" header, the verbs that
// share its patterns, and the patterns.
type Block struct {
	Name     string // "ACCELERATE"
	Code     Code   // the block's primary code; "---" when the header has none
	Verbs    []Verb
	Patterns []Pattern
	Section  string
	Line     int
}

// Verb is one verb line of a block: a verb or multi-word verb, its
// irregular forms and its own code.
type Verb struct {
	VerbPhrase
	// Forms are the forms given in {...}. When Irregular is set PETRARCH
	// uses exactly these (possibly none); otherwise it makes the regular
	// forms (-S, -ED, -ING) itself.
	Forms     []VerbPhrase
	Irregular bool
	Code      Code // the verb's own code; zero when the line has none and the block's applies
	Line      int
}

// VerbPhrase is a verb of one or more words joined by "_". In a
// multi-word verb the word the parser will tag as the verb is marked
// with "+" ("+CORDON_OFF", "WIRE_+TAP").
type VerbPhrase struct {
	Words []string
	Head  int // index of the verb word in Words; -1 for a multi-word verb with no "+"
}

func (v VerbPhrase) String() string {
	var b strings.Builder
	for i, w := range v.Words {
		if i > 0 {
			b.WriteByte('_')
		}
		if i == v.Head && len(v.Words) > 1 {
			b.WriteByte('+')
		}
		b.WriteString(w)
	}
	return b.String()
}

// Pattern is one "-" line of a block: a sequence of elements with the verb
// marker "*" among them, and the code the pattern assigns.
type Pattern struct {
	Elems   []Elem
	Code    Code
	Comment string // the text after "#" or ";", trimmed
	Line    int
}

// Verb returns the index in p.Elems of the verb marker "*".
func (p Pattern) Verb() int {
	for i, e := range p.Elems {
		if e.Kind == VerbMark {
			return i
		}
	}
	return -1
}

// Upper returns the elements before the verb, Lower those after it.
func (p Pattern) Upper() []Elem { return p.Elems[:max(p.Verb(), 0)] }

// Lower returns the elements after the verb.
func (p Pattern) Lower() []Elem { return p.Elems[p.Verb()+1:] }

// String writes p back in dictionary syntax: "- * (TO BORDER) [154]".
func (p Pattern) String() string {
	return "- " + elemsString(p.Elems) + " [" + p.Code.String() + "]"
}

// Transformation is a "~" line: a rewrite of a verb whose complement is
// itself an event, such as "~ a (a b ATTACK) SAY = a b 015". It is kept
// as written, with spacing normalised.
type Transformation struct {
	Left, Right string
	Line        int
}

// Kind is the kind of a pattern element.
type Kind uint8

// Pattern element kinds.
const (
	Literal      Kind = iota + 1 // a literal word: TIES
	SynsetRef                    // a synset reference: &CURRENCY
	VerbMark                     // the verb: *
	SourceSlot                   // the source actor: $
	TargetSlot                   // the target actor: +
	CompoundSlot                 // source and target both (a compound actor): %
	SkipMark                     // skip a noun phrase: ^
	NounPhrase                   // PETRARCH-2 noun phrase {WORD ... HEAD}: Children, the last is the head
	PrepPhrase                   // PETRARCH-2 prepositional phrase (PREP ...): Children, the first is the preposition
	Alternatives                 // TABARI alternatives {A B | C}: Alts
)

var kindNames = [...]string{"", "word", "synset", "verb", "source", "target", "compound", "skip", "noun phrase", "prepositional phrase", "alternatives"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// Elem is one element of a pattern.
type Elem struct {
	Kind Kind
	Text string // the word for Literal, the label with "&" for SynsetRef
	// Joined is set when the element is written joined to the one before
	// it by "_": no other words may come between them (TABARI and
	// PETRARCH-1; PETRARCH-2 reads "_" inside a word as part of the word).
	Joined bool
	// Stop is set on a word written with a final "_" before a space
	// ("WAS_ *"): TABARI's whole-word mark, which PETRARCH ignores.
	Stop     bool
	Children []Elem   // NounPhrase and PrepPhrase
	Alts     [][]Elem // Alternatives
}

func elemsString(es []Elem) string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			if e.Joined {
				b.WriteByte('_')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(e.String())
		if e.Stop {
			b.WriteByte('_')
		}
	}
	return b.String()
}

// String writes e in dictionary syntax.
func (e Elem) String() string {
	switch e.Kind {
	case Literal, SynsetRef:
		return e.Text
	case VerbMark:
		return "*"
	case SourceSlot:
		return "$"
	case TargetSlot:
		return "+"
	case CompoundSlot:
		return "%"
	case SkipMark:
		return "^"
	case NounPhrase:
		return "{" + elemsString(e.Children) + "}"
	case PrepPhrase:
		return "(" + elemsString(e.Children) + ")"
	case Alternatives:
		alts := make([]string, len(e.Alts))
		for i, a := range e.Alts {
			alts[i] = elemsString(a)
		}
		return "{" + strings.Join(alts, " | ") + "}"
	}
	return "?"
}

// Code is an event code as a dictionary writes it in [...]: "0332", the
// null code "---", a test code such as "075A", or a pair "042:043".
// PETRARCH reads a pair A:B as event A from source to target and event B
// from target to source; ":B" has only the second.
type Code struct {
	Event   string // before ":"; "" in ":B"
	Reverse string // after ":"; "" when there is no ":"
}

// IsZero reports whether c is the zero Code (no code given).
func (c Code) IsZero() bool { return c == Code{} }

// Null reports whether c is the null code "---": no event.
func (c Code) Null() bool { return c.Event == "---" && c.Reverse == "" }

func (c Code) String() string {
	if c.Reverse != "" {
		return c.Event + ":" + c.Reverse
	}
	return c.Event
}

// codePartRE admits the codes dictionaries write: CAMEO codes, test codes
// such as 075A, the null code ---, +++, and codes marked uncertain (025?).
var codePartRE = regexp.MustCompile(`^(---|\+\+\+|[0-9A-Za-z]+[?!]?)$`)

func parseCode(s string) (Code, error) {
	ev, rev, pair := strings.Cut(s, ":")
	c := Code{Event: ev, Reverse: rev}
	switch {
	case s == "":
		return Code{}, fmt.Errorf("empty code []")
	case ev != "" && !codePartRE.MatchString(ev), pair && !codePartRE.MatchString(rev):
		return Code{}, fmt.Errorf("code [%s] is not a code, a null code --- or a pair A:B", s)
	}
	return c, nil
}

// cutCode splits "TEXT [CODE]" into TEXT and the code. has is false when
// there is no "[".
func cutCode(s string) (rest string, c Code, has bool, err error) {
	i := strings.IndexByte(s, '[')
	if strings.Count(s, "[") > 1 {
		return s, c, true, fmt.Errorf("more than one [code]")
	}
	if i < 0 {
		if strings.ContainsRune(s, ']') {
			return s, c, false, fmt.Errorf("] without [")
		}
		return s, c, false, nil
	}
	j := strings.IndexByte(s[i:], ']')
	if j < 0 {
		return s, c, true, fmt.Errorf("code has no closing ]")
	}
	if after := strings.TrimSpace(s[i+j+1:]); after != "" {
		return s, c, true, fmt.Errorf("%q after the code", after)
	}
	c, err = parseCode(strings.TrimSpace(s[i+1 : i+j]))
	return s[:i], c, true, err
}

var sectionRE = regexp.MustCompile(`^#{3,}\s*([^#]*[^#\s])\s*#{3,}\s*$`)

// ReadVerbs reads a PETRARCH-1 or PETRARCH-2 verb dictionary. It returns
// everything it could read; the error, if not nil, is an ErrorList of the
// lines it skipped (or the error from r). Lines are numbered from 1 and
// errors name the file as name.
func ReadVerbs(r io.Reader, name string) (*VerbDictionary, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	vr := &verbReader{d: &VerbDictionary{Name: name}, file: name, block: -1, synset: -1, synsetLine: map[string]int{}}
	for n, line := range dictLines(string(data), name, &vr.errs) {
		vr.line(line, n)
	}
	vr.checkSynsets()
	return vr.d, vr.errs.Err()
}

type verbReader struct {
	d       *VerbDictionary
	errs    ErrorList
	file    string
	section string
	block   int // index of the current block, -1 before the first
	synset  int // index of the synset whose "+" lines are being read, or -1

	synsetLine map[string]int // line of the first definition of each synset
}

func (vr *verbReader) errorf(line int, format string, args ...any) {
	vr.errs.add(vr.file, line, format, args...)
}

// dictLines returns the lines of a dictionary, keyed by line number, with
// "<!-- ... -->" comments (also over several lines) removed and
// surrounding space trimmed. Blank lines are left out.
func dictLines(text, file string, errs *ErrorList) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		text = strings.TrimPrefix(text, "\uFEFF")
		inComment, commentAt := false, 0
		for n, line := range strings.Split(text, "\n") {
			n++
			var out strings.Builder
			for {
				if inComment {
					i := strings.Index(line, "-->")
					if i < 0 {
						line = ""
						break
					}
					line, inComment = line[i+3:], false
					out.WriteByte(' ')
				}
				i := strings.Index(line, "<!--")
				if i < 0 {
					out.WriteString(line)
					break
				}
				out.WriteString(line[:i])
				line, inComment, commentAt = line[i+4:], true, n
			}
			line = out.String()
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			if !yield(n, line) {
				return
			}
		}
		if inComment {
			errs.add(file, commentAt, "<!-- comment is not closed with -->")
		}
	}
}

// cutComment removes a "#" or ";" comment from a line and returns it.
func cutComment(s string) (content, comment string) {
	if i := strings.IndexAny(s, "#;"); i >= 0 {
		return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
	}
	return s, ""
}

func (vr *verbReader) line(s string, n int) {
	if s[0] == '#' {
		if m := sectionRE.FindStringSubmatch(s); m != nil {
			vr.section = strings.TrimSpace(m[1])
			vr.synset = -1
		}
		return
	}
	s, comment := cutComment(s)
	if s == "" {
		return
	}
	switch {
	case s[0] == '+' && vr.synset >= 0:
		vr.member(s[1:], n)
		return
	case s[0] == '&':
		vr.startSynset(s, n)
		return
	}
	vr.synset = -1
	switch {
	case strings.HasPrefix(s, "---"):
		vr.header(s, n)
	case s[0] == '-':
		vr.pattern(s[1:], comment, n)
	case s[0] == '~':
		vr.transformation(s[1:], n)
	case s[0] == '+' || isLetter(s[0]):
		vr.verb(s, n)
	default:
		vr.errorf(n, "cannot read %q: not a verb, pattern (-), synset (& or +), block header (---) or transformation (~); line skipped", s)
	}
}

func isLetter(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }

func (vr *verbReader) startSynset(s string, n int) {
	f := strings.Fields(s)
	name := f[0]
	if len(f) > 1 {
		vr.errorf(n, "synset label %q is followed by %q; the rest of the line is ignored", name, strings.Join(f[1:], " "))
	}
	syn := Synset{Name: name, Section: vr.section, Line: n}
	if strings.HasSuffix(name, "_") {
		syn.Name, syn.NoPlural = strings.TrimRight(name, "_"), true
	}
	if len(syn.Name) < 2 || strings.ContainsAny(syn.Name[1:], "&*$+%^()[]{}|") {
		vr.errorf(n, "%q is not a synset label; synset skipped", name)
		vr.synset = -1
		return
	}
	if first, dup := vr.synsetLine[syn.Name]; dup {
		vr.errorf(n, "synset %s is defined again (first at line %d); the first is the one found by lookups", syn.Name, first)
	} else {
		vr.synsetLine[syn.Name] = n
	}
	vr.d.Synsets = append(vr.d.Synsets, syn)
	vr.synset = len(vr.d.Synsets) - 1
}

func (vr *verbReader) member(s string, n int) {
	s = strings.TrimSpace(s)
	elems, err := parseElems(s)
	if err == nil && len(elems) == 0 {
		err = fmt.Errorf("empty")
	}
	if err == nil {
		for _, e := range elems {
			if e.Kind != Literal && e.Kind != SynsetRef && e.Kind != PrepPhrase && e.Kind != NounPhrase {
				err = fmt.Errorf("a synset phrase holds words, not %s %q", e.Kind, e.String())
				break
			}
		}
	}
	if err != nil {
		vr.errorf(n, "synset %s: phrase %q: %v; phrase skipped", vr.d.Synsets[vr.synset].Name, s, err)
		return
	}
	p := Phrase{Elems: elems, Line: n}
	if last := &p.Elems[len(p.Elems)-1]; last.Kind == Literal && last.Stop {
		last.Stop, p.NoPlural = false, true
	}
	syn := &vr.d.Synsets[vr.synset]
	syn.Members = append(syn.Members, p)
}

func (vr *verbReader) header(s string, n int) {
	body := strings.TrimRight(strings.TrimLeft(s, "-"), "- \t")
	if i := strings.IndexByte(body, ']'); i >= 0 && strings.Count(body, "[") > 1 {
		// PETRARCH-1 takes the first code of "--- DELAY [120] [031:031] ---".
		vr.errorf(n, "block header %q has more than one code; the first is used", s)
		body = body[:i+1]
	}
	rest, code, has, err := cutCode(body)
	if err != nil {
		vr.errorf(n, "block header %q: %v; the block gets the null code ---", s, err)
	}
	if !has || err != nil {
		code = Code{Event: "---"}
	}
	b := Block{Name: strings.Join(strings.Fields(rest), " "), Code: code, Section: vr.section, Line: n}
	if b.Name == "" || strings.ContainsAny(b.Name, "[]{}") {
		vr.errorf(n, "block header %q has no name", s)
	}
	vr.d.Blocks = append(vr.d.Blocks, b)
	vr.block = len(vr.d.Blocks) - 1
}

func (vr *verbReader) verb(s string, n int) {
	if vr.block < 0 {
		vr.errorf(n, "verb line %q comes before any --- block header; line skipped", s)
		return
	}
	v, err := parseVerb(s)
	if err != nil {
		vr.errorf(n, "verb %q: %v; line skipped", s, err)
		return
	}
	v.Line = n
	b := &vr.d.Blocks[vr.block]
	b.Verbs = append(b.Verbs, v)
}

func parseVerb(s string) (Verb, error) {
	var v Verb
	rest, code, _, err := cutCode(s)
	if err != nil {
		return v, err
	}
	v.Code = code
	if i := strings.IndexByte(rest, '{'); i >= 0 {
		j := strings.IndexByte(rest[i:], '}')
		if j < 0 {
			return v, fmt.Errorf("{ without }")
		}
		if after := strings.TrimSpace(rest[i+j+1:]); after != "" {
			return v, fmt.Errorf("%q after the forms", after)
		}
		v.Irregular = true
		for _, f := range strings.FieldsFunc(rest[i+1:i+j], func(r rune) bool { return r == ' ' || r == '\t' || r == ',' }) {
			form, err := parseVerbPhrase(f)
			if err != nil {
				return v, fmt.Errorf("form %q: %v", f, err)
			}
			v.Forms = append(v.Forms, form)
		}
		rest = rest[:i]
	}
	phrase := strings.TrimSpace(rest)
	switch {
	case phrase == "":
		return v, fmt.Errorf("no verb")
	case strings.ContainsAny(phrase, " \t"):
		return v, fmt.Errorf("a verb is one word or words joined by _, not %q", phrase)
	case strings.ContainsAny(phrase, "}"):
		return v, fmt.Errorf("} without {")
	}
	v.VerbPhrase, err = parseVerbPhrase(phrase)
	return v, err
}

func parseVerbPhrase(s string) (VerbPhrase, error) {
	vp := VerbPhrase{Head: -1}
	for i, w := range strings.Split(s, "_") {
		if strings.HasPrefix(w, "+") {
			if vp.Head >= 0 {
				return vp, fmt.Errorf("two words are marked +")
			}
			vp.Head, w = i, w[1:]
		}
		if w == "" {
			return vp, fmt.Errorf("empty word")
		}
		if strings.ContainsAny(w, "+*$%^&()[]{}|") {
			return vp, fmt.Errorf("unexpected character in %q", w)
		}
		vp.Words = append(vp.Words, w)
	}
	if len(vp.Words) == 1 {
		vp.Head = 0
	}
	return vp, nil
}

func (vr *verbReader) pattern(s, comment string, n int) {
	if vr.block < 0 {
		vr.errorf(n, "pattern comes before any --- block header; line skipped")
		return
	}
	p, err := parsePattern(s)
	if err != nil {
		vr.errorf(n, "pattern %q: %v; pattern skipped", strings.TrimSpace(s), err)
		return
	}
	p.Comment, p.Line = comment, n
	b := &vr.d.Blocks[vr.block]
	b.Patterns = append(b.Patterns, p)
}

func parsePattern(s string) (Pattern, error) {
	var p Pattern
	rest, code, has, err := cutCode(s)
	if err != nil {
		return p, err
	}
	if !has {
		return p, fmt.Errorf("no [code]")
	}
	p.Code = code
	if p.Elems, err = parseElems(rest); err != nil {
		return p, err
	}
	verbs := 0
	for _, e := range p.Elems {
		if e.Kind == VerbMark {
			verbs++
		}
	}
	if verbs != 1 {
		return p, fmt.Errorf("%d verb markers *; a pattern has one", verbs)
	}
	return p, nil
}

func (vr *verbReader) transformation(s string, n int) {
	left, right, ok := strings.Cut(s, "=")
	left = strings.Join(strings.Fields(left), " ")
	right = strings.Join(strings.Fields(right), " ")
	if !ok || left == "" || right == "" || strings.Contains(right, "=") {
		vr.errorf(n, "transformation %q is not LEFT = RIGHT; line skipped", strings.TrimSpace(s))
		return
	}
	if depth := parenDepth(left); depth != 0 {
		vr.errorf(n, "transformation %q has unbalanced parentheses; line skipped", strings.TrimSpace(s))
		return
	}
	vr.d.Transformations = append(vr.d.Transformations, Transformation{Left: left, Right: right, Line: n})
}

func parenDepth(s string) int {
	d := 0
	for _, c := range s {
		switch c {
		case '(':
			d++
		case ')':
			d--
			if d < 0 {
				return d
			}
		}
	}
	return d
}

// checkSynsets drops patterns and phrases that use a synset the file does
// not define, as PETRARCH does.
func (vr *verbReader) checkSynsets() {
	defined := map[string]bool{}
	for _, s := range vr.d.Synsets {
		defined[s.Name] = true
	}
	undefined := func(es []Elem) string {
		var bad string
		walk(es, func(e Elem) {
			if e.Kind == SynsetRef && bad == "" && !defined[strings.TrimRight(e.Text, "_")] {
				bad = e.Text
			}
		})
		return bad
	}
	for i := range vr.d.Blocks {
		b := &vr.d.Blocks[i]
		kept := b.Patterns[:0]
		for _, p := range b.Patterns {
			if s := undefined(p.Elems); s != "" {
				vr.errorf(p.Line, "pattern %q uses synset %s, which the file does not define; pattern skipped", p.String(), s)
				continue
			}
			kept = append(kept, p)
		}
		b.Patterns = kept
	}
	for i := range vr.d.Synsets {
		syn := &vr.d.Synsets[i]
		kept := syn.Members[:0]
		for _, p := range syn.Members {
			if s := undefined(p.Elems); s != "" {
				vr.errorf(p.Line, "synset %s: phrase uses synset %s, which the file does not define; phrase skipped", syn.Name, s)
				continue
			}
			kept = append(kept, p)
		}
		syn.Members = kept
	}
}

// walk calls fn for each element of es and of its groups, depth first.
func walk(es []Elem, fn func(Elem)) {
	for _, e := range es {
		fn(e)
		walk(e.Children, fn)
		for _, a := range e.Alts {
			walk(a, fn)
		}
	}
}

// Synset returns the synset labelled name ("&CURRENCY"; a final "_" is
// ignored), or nil.
func (d *VerbDictionary) Synset(name string) *Synset {
	name = strings.TrimRight(name, "_")
	for i := range d.Synsets {
		if d.Synsets[i].Name == name {
			return &d.Synsets[i]
		}
	}
	return nil
}

// NumPatterns returns the number of patterns in all blocks.
func (d *VerbDictionary) NumPatterns() int {
	n := 0
	for _, b := range d.Blocks {
		n += len(b.Patterns)
	}
	return n
}

// NumVerbs returns the number of verb lines in all blocks.
func (d *VerbDictionary) NumVerbs() int {
	n := 0
	for _, b := range d.Blocks {
		n += len(b.Verbs)
	}
	return n
}

// token is a piece of pattern text: a word or marker, or one of ( ) { } |.
type token struct {
	text   string
	joined bool // "_" directly before it
	stop   bool // "_" directly after it, then a space or the end
}

func tokenize(s string) []token {
	var toks []token
	join := false
	stop := func() {
		if join && len(toks) > 0 {
			toks[len(toks)-1].stop = true
		}
		join = false
	}
	for i := 0; i < len(s); {
		switch c := s[i]; c {
		case ' ', '\t', '\r':
			stop()
			i++
		case '_':
			// "_" joins to a word or group before it, not to "(", "{" or "|".
			if n := len(toks); n > 0 {
				prev := toks[n-1].text
				join = prev != "(" && prev != "{" && prev != "|"
				if join {
					toks[n-1].stop = false // "A_ _B" is "A_B"
				}
			}
			i++
		case ')', '}', '|':
			stop()
			toks = append(toks, token{text: string(c)})
			i++
		case '(', '{':
			toks = append(toks, token{text: string(c), joined: join})
			join = false
			i++
		case '*':
			// The verb marker splits words it touches, as PETRARCH's
			// split on "*" does: "*SCEPTICAL" is "* SCEPTICAL".
			j := i
			for j < len(s) && s[j] == '*' {
				j++
			}
			toks = append(toks, token{text: s[i:j], joined: join})
			join = false
			i = j
		default:
			j := i
			for j < len(s) && !strings.ContainsRune(" \t\r_(){}|*", rune(s[j])) {
				j++
			}
			toks = append(toks, token{text: s[i:j], joined: join})
			join = false
			i = j
		}
	}
	stop()
	return toks
}

func parseElems(s string) ([]Elem, error) {
	toks := tokenize(s)
	es, i, err := parseSeq(toks, 0, "")
	if err == nil && i < len(toks) {
		err = fmt.Errorf("unexpected %q", toks[i].text)
	}
	return es, err
}

// parseSeq reads elements from toks[i:] up to the closer ")" or "}" (and
// "|" inside braces), returning the index of the closer.
func parseSeq(toks []token, i int, closer string) ([]Elem, int, error) {
	var es []Elem
	for i < len(toks) {
		t := toks[i]
		switch t.text {
		case "(":
			kids, j, err := parseSeq(toks, i+1, ")")
			if err != nil {
				return es, j, err
			}
			if len(kids) == 0 {
				return es, j, fmt.Errorf("empty ( )")
			}
			if k := kids[0].Kind; k != Literal && k != SynsetRef {
				return es, j, fmt.Errorf("prepositional phrase (%s) starts with %s, not a preposition", elemsString(kids), k)
			}
			es = append(es, Elem{Kind: PrepPhrase, Joined: t.joined, Children: kids})
			i = j + 1
		case "{":
			var alts [][]Elem
			j := i + 1
			for {
				kids, k, err := parseSeq(toks, j, "}")
				if err != nil {
					return es, k, err
				}
				if len(kids) == 0 {
					return es, k, fmt.Errorf("empty { } or alternative")
				}
				alts = append(alts, kids)
				j = k
				if toks[k].text == "}" {
					break
				}
				j++ // past "|"
			}
			e := Elem{Kind: NounPhrase, Joined: t.joined, Children: alts[0]}
			if len(alts) > 1 {
				e = Elem{Kind: Alternatives, Joined: t.joined, Alts: alts}
			}
			es = append(es, e)
			i = j + 1
		case ")", "}", "|":
			if t.text == closer || (t.text == "|" && closer == "}") {
				return es, i, nil
			}
			return es, i, fmt.Errorf("unexpected %s", t.text)
		default:
			e, err := classify(t)
			if err != nil {
				return es, i, err
			}
			if closer != "" && e.Kind == VerbMark {
				return es, i, fmt.Errorf("verb marker * inside a group")
			}
			es = append(es, e)
			i++
		}
	}
	if closer != "" {
		return es, i, fmt.Errorf("missing %s", closer)
	}
	return es, i, nil
}

func classify(t token) (Elem, error) {
	e := Elem{Joined: t.joined, Stop: t.stop}
	switch t.text {
	case "*", "**":
		e.Kind = VerbMark
	case "$":
		e.Kind = SourceSlot
	case "+":
		e.Kind = TargetSlot
	case "%":
		e.Kind = CompoundSlot
	case "^":
		e.Kind = SkipMark
	default:
		e.Kind, e.Text = Literal, t.text
		if t.text[0] == '&' {
			e.Kind = SynsetRef
			if len(t.text) == 1 || strings.ContainsAny(t.text[1:], "&*$+%^[]") {
				return e, fmt.Errorf("bad synset reference %q", t.text)
			}
		} else if strings.ContainsAny(t.text, "&*$+%^[]") {
			return e, fmt.Errorf("unexpected character in %q", t.text)
		}
	}
	if e.Kind != Literal {
		e.Stop = false
	}
	return e, nil
}
