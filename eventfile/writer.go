package eventfile

import (
	"bufio"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"strconv"
	"strings"
	"time"
)

// Reasons an EventError gives; test for them with errors.Is.
var (
	// ErrNoDate: the event has no date, or not one of the form YYYY-MM-DD.
	ErrNoDate = errors.New("no date")
	// ErrNoCode: a GDELT or ICEWS file needs a CAMEO event code.
	ErrNoCode = errors.New("no CAMEO code")
	// ErrNoPLOVER: a POLECAT file needs a PLOVER event type, which CAMEO
	// codes of the 01 (statements) and 02 (appeals) families do not have.
	ErrNoPLOVER = errors.New("no PLOVER event type")
)

// An EventError reports an event that a format cannot hold. The Writer
// writes nothing for it and can go on with the next event.
type EventError struct {
	ID     string // the event's ExternalID
	Format Format
	Err    error
}

func (e *EventError) Error() string {
	return fmt.Sprintf("event %q: %v: %v", cut(e.ID), e.Format, e.Err)
}

func (e *EventError) Unwrap() error { return e.Err }

// Writer writes events in one format: a header first for ICEWS and
// POLECAT, then a line for each event. It writes what an Event holds and
// derives only what the format cannot do without: GDELT's MonthYear, Year,
// FractionDate, base and root codes, and, when the event lacks them, its
// quad class and Goldstein score from the CAMEO code and DATEADDED from
// its date. Columns it has nothing for are left empty as the format
// leaves them (GDELT: empty, or 0 for numbers; ICEWS: NA; POLECAT: None). Call Complete on events from another dataset first (FromRow
// does). Identifiers that must be numbers (GDELT's GLOBALEVENTID, ICEWS's
// Event ID and Story ID) and are not become a stable number: the first 53
// bits of the FNV-1a hash of the identifier, in decimal; an event without
// one gets its position in the output. Line breaks in values become
// spaces, and so do tabs but in POLECAT, whose quoted fields may hold
// them; invalid UTF-8 becomes U+FFFD.
type Writer struct {
	w      *bufio.Writer
	format Format
	header bool // written
	n      int  // events written
	err    error
}

// NewWriter returns a writer of events in format f (not Auto) to w. Call
// Flush when done.
func NewWriter(w io.Writer, f Format) *Writer {
	return &Writer{w: bufio.NewWriter(w), format: f}
}

// Write writes one event. It returns an *EventError, and writes nothing,
// for an event the format cannot hold; any other error is the
// underlying writer's, which the Writer then returns from every call.
func (w *Writer) Write(e Event) error {
	if w.err != nil {
		return w.err
	}
	if err := w.writeHeader(); err != nil {
		return err
	}
	var f []string
	var err error
	switch w.format {
	case GDELT1, GDELT1Backfile, GDELT2:
		f, err = w.gdeltRecord(&e)
	case ICEWS:
		f, err = w.icewsRecord(&e)
	case POLECAT:
		f, err = w.polecatRecord(&e)
	default:
		w.err = fmt.Errorf("eventfile: cannot write format %v", w.format)
		return w.err
	}
	if err != nil {
		return err
	}
	w.n++
	return w.line(f)
}

// Flush writes the header if no event was written, and any buffered data.
func (w *Writer) Flush() error {
	if w.err != nil {
		return w.err
	}
	if err := w.writeHeader(); err != nil {
		return err
	}
	if err := w.w.Flush(); err != nil {
		w.err = err
	}
	return w.err
}

func (w *Writer) writeHeader() error {
	if w.header {
		return nil
	}
	w.header = true
	switch w.format {
	case ICEWS:
		return w.line(icewsColumns)
	case POLECAT:
		return w.line(polecatColumns)
	}
	return nil
}

func (w *Writer) line(f []string) error {
	for i, v := range f {
		if i > 0 {
			w.w.WriteByte('\t')
		}
		w.w.WriteString(v)
	}
	if err := w.w.WriteByte('\n'); err != nil {
		w.err = err
	}
	return w.err
}

func (w *Writer) eventError(e *Event, kind error, format string, a ...any) error {
	return &EventError{ID: e.ExternalID, Format: w.format, Err: because(kind, format, a...)}
}

// eventDate checks an event's date.
func (w *Writer) eventDate(e *Event) (time.Time, error) {
	t, err := time.Parse("2006-01-02", e.Date)
	if err != nil {
		var msg string
		if e.Date == "" {
			msg = "no date"
		} else {
			msg = fmt.Sprintf("date %q is not YYYY-MM-DD", cut(e.Date))
		}
		return t, w.eventError(e, ErrNoDate, "%s", msg)
	}
	return t, nil
}

// numericID returns id when it is a number, else its hash, else (for an
// empty id) the event's position in the output.
func (w *Writer) numericID(id string) string {
	switch {
	case isDigits(id):
		return id
	case id == "":
		return strconv.Itoa(w.n + 1)
	}
	return hashID(id)
}

// hashID is a stable number for an identifier that is not one: the low 53
// bits of its FNV-1a hash, so that it survives a trip through a float.
func hashID(id string) string {
	h := fnv.New64a()
	h.Write([]byte(id))
	return strconv.FormatUint(h.Sum64()&(1<<53-1), 10)
}

// plain makes a value fit a tab-separated line without quoting: tabs and
// line breaks become spaces, invalid UTF-8 U+FFFD.
var plainReplacer = strings.NewReplacer("\t", " ", "\r\n", " ", "\r", " ", "\n", " ")

func plain(v string) string {
	return plainReplacer.Replace(strings.ToValidUTF8(v, "\uFFFD"))
}
