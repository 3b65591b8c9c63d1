package source

import (
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// page is what is extracted from an HTML page.
type page struct {
	Title, URL, Date, Text string
}

// extractHTML extracts the main text and metadata of an HTML page with
// go-trafilatura. pageURL, if known, is where the page was fetched from.
func extractHTML(in io.Reader, pageURL string) (p page, err error) {
	defer func() {
		// The extractor is a large body of third-party code run on
		// arbitrary pages: a panic in it is this page's error.
		if e := recover(); e != nil {
			err = fmt.Errorf("extracting the page: %v", e)
		}
	}()
	// Precision over recall: a page's menus and link lists read as
	// sentences would be coded as events. It also keeps trafilatura from
	// rescuing pages without an article with the text of the whole page.
	opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true, Focus: trafilatura.FavorPrecision}
	if pageURL != "" {
		if u, err := url.Parse(pageURL); err == nil && u.IsAbs() {
			opts.OriginalURL = u
		}
	}
	res, err := trafilatura.Extract(io.LimitReader(in, MaxDocument), opts)
	if err != nil {
		return page{}, err
	}
	p = page{Title: strings.TrimSpace(res.Metadata.Title), URL: res.Metadata.URL, Date: dateOf(res.Metadata.Date)}
	if res.ContentNode != nil {
		p.Text = nodeText(res.ContentNode)
	}
	if p.Text == "" {
		return page{}, ErrNoText
	}
	if p.URL == "" {
		p.URL = pageURL
	}
	return p, nil
}

func (r *reader) html(label string, in io.Reader) bool {
	p, err := extractHTML(in, "")
	if err != nil {
		return r.fail(errAt(label, err))
	}
	return r.doc(&dyad.Document{ID: first(p.URL, label), Title: p.Title, URL: p.URL, Date: p.Date,
		Text: p.Text})
}

// blockTags end a paragraph in fragmentText.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "blockquote": true, "tr": true, "table": true, "section": true,
	"article": true, "pre": true, "hr": true, "figure": true, "figcaption": true, "header": true, "footer": true,
	"dd": true, "dt": true,
}

// skipTags hold no readable text.
var skipTags = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "head": true}

// fragmentText turns the HTML fragment of a feed item's content into plain
// text with nodeText. Whole pages go through trafilatura instead; a feed
// item's content is already the article, with no boilerplate to remove.
func fragmentText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return strings.TrimSpace(s)
	}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), body)
	if err != nil {
		return strings.TrimSpace(s)
	}
	for _, n := range nodes {
		body.AppendChild(n)
	}
	return nodeText(body)
}

// nodeText returns the text of an HTML tree: markup dropped, entities
// decoded, white space collapsed, one paragraph per block element and a
// blank line between paragraphs, so that the segmenter sees where a
// heading ends and a paragraph begins.
func nodeText(root *html.Node) string {
	var (
		paras []string
		cur   strings.Builder
	)
	flush := func() {
		if t := strings.Join(strings.Fields(cur.String()), " "); t != "" {
			paras = append(paras, t)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipTags[n.Data] {
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(root)
	flush()
	return strings.Join(paras, "\n\n")
}
