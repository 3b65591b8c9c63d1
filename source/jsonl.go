package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/dyadproject/dyad"
)

// jsonRecord is one JSONL input record.
type jsonRecord struct {
	ID    jsonID `json:"id"`
	Title string `json:"title"`
	Date  string `json:"date"`
	URL   string `json:"url"`
	Text  string `json:"text"`
	HTML  string `json:"html"`
}

// jsonID is an id given as a JSON string or number.
type jsonID string

func (id *jsonID) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*id = jsonID(s)
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		if string(b) == "null" {
			return nil
		}
		return fmt.Errorf("id must be a string or a number, not %s", b)
	}
	*id = jsonID(n)
	return nil
}

func (r *reader) jsonl(label string, in *bufio.Reader) bool {
	var (
		buf  []byte
		line int
		off  int64
	)
	for {
		b, n, long, err := readLine(in, MaxDocument, buf[:0])
		buf = b
		line++
		start := off
		off += int64(n)
		if err != nil && err != io.EOF {
			return r.fail(&Error{Path: label, Line: line, Offset: start, Err: fmt.Errorf("truncated: %w", err)})
		}
		if long {
			if !r.fail(&Error{Path: label, Line: line, Offset: start,
				Err: fmt.Errorf("record longer than %d bytes", MaxDocument)}) {
				return false
			}
		} else if t := bytes.TrimSpace(b); len(t) > 0 {
			d, derr := r.jsonRecord(t, label, line)
			if derr != nil {
				if !r.fail(&Error{Path: label, Line: line, Offset: start, Err: derr}) {
					return false
				}
			} else if !r.doc(d) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
	}
}

// jsonRecord decodes one non-empty line.
func (r *reader) jsonRecord(b []byte, label string, line int) (*dyad.Document, error) {
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	var rec jsonRecord
	if err := json.Unmarshal(b, &rec); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field == "" {
			return nil, errors.New("not a JSON object")
		}
		return nil, err
	}
	d := &dyad.Document{ID: string(rec.ID), Title: rec.Title, URL: rec.URL, Text: rec.Text}
	date, err := Date(rec.Date)
	if err != nil {
		return nil, err
	}
	d.Date = date
	if strings.TrimSpace(d.Text) == "" && rec.HTML != "" {
		page, err := extractHTML(strings.NewReader(rec.HTML), rec.URL)
		if err != nil {
			return nil, err
		}
		d.Text = page.Text
		d.Title = first(d.Title, page.Title)
		d.URL = first(d.URL, page.URL)
		d.Date = first(d.Date, page.Date)
	}
	if strings.TrimSpace(d.Text) == "" {
		return nil, ErrNoText
	}
	d.ID = first(d.ID, d.URL, fmt.Sprintf("%s:%d", label, line))
	return d, nil
}

// first returns the first of ss that is not empty.
func first(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// readLine reads one line into buf, without its line ending, and returns
// it, the bytes it took from in, and whether it was longer than max (and
// so dropped). err is io.EOF after the last line, or what broke the input.
func readLine(in *bufio.Reader, max int, buf []byte) (line []byte, n int, long bool, err error) {
	for {
		frag, e := in.ReadSlice('\n')
		n += len(frag)
		if !long {
			if len(buf)+len(frag) > max+1 {
				long, buf = true, buf[:0]
			} else {
				buf = append(buf, frag...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		return buf, n, long, e
	}
}
