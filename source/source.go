package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// Format is the format of an input file.
type Format uint8

// Formats. Auto chooses by name and content.
const (
	Auto Format = iota
	Text
	HTML
	Feed
	WARC
	JSONL
)

var formatNames = [...]string{"auto", "text", "html", "feed", "warc", "jsonl"}

func (f Format) String() string {
	if int(f) < len(formatNames) {
		return formatNames[f]
	}
	return fmt.Sprintf("Format(%d)", f)
}

// ParseFormat returns the format named s ("auto", "text", "html", "feed",
// "warc" or "jsonl"; "rss" and "atom" are "feed").
func ParseFormat(s string) (Format, error) {
	switch s {
	case "rss", "atom":
		return Feed, nil
	case "":
		return Auto, nil
	}
	for i, n := range formatNames {
		if n == s {
			return Format(i), nil
		}
	}
	return 0, fmt.Errorf("unknown input format %q (have auto, text, html, feed, warc, jsonl)", s)
}

// MaxDocument is the largest document text, JSONL line or page read, in
// bytes; larger ones are reported as errors and skipped.
const MaxDocument = 64 << 20

// Options says how to read inputs. The zero value chooses formats by name
// and content and reads "-" from os.Stdin.
type Options struct {
	// Format forces the format of every file; Auto chooses for each.
	Format Format
	// Date is the date of documents whose source gives none (plain text,
	// records without a date), as YYYY-MM-DD.
	Date string
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// Progress, if set, is called with the number of bytes read from input
	// files as they are read (compressed bytes for compressed files), for
	// progress reports.
	Progress func(n int)
}

// Error is a failure to read one input or one record in it.
type Error struct {
	Path   string // the file ("<stdin>" for standard input)
	Line   int    // 1-based line of a JSONL record, or 0
	Item   int    // 1-based item of a feed, or 0
	Offset int64  // byte offset of a WARC record or of a broken stream, or -1
	Err    error
}

func (e *Error) Error() string {
	switch {
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	case e.Item > 0:
		return fmt.Sprintf("%s: item %d: %v", e.Path, e.Item, e.Err)
	case e.Offset >= 0:
		return fmt.Sprintf("%s: byte %d: %v", e.Path, e.Offset, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// ErrNoText reports a record or page in which no text was found.
var ErrNoText = errors.New("no text")

// errBinary reports a file that is not text and of no known format.
var errBinary = errors.New("not text and of no known format")

// Documents returns the documents at paths, in order: files, directories
// (walked recursively), or "-" for standard input. Each step yields either
// a document or an *Error; after an error the iteration goes on with the
// next record or file.
func (o Options) Documents(paths ...string) iter.Seq2[*dyad.Document, error] {
	return func(yield func(*dyad.Document, error) bool) {
		r := &reader{o: o, yield: yield}
		for _, p := range paths {
			if !r.path(p) {
				return
			}
		}
	}
}

// Documents reads paths with the zero Options.
func Documents(paths ...string) iter.Seq2[*dyad.Document, error] {
	return Options{}.Documents(paths...)
}

// reader carries one iteration. Its methods return false once the consumer
// has stopped.
type reader struct {
	o     Options
	yield func(*dyad.Document, error) bool
}

func (r *reader) doc(d *dyad.Document) bool {
	if d.Date == "" {
		d.Date = r.o.Date
	}
	return r.yield(d, nil)
}

func (r *reader) fail(e *Error) bool { return r.yield(nil, e) }

func errAt(path string, err error) *Error { return &Error{Path: path, Offset: -1, Err: err} }

// path reads one argument.
func (r *reader) path(p string) bool {
	if p == "-" {
		in := r.o.Stdin
		if in == nil {
			in = os.Stdin
		}
		return r.stream("<stdin>", "", in, false)
	}
	fi, err := os.Stat(p)
	if err != nil {
		return r.fail(errAt(p, unwrapPath(err)))
	}
	if !fi.IsDir() {
		return r.file(p, false)
	}
	ok := true
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if !r.fail(errAt(path, unwrapPath(err))) {
				ok = false
				return filepath.SkipAll
			}
			return nil
		}
		if path != p && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		if !r.file(path, true) {
			ok = false
			return filepath.SkipAll
		}
		return nil
	})
	if err != nil && ok {
		return r.fail(errAt(p, err))
	}
	return ok
}

// unwrapPath drops the *fs.PathError wrapper, whose path Error repeats.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

func (r *reader) file(path string, inDir bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return r.fail(errAt(path, unwrapPath(err)))
	}
	defer f.Close()
	return r.stream(path, path, f, inDir)
}

