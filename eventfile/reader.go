package eventfile

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Reasons a ParseError gives; test for them with errors.Is.
var (
	ErrFormat      = errors.New("not a known event file format")
	ErrHeader      = errors.New("bad header")
	ErrFieldCount  = errors.New("wrong number of columns")
	ErrDate        = errors.New("bad date")
	ErrNumber      = errors.New("bad number")
	ErrCode        = errors.New("bad code")
	ErrValue       = errors.New("bad value")
	ErrMissing     = errors.New("missing value")
	ErrUTF8        = errors.New("invalid UTF-8")
	ErrLineTooLong = errors.New("line too long")
)

// A ParseError reports a line that could not be read: its number, the
// column and why. A Reader goes on with the next line after one, but for
// errors in the header or the format (ErrHeader, ErrFormat), which end
// the file.
type ParseError struct {
	Name   string // the input's name (Reader.Name), or ""
	Line   int    // from 1
	Column int    // from 1; 0 when the error is about the whole line
	Field  string // the column's name
	Err    error
}

func (e *ParseError) Error() string {
	var b strings.Builder
	if e.Name != "" {
		fmt.Fprintf(&b, "%s:%d: ", e.Name, e.Line)
	} else {
		fmt.Fprintf(&b, "line %d: ", e.Line)
	}
	if e.Column > 0 {
		fmt.Fprintf(&b, "column %d (%s): ", e.Column, e.Field)
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *ParseError) Unwrap() error { return e.Err }

// reason is a message with the sentinel error it is an instance of.
type reason struct {
	kind error
	msg  string
}

func (r *reason) Error() string { return r.msg }
func (r *reason) Unwrap() error { return r.kind }

func because(kind error, format string, a ...any) error {
	return &reason{kind, fmt.Sprintf(format, a...)}
}

// DefaultMaxLineBytes is the longest line a Reader takes unless told
// otherwise.
const DefaultMaxLineBytes = 16 << 20

var bom = []byte("\ufeff")

// Reader reads events from an event file, one line at a time. It takes
// LF and CRLF line ends, a UTF-8 byte-order mark, blank lines and lines
// of any length up to MaxLineBytes. A line it cannot read gives a
// *ParseError that names the line, the column and the reason; the next
// call reads on from the next line, so that a caller can report bad
// records and keep the rest.
type Reader struct {
	// Name names the input in errors, such as its file name.
	Name string
	// MaxLineBytes is the longest line taken (0: DefaultMaxLineBytes); a
	// longer one is skipped with an ErrLineTooLong error.
	MaxLineBytes int
	// ReplaceInvalidUTF8 replaces bytes that are not UTF-8 with U+FFFD
	// instead of rejecting their line with an ErrUTF8 error.
	ReplaceInvalidUTF8 bool

	br      *bufio.Reader
	format  Format
	line    int
	started bool
	err     error    // sticky: io.EOF, a read error, or a bad header
	cols    []string // column names: GDELT's, or the header's
	width   int      // columns up to the last named one in the header
	index   map[string]int
	quoted  bool // fields may be quoted ("..." with "" for a quote)
	buf     []byte
}

// NewReader returns a reader of events in format f from r; with Auto it
// detects the format from the first line (see Detect).
func NewReader(r io.Reader, f Format) *Reader {
	return &Reader{br: bufio.NewReaderSize(r, 64<<10), format: f}
}

// Format returns the format read: the one given to NewReader, or the one
// detected once the first line has been read.
func (r *Reader) Format() Format { return r.format }

// Line returns the number of the line read last.
func (r *Reader) Line() int { return r.line }

// Next returns the next event. At the end of the input it returns io.EOF;
// for a line it cannot read, a *ParseError, after which it can be called
// again. A read error of the underlying reader, a missing or bad header
// and an undetectable format end the input: Next returns the same error
// from then on.
func (r *Reader) Next() (Event, error) {
	for r.err == nil {
		line, err := r.readLine()
		if err != nil {
			if errors.Is(err, ErrLineTooLong) {
				return Event{}, r.errorAt(0, err)
			}
			if err != io.EOF && r.Name != "" {
				err = fmt.Errorf("%s: %w", r.Name, err)
			}
			r.err = err
			break
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if !r.started {
			r.started = true
			skip, err := r.start(line)
			if err != nil {
				r.err = err
				break
			}
			if skip {
				continue
			}
		}
		return r.parseLine(line)
	}
	return Event{}, r.err
}

// All returns an iterator over the events and the errors of the lines it
// cannot read; it stops at the end of the input or at an error that ends
// it (which it yields).
func (r *Reader) All() iter.Seq2[Event, error] {
	return func(yield func(Event, error) bool) {
		for {
			e, err := r.Next()
			if err == io.EOF {
				return
			}
			if !yield(e, err) {
				return
			}
			if err != nil && r.err != nil {
				return
			}
		}
	}
}

// ReadBatch reads events into buf until it is full or the input ends,
// skipping the lines it cannot read and returning their errors in bad.
// It returns io.EOF, with n 0, once the input is used up, and a read error
// or a bad header as err, after the events read before it.
func (r *Reader) ReadBatch(buf []Event) (n int, bad []error, err error) {
	for n < len(buf) {
		e, err := r.Next()
		if err != nil {
			var pe *ParseError
			if r.err == nil && errors.As(err, &pe) {
				bad = append(bad, err)
				continue
			}
			if err == io.EOF && (n > 0 || len(bad) > 0) {
				return n, bad, nil
			}
			return n, bad, err
		}
		buf[n] = e
		n++
	}
	return n, bad, nil
}

// readLine returns the next line without its line end, or io.EOF. The
// line is valid until the next call.
func (r *Reader) readLine() ([]byte, error) {
	max := r.MaxLineBytes
	if max <= 0 {
		max = DefaultMaxLineBytes
	}
	r.buf = r.buf[:0]
	tooLong := false
	for {
		chunk, err := r.br.ReadSlice('\n')
		if !tooLong {
			if len(r.buf)+len(chunk) > max+2 { // room for CRLF
				tooLong = true
				r.buf = r.buf[:0]
			} else {
				r.buf = append(r.buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && (err != io.EOF || (len(r.buf) == 0 && !tooLong && len(chunk) == 0)) {
			return nil, err
		}
		break
	}
	r.line++
	if tooLong {
		return nil, because(ErrLineTooLong, "line longer than %d bytes", max)
	}
	line := r.buf
	line = bytes.TrimSuffix(line, []byte("\n"))
	line = bytes.TrimSuffix(line, []byte("\r"))
	if r.line == 1 {
		line = bytes.TrimPrefix(line, bom)
	}
	return line, nil
}

// errorAt returns a *ParseError for the current line and column col (from
// 1; 0 for the whole line).
func (r *Reader) errorAt(col int, err error) *ParseError {
	e := &ParseError{Name: r.Name, Line: r.line, Column: col, Err: err}
	if col > 0 && col <= len(r.cols) {
		e.Field = r.cols[col-1]
	} else if col > 0 {
		e.Field = "extra"
	}
	return e
}

// start takes the first line: it detects the format if need be and reads
// the header. It reports whether the line was a header.
func (r *Reader) start(line []byte) (skip bool, err error) {
	if r.format == Auto {
		f, err := Detect(line)
		if err != nil {
			return false, r.errorAt(0, err)
		}
		r.format = f
	}
	switch r.format {
	case GDELT1, GDELT1Backfile, GDELT2:
		r.cols = gdeltColumns(r.format)
		first, _, _ := strings.Cut(string(line), "\t")
		return strings.EqualFold(strings.TrimSpace(first), "GLOBALEVENTID"), nil
	case ICEWS, POLECAT:
		return true, r.header(line)
	}
	return false, r.errorAt(0, fmt.Errorf("eventfile: no reader for format %v", r.format))
}

// header reads the header of an ICEWS or POLECAT file.
func (r *Reader) header(line []byte) error {
	if !utf8.Valid(line) {
		return r.errorAt(0, because(ErrHeader, "header is not UTF-8"))
	}
	raw := strings.Split(string(line), "\t")
	for _, f := range raw {
		if strings.HasPrefix(f, `"`) {
			// A Dataverse archival file quotes its text fields.
			r.quoted = true
		}
	}
	if r.format == POLECAT {
		r.quoted = true // pandas quotes fields that hold a quote or a tab
	}
	r.cols = splitFields(string(line), true)
	r.index = map[string]int{}
	for i, c := range r.cols {
		n := normName(c)
		if n == "" {
			continue
		}
		r.width = i + 1
		if r.format == POLECAT && polecatAliases[n] != "" {
			n = polecatAliases[n]
		}
		if _, dup := r.index[n]; !dup {
			r.index[n] = i
		}
	}
	required := []string{"Event ID", "Event Date", "CAMEO Code"}
	if r.format == POLECAT {
		required = []string{"Event ID", "Event Date", "Event Type"}
	}
	for _, c := range required {
		if _, ok := r.index[normName(c)]; !ok {
			return r.errorAt(0, because(ErrHeader, "the %v header has no %q column", r.format, c))
		}
	}
	return nil
}

// parseLine reads one data line.
func (r *Reader) parseLine(line []byte) (Event, error) {
	if r.ReplaceInvalidUTF8 && !utf8.Valid(line) {
		line = bytes.ToValidUTF8(line, []byte("\uFFFD"))
	}
	fields := splitFields(string(line), r.quoted)
	for i, f := range fields {
		if !utf8.ValidString(f) {
			return Event{}, r.errorAt(i+1, because(ErrUTF8, "invalid UTF-8 at byte %d of the field",
				invalidAt(f)))
		}
	}
	c := rec{r: r, f: fields}
	var e Event
	switch r.format {
	case GDELT1, GDELT1Backfile, GDELT2:
		e = c.gdelt()
	case ICEWS:
		e = c.icews()
	case POLECAT:
		e = c.polecat()
	}
	if c.err != nil {
		return Event{}, c.err
	}
	return e, nil
}

func invalidAt(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n <= 1 {
				return i
			}
		}
	}
	return 0
}

// splitFields splits a line at tabs. With quoted, a field that starts
// with a quote and ends with one, with every other quote in it doubled,
// is unquoted; it may hold tabs. A field that starts with a quote but is
// not so quoted is taken as it is, up to the next tab.
func splitFields(line string, quoted bool) []string {
	if !quoted || !strings.Contains(line, `"`) {
		return strings.Split(line, "\t")
	}
	var fields []string
	for {
		if strings.HasPrefix(line, `"`) {
			if v, n, ok := quotedField(line); ok {
				fields = append(fields, v)
				if n == len(line) {
					return fields
				}
				line = line[n+1:] // past the tab
				continue
			}
		}
		f, rest, more := strings.Cut(line, "\t")
		fields = append(fields, f)
		if !more {
			return fields
		}
		line = rest
	}
}

// quotedField reads a quoted field at the start of s: its value, its
// length in s, and whether it is a well-quoted field ending at a tab or
// at the end of s.
func quotedField(s string) (string, int, bool) {
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		if s[i] != '"' {
			b.WriteByte(s[i])
			continue
		}
		if i+1 < len(s) && s[i+1] == '"' {
			b.WriteByte('"')
			i++
			continue
		}
		if i+1 == len(s) || s[i+1] == '\t' {
			return b.String(), i + 1, true
		}
		return "", 0, false
	}
	return "", 0, false
}

// unquote removes the quotes of a well-quoted field.
func unquote(s string) string {
	if strings.HasPrefix(s, `"`) {
		if v, n, ok := quotedField(s); ok && n == len(s) {
			return v
		}
	}
	return s
}

// cut shortens a value quoted in an error message.
func cut(s string) string {
	if len(s) <= 40 {
		return s
	}
	i := 40
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "..."
}

// rec is one data line being read.
type rec struct {
	r   *Reader
	f   []string
	err *ParseError
}

// fail records the first error of the line, at field i (from 0).
func (c *rec) fail(i int, kind error, format string, a ...any) {
	if c.err == nil {
		c.err = c.r.errorAt(i+1, because(kind, format, a...))
	}
}

// count checks the number of fields: exactly want, or more where the
// extra ones are empty (a trailing tab) when extraEmpty.
func (c *rec) count(extraEmpty bool, want ...int) bool {
	for _, w := range want {
		if len(c.f) == w {
			return true
		}
	}
	if extraEmpty && len(c.f) > want[0] {
		for i := want[0]; i < len(c.f); i++ {
			if strings.TrimSpace(c.f[i]) != "" {
				c.fail(i, ErrFieldCount, "%d columns, want %d; column %d is not empty", len(c.f), want[0], i+1)
				return false
			}
		}
		return true
	}
	ws := make([]string, len(want))
	for i, w := range want {
		ws[i] = strconv.Itoa(w)
	}
	c.err = c.r.errorAt(0, because(ErrFieldCount, "%d columns, want %s (%v)", len(c.f), strings.Join(ws, " or "),
		c.r.format))
	return false
}

// parseDate reads a date of layout (20060102 or 2006-01-02) as
// YYYY-MM-DD.
func parseDate(s, layout string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) != len(layout) {
		return "", false
	}
	t, err := time.Parse(layout, s)
	if err != nil {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

// date reads field i as a date of layout; required says whether it may be
// empty.
func (c *rec) date(i int, layout, show string, required bool) string {
	v := c.f[i]
	if strings.TrimSpace(v) == "" && !required {
		return ""
	}
	d, ok := parseDate(v, layout)
	if !ok {
		c.fail(i, ErrDate, "%q is not a date (%s)", cut(v), show)
	}
	return d
}

// integer reads field i as a whole number from 0; empty gives 0 unless
// required.
func (c *rec) integer(i int, required bool) int {
	v := strings.TrimSpace(c.f[i])
	if v == "" {
		if required {
			c.fail(i, ErrMissing, "no value")
		}
		return 0
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		c.fail(i, ErrNumber, "%q is not a whole number from 0", cut(c.f[i]))
		return 0
	}
	return n
}

// float reads field i as a finite number in [lo, hi]; empty gives nil
// unless required.
func (c *rec) float(i int, required bool, lo, hi float64) *float64 {
	v := strings.TrimSpace(c.f[i])
	if v == "" {
		if required {
			c.fail(i, ErrMissing, "no value")
		}
		return nil
	}
	x, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsInf(x, 0) || math.IsNaN(x) {
		c.fail(i, ErrNumber, "%q is not a number", cut(c.f[i]))
		return nil
	}
	if x < lo || x > hi {
		c.fail(i, ErrNumber, "%v is not from %v to %v", x, lo, hi)
		return nil
	}
	return &x
}

// id reads field i as an identifier of digits; empty is an error when
// required.
func (c *rec) id(i int, required bool) string {
	v := c.f[i]
	if v == "" {
		if required {
			c.fail(i, ErrMissing, "no identifier")
		}
		return ""
	}
	if !isDigits(v) {
		c.fail(i, ErrNumber, "%q is not an identifier of digits", cut(v))
	}
	return v
}

// cameoCode reads field i as a CAMEO event code of 2 to 4 digits, or of
// exactly n digits when n > 0.
func (c *rec) cameoCode(i, n int, required bool) string {
	v := c.f[i]
	if v == "" && !required {
		return ""
	}
	if !isDigits(v) || len(v) < 2 || len(v) > 4 || (n > 0 && len(v) != n) {
		want := "2 to 4 digits"
		if n > 0 {
			want = strconv.Itoa(n) + " digits"
		}
		c.fail(i, ErrCode, "%q is not a CAMEO event code (%s)", cut(v), want)
	}
	return v
}

// nonEmpty returns the values of vs that are not empty, or nil.
func nonEmpty(vs ...string) []string {
	var out []string
	for _, v := range vs {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}

// splitList splits a list at sep, trimming each item and dropping empty
// ones.
func splitList(s, sep string) []string {
	var out []string
	for _, v := range strings.Split(s, sep) {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}
