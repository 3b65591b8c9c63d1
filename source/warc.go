package source

import (
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/nlnwa/gowarc/v3"
)

func (r *reader) warc(label string, in io.Reader) bool {
	wr, err := gowarc.NewWarcFileReaderFromStream(in, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore),
		gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore))
	if err != nil {
		return r.fail(errAt(label, err))
	}
	defer wr.Close()
	for {
		rec, err := wr.Next()
		if err == io.EOF {
			return true
		}
		if err != nil {
			// The record boundary is lost: the rest of the file cannot
			// be trusted.
			rec.Close()
			if errors.Is(err, io.ErrUnexpectedEOF) {
				err = fmt.Errorf("truncated record: %w", err)
			}
			return r.fail(&Error{Path: label, Offset: rec.Offset, Err: err})
		}
		d, err := warcDocument(rec.WarcRecord)
		rec.Close()
		if errors.Is(err, io.ErrUnexpectedEOF) {
			err = fmt.Errorf("truncated record: %w", err)
		}
		switch {
		case err != nil:
			if !r.fail(&Error{Path: label, Offset: rec.Offset, Err: err}) {
				return false
			}
		case d != nil:
			if !r.doc(d) {
				return false
			}
		}
	}
}

// warcDocument returns the document in a record, or nil for a record that
// holds none (requests, metadata, redirects, images).
func warcDocument(rec gowarc.WarcRecord) (d *dyad.Document, err error) {
	defer func() {
		if e := recover(); e != nil {
			d, err = nil, fmt.Errorf("reading the record: %v", e)
		}
	}()
	if rec == nil {
		return nil, nil
	}
	var (
		payload  io.Reader
		mimeType string
		header   *http.Header
	)
	switch b := rec.Block().(type) {
	case gowarc.HttpResponseBlock:
		if rec.Type() != gowarc.Response || b.HttpStatusCode() < 200 || b.HttpStatusCode() > 299 {
			return nil, nil
		}
		header = b.HttpHeader()
		if header != nil {
			mimeType = header.Get("Content-Type")
		}
		if payload, err = b.PayloadBytes(); err != nil {
			return nil, err
		}
	case gowarc.PayloadBlock:
		if rec.Type() != gowarc.Resource {
			return nil, nil
		}
		mimeType = rec.WarcHeader().Get(gowarc.ContentType)
		if payload, err = b.PayloadBytes(); err != nil {
			return nil, err
		}
	default:
		return nil, nil
	}
	if mt, _, _ := mime.ParseMediaType(mimeType); mt != "text/html" && mt != "application/xhtml+xml" {
		return nil, nil
	}
	if header != nil {
		if payload, err = decodeHTTP(payload, header); err != nil {
			return nil, err
		}
	}
	target := strings.Trim(rec.WarcHeader().Get(gowarc.WarcTargetURI), "<>")
	p, err := extractHTML(payload, target)
	if err != nil {
		if target != "" {
			err = fmt.Errorf("%s: %w", target, err)
		}
		return nil, err
	}
	d = &dyad.Document{ID: first(p.URL, target, rec.RecordId()), Title: p.Title, URL: first(p.URL, target),
		Date: p.Date, Text: p.Text}
	if d.Date == "" {
		if t, err := rec.Date(); err == nil {
			d.Date = t.UTC().Format(time.DateOnly)
		}
	}
	return d, nil
}

// decodeHTTP undoes the transfer and content encodings a crawler kept.
func decodeHTTP(r io.Reader, h *http.Header) (io.Reader, error) {
	if strings.EqualFold(h.Get("Transfer-Encoding"), "chunked") {
		r = httputil.NewChunkedReader(r)
	}
	switch strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding"))) {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("content encoding: %w", err)
		}
		r = zr
	case "deflate":
		r = flate.NewReader(r)
	default:
		return nil, fmt.Errorf("unsupported content encoding %q", h.Get("Content-Encoding"))
	}
	return r, nil
}