// stream reads one input; name (the path, or "" for standard input) helps
// choose the format.
func (r *reader) stream(label, name string, in io.Reader, inDir bool) bool {
	if r.o.Progress != nil {
		in = &progressReader{in, r.o.Progress}
	}
	raw := newPosReader(in)
	br := bufio.NewReaderSize(raw, 1<<16)
	base := strings.ToLower(filepath.Base(name))
	compressed := false
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		compressed = true
		base = strings.TrimSuffix(base, ".gz")
	}
	format := r.o.Format
	if format == Auto {
		format = byName(base)
	}
	// A WARC file is a series of records, each gzipped on its own:
	// gowarc reads them raw and reports offsets into the compressed file.
	if format == WARC {
		return r.warc(label, br)
	}
	var body *bufio.Reader = br
	if compressed {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return r.fail(errAt(label, err))
		}
		defer zr.Close()
		body = bufio.NewReaderSize(&gzipErrReader{zr, raw}, 1<<16)
	}
	if format == Auto {
		peek, err := body.Peek(4096)
		if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
			return r.fail(&Error{Path: label, Offset: 0, Err: err})
		}
		format = sniff(peek)
		if format == Auto {
			if inDir {
				return true // an image, a PDF: not news text
			}
			return r.fail(errAt(label, errBinary))
		}
		if format == WARC && compressed {
			// A WARC compressed as a whole: read the decompressed stream.
			return r.warc(label, body)
		}
	}
	switch format {
	case HTML:
		return r.html(label, body)
	case Feed:
		return r.feed(label, body)
	case JSONL:
		return r.jsonl(label, body)
	case WARC:
		return r.warc(label, body)
	}
	return r.text(label, name, body)
}

// byName returns the format a (lower-case, uncompressed) file name
// implies, or Auto.
func byName(base string) Format {
	switch filepath.Ext(base) {
	case ".txt", ".text":
		return Text
	case ".html", ".htm", ".xhtml", ".shtml":
		return HTML
	case ".rss", ".atom", ".rdf":
		return Feed
	case ".warc":
		return WARC
	case ".jsonl", ".ndjson":
		return JSONL
	}
	return Auto // includes .xml and .json, which could be feeds or not
}

// sniff returns the format the first bytes of a file suggest, or Auto for
// binary content.
func sniff(b []byte) Format {
	t := bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\ufeff")), " \t\r\n")
	switch {
	case bytes.HasPrefix(t, []byte("WARC/")):
		return WARC
	case bytes.HasPrefix(t, []byte("{")):
		if bytes.Contains(t, []byte("jsonfeed.org/version")) {
			return Feed
		}
		return JSONL
	case bytes.HasPrefix(t, []byte("<")):
		low := bytes.ToLower(t)
		for _, tag := range []string{"<rss", "<feed", "<rdf:rdf"} {
			if i := bytes.Index(low, []byte(tag)); i >= 0 && !bytes.Contains(low[:i], []byte("<html")) {
				return Feed
			}
		}
		if bytes.Contains(low, []byte("<html")) || bytes.Contains(low, []byte("<!doctype html")) ||
			bytes.Contains(low, []byte("<body")) || bytes.Contains(low, []byte("<head")) ||
			bytes.Contains(low, []byte("<p>")) || bytes.Contains(low, []byte("<div")) {
			return HTML
		}
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return Auto
	}
	// Allow a rune cut at the end of the peeked bytes.
	for i := 0; i < utf8.UTFMax && len(b) > 0 && !utf8.Valid(b); i++ {
		b = b[:len(b)-1]
	}
	if !utf8.Valid(b) {
		return Auto
	}
	return Text
}

func (r *reader) text(label, name string, in io.Reader) bool {
	b, err := io.ReadAll(io.LimitReader(in, MaxDocument+1))
	if err != nil {
		return r.fail(&Error{Path: label, Offset: int64(len(b)), Err: err})
	}
	if len(b) > MaxDocument {
		return r.fail(errAt(label, fmt.Errorf("longer than %d bytes", MaxDocument)))
	}
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	if len(bytes.TrimSpace(b)) == 0 {
		return r.fail(errAt(label, ErrNoText))
	}
	id := name
	if id == "" {
		id = label
	}
	return r.doc(&dyad.Document{ID: id, Text: string(b)})
}

// Date returns s, a date or time as sources write them, as YYYY-MM-DD.
// The date is the one written, not converted to UTC.
func Date(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly), nil
		}
	}
	if len(s) > 10 && s[4] == '-' && s[7] == '-' {
		if t, err := time.Parse(time.DateOnly, s[:10]); err == nil {
			return t.Format(time.DateOnly), nil
		}
	}
	return "", fmt.Errorf("date %q is not YYYY-MM-DD or a known date format", s)
}

var dateLayouts = []string{
	time.DateOnly, time.RFC3339, time.RFC3339Nano, time.DateTime, "2006-01-02T15:04:05",
	time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, "Mon, 2 Jan 2006 15:04:05 -0700",
	"January 2, 2006", "Jan 2, 2006", "2 January 2006", "2006/01/02", "20060102",
}

func dateOf(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// progressReader reports the bytes read through it.
type progressReader struct {
	r  io.Reader
	fn func(int)
}

func (p *progressReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	if n > 0 {
		p.fn(n)
	}
	return n, err
}

// posReader counts the raw bytes read from a file.
type posReader struct {
	r io.Reader
	n int64
}

func newPosReader(r io.Reader) *posReader { return &posReader{r: r} }

func (p *posReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.n += int64(n)
	return n, err
}

// gzipErrReader names a broken gzip stream's error with the raw offset
// where it broke.
type gzipErrReader struct {
	zr  *gzip.Reader
	raw *posReader
}

func (g *gzipErrReader) Read(b []byte) (int, error) {
	n, err := g.zr.Read(b)
	if err != nil && err != io.EOF {
		err = fmt.Errorf("compressed stream broken near byte %d: %w", g.raw.n, err)
	}
	return n, err
}
