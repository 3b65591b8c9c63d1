package source

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/mmcdole/gofeed"
)

func (r *reader) feed(label string, in io.Reader) bool {
	items, err := parseFeed(in)
	if err != nil {
		e := errAt(label, err)
		e.Line = errorLine(err)
		return r.fail(e)
	}
	for i, it := range items {
		d, err := feedItem(it, label, i+1)
		if err != nil {
			if !r.fail(&Error{Path: label, Item: i + 1, Offset: -1, Err: err}) {
				return false
			}
			continue
		}
		if !r.doc(d) {
			return false
		}
	}
	return true
}

// parseFeed parses a whole feed; gofeed has no streaming interface, so a
// feed is held in memory (feeds are small).
func parseFeed(in io.Reader) (items []*gofeed.Item, err error) {
	defer func() {
		if e := recover(); e != nil {
			items, err = nil, fmt.Errorf("parsing the feed: %v", e)
		}
	}()
	f, err := gofeed.NewParser().Parse(io.LimitReader(in, MaxDocument))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, errors.New("not an RSS, Atom or JSON feed")
		}
		return nil, err
	}
	return f.Items, nil
}

// feedItem makes a document of item n of a feed.
func feedItem(it *gofeed.Item, label string, n int) (*dyad.Document, error) {
	if it == nil {
		return nil, ErrNoText
	}
	text := fragmentText(it.Content)
	if text == "" {
		text = fragmentText(it.Description)
	}
	if text == "" {
		return nil, errors.New("no content or description")
	}
	d := &dyad.Document{Title: fragmentText(it.Title), URL: strings.TrimSpace(it.Link), Text: text}
	switch {
	case it.PublishedParsed != nil:
		d.Date = dateOf(*it.PublishedParsed)
	case it.UpdatedParsed != nil:
		d.Date = dateOf(*it.UpdatedParsed)
	}
	d.ID = first(strings.TrimSpace(it.GUID), d.URL, fmt.Sprintf("%s#%d", label, n))
	return d, nil
}

var lineRE = regexp.MustCompile(`(?i)\bline (\d+)`)

// errorLine returns the line an XML or feed error names, or 0.
func errorLine(err error) int {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return se.Line
	}
	if m := lineRE.FindStringSubmatch(err.Error()); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return 0
}
