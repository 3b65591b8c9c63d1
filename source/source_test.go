package source

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// item renders one step of an iteration: "id | title | url | date |
// first 40 bytes of text" for a document, "ERR message" for an error.
func item(d *dyad.Document, err error) string {
	if err != nil {
		return "ERR " + err.Error()
	}
	t := d.Text
	if len(t) > 40 {
		t = t[:40]
	}
	t = strings.ReplaceAll(t, "\n", `\n`)
	return strings.Join([]string{d.ID, d.Title, d.URL, d.Date, t}, " | ")
}

func collect(o Options, paths ...string) []string {
	var out []string
	for d, err := range o.Documents(paths...) {
		out = append(out, item(d, err))
	}
	return out
}

const (
	missile = "https://news.example.org/2023/01/29/missile | Seoul says North Korea fired a missile | " +
		"https://news.example.org/2023/01/29/missile | 2023-01-29 | Seoul says North Korea fired a missile\\n\\n"
	prisoners = "example-2023-0130-1 | Russia and Ukraine exchange prisoners | " +
		"https://news.example.org/2023/01/30/prisoners | 2023-01-30 | Russia and Ukraine exchanged dozens of p"
	chinaJapan = "https://news.example.org/2023/01/31/china-japan | China criticises Japan | " +
		"https://news.example.org/2023/01/31/china-japan | 2023-01-31 | China's foreign ministry criticised Japa"
	gallery = "ERR %s: item 3: no content or description"
)

func jsonlWant(path string) []string {
	return []string{
		"a | First | https://example.org/a | 2023-01-29 | Kim Yo-jong criticised the United States",
		"ERR " + path + ":3: invalid character 'b' looking for beginning of object key string",
		"https://example.org/c | No id | https://example.org/c | 2023-01-30 | Russian troops entered Ukraine.",
		"7 |  |  | 2000-01-01 | Obama met Chinese President Xi Jinping i",
		"ERR " + path + ":6: no text",
		"ERR " + path + `:7: date "yesterday" is not YYYY-MM-DD or a known date format`,
		"ERR " + path + ":8: not a JSON object",
		"g |  |  | 2000-01-01 | No date, no URL, no title.",
	}
}

func TestDocuments(t *testing.T) {
	o := Options{Date: "2000-01-01"}
	for _, tc := range []struct {
		name  string
		o     Options
		paths []string
		want  []string
	}{
		{"html", o, []string{"testdata/html/article.html"}, []string{missile}},
		{"html/no-body", o, []string{"testdata/html/no-body.html"},
			[]string{"ERR testdata/html/no-body.html: text and comments are not long enough: 0 0"}},
		{"rss", o, []string{"testdata/feed/news.rss"},
			[]string{prisoners, chinaJapan, fmt.Sprintf(gallery, "testdata/feed/news.rss")}},
		{"atom", o, []string{"testdata/feed/news.atom"}, []string{
			"urn:example:atom:1 | Iran threatens Israel | https://atom.example.org/1 | 2023-02-01 | " +
				"Iran threatened Israel with retaliation ",
			"urn:example:atom:2 | Talks in Geneva | https://atom.example.org/2 | 2023-02-02 | " +
				"Diplomats from France and Germany met in"}},
		{"rss/truncated", o, []string{"testdata/feed/truncated.rss"},
			[]string{"ERR testdata/feed/truncated.rss:13: XML syntax error on line 13: unexpected EOF in CDATA section"}},
		{"warc", o, []string{"testdata/warc/tiny.warc"}, []string{
			missile,
			"ERR testdata/warc/tiny.warc: byte 3055: https://news.example.org/empty: text and comments are not long enough: 0 0",
			"https://news.example.org/gz | Seoul says North Korea fired a missile | https://news.example.org/gz | " +
				"2023-01-29 | Seoul says North Korea fired a missile\\n\\n"}},
		{"warc.gz", o, []string{"testdata/warc/tiny.warc.gz"}, []string{
			missile,
			"ERR testdata/warc/tiny.warc.gz: byte 1819: https://news.example.org/empty: text and comments are not long enough: 0 0",
			"https://news.example.org/gz | Seoul says North Korea fired a missile | https://news.example.org/gz | " +
				"2023-01-29 | Seoul says North Korea fired a missile\\n\\n"}},
		{"jsonl", o, []string{"testdata/jsonl/broken.jsonl"}, jsonlWant("testdata/jsonl/broken.jsonl")},
		{"jsonl/html", o, []string{"testdata/jsonl/html.jsonl"}, []string{
			"h | Page | https://example.org/h | 2000-01-01 | Germany and France signed an agreement o"}},
		{"gz/jsonl", o, []string{"testdata/gz/broken.jsonl.gz"}, jsonlWant("testdata/gz/broken.jsonl.gz")},
		{"gz/text", o, []string{"testdata/gz/a.txt.gz"}, []string{
			"testdata/gz/a.txt.gz |  |  | 2000-01-01 | Iran threatened Israel on Wednesday.\\nNo "}},
		{"gz/rss", o, []string{"testdata/gz/news.rss.gz"},
			[]string{prisoners, chinaJapan, fmt.Sprintf(gallery, "testdata/gz/news.rss.gz")}},
		{"gz/sniffed", o, []string{"testdata/gz/noname.gz"},
			[]string{prisoners, chinaJapan, fmt.Sprintf(gallery, "testdata/gz/noname.gz")}},
		{"dir", o, []string{"testdata/dir"}, []string{
			"testdata/dir/README |  |  | 2000-01-01 | Notes on these fixtures: a file of no kn",
			"testdata/dir/a.txt |  |  | 2000-01-01 | Iran threatened Israel on Wednesday.\\nNo ",
			"dir-1 |  |  | 2000-01-01 | France met Germany.",
			missile}},
		{"forced format", Options{Format: Text}, []string{"testdata/dir/sub/c.jsonl"}, []string{
			`testdata/dir/sub/c.jsonl |  |  |  | {"id":"dir-1","text":"France met Germany`}},
		{"missing", o, []string{"testdata/none.txt", "testdata/dir/a.txt"}, []string{
			"ERR testdata/none.txt: stat: no such file or directory",
			"testdata/dir/a.txt |  |  | 2000-01-01 | Iran threatened Israel on Wednesday.\\nNo "}},
		{"binary", o, []string{"testdata/dir/image.png"}, []string{
			"ERR testdata/dir/image.png: not text and of no known format"}},
		{"stdin", Options{Stdin: strings.NewReader(`{"id":"s","text":"From standard input."}`)}, []string{"-"},
			[]string{"s |  |  |  | From standard input."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := collect(tc.o, tc.paths...)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tc.want, "\n\t"))
			}
		})
	}
}

func TestErrorPositions(t *testing.T) {
	var errs []*Error
	for _, err := range Documents("testdata/jsonl/broken.jsonl", "testdata/feed/news.rss", "testdata/warc/tiny.warc") {
		var e *Error
		if err != nil && !errors.As(err, &e) {
			t.Fatalf("%v is not an *Error", err)
		}
		if e != nil {
			errs = append(errs, e)
		}
	}
	want := []Error{
		{Path: "testdata/jsonl/broken.jsonl", Line: 3, Offset: 129},
		{Path: "testdata/jsonl/broken.jsonl", Line: 6, Offset: 338},
		{Path: "testdata/jsonl/broken.jsonl", Line: 7, Offset: 359},
		{Path: "testdata/jsonl/broken.jsonl", Line: 8, Offset: 409},
		{Path: "testdata/feed/news.rss", Item: 3, Offset: -1},
		{Path: "testdata/warc/tiny.warc", Offset: 3055},
	}
	if len(errs) != len(want) {
		t.Fatalf("%d errors, want %d: %v", len(errs), len(want), errs)
	}
	for i, e := range errs {
		if e.Path != want[i].Path || e.Line != want[i].Line || e.Item != want[i].Item || e.Offset != want[i].Offset {
			t.Errorf("error %d: %+v, want %+v", i, *e, want[i])
		}
	}
	// The offsets point at the records.
	b, _ := os.ReadFile("testdata/jsonl/broken.jsonl")
	for _, e := range errs[:4] {
		if e.Offset > 0 && b[e.Offset-1] != '\n' || b[e.Offset] != '{' && b[e.Offset] != '[' {
			t.Errorf("line %d: offset %d is at %.20q", e.Line, e.Offset, b[e.Offset:])
		}
	}
	b, _ = os.ReadFile("testdata/warc/tiny.warc")
	if !bytes.HasPrefix(b[3055:], []byte("WARC/1.1")) || !bytes.Contains(b[3055:3300], []byte("/empty")) {
		t.Errorf("offset 3055 is at %.40q", b[3055:])
	}
}

// TestTruncated cuts compressed files and archives short: what was read
// before the cut comes out, then one error with the position.
func TestTruncated(t *testing.T) {
	dir := t.TempDir()
	cut := func(src string, n int) string {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if n < 0 {
			n += len(b)
		}
		p := filepath.Join(dir, filepath.Base(src))
		if err := os.WriteFile(p, b[:n], 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	var big bytes.Buffer
	zw := gzip.NewWriter(&big)
	for i := range 2000 {
		fmt.Fprintf(zw, `{"id":"%d","text":"Line %d of a long file that is cut short."}`+"\n", i, i)
	}
	zw.Close()
	bigPath := filepath.Join(dir, "big.jsonl.gz")
	os.WriteFile(bigPath, big.Bytes()[:big.Len()/2], 0o644)

	for _, tc := range []struct {
		path    string
		minDocs int
		err     string
	}{
		{bigPath, 100, "compressed stream broken near byte"},
		{cut("testdata/warc/tiny.warc", -700), 1, "byte 3481: truncated record: https://news.example.org/gz"},
		{cut("testdata/warc/tiny.warc.gz", -200), 1, "byte 2103: truncated record"},
		{cut("testdata/gz/a.txt.gz", -10), 0, "unexpected EOF"},
	} {
		t.Run(filepath.Base(tc.path), func(t *testing.T) {
			docs, errs := 0, []string{}
			for d, err := range Documents(tc.path) {
				if err != nil {
					errs = append(errs, err.Error())
				} else if d != nil {
					docs++
				}
			}
			// The WARC fixtures hold a page without text before the cut.
			if docs < tc.minDocs || len(errs) == 0 || !strings.Contains(errs[len(errs)-1], tc.err) ||
				!strings.HasPrefix(errs[len(errs)-1], tc.path) {
				t.Errorf("%d documents, errors %q; want ≥ %d documents and last an error with %q", docs, errs, tc.minDocs, tc.err)
			}
		})
	}
}

func TestStopEarly(t *testing.T) {
	n := 0
	for range Documents("testdata/dir", "testdata/jsonl/broken.jsonl") {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("%d steps", n)
	}
}

func TestDate(t *testing.T) {
	for in, want := range map[string]string{
		"2023-01-29":                      "2023-01-29",
		"2023-01-29T23:30:00-05:00":       "2023-01-29",
		"2023-01-29 10:00:00":             "2023-01-29",
		"Sun, 29 Jan 2023 10:00:00 +0000": "2023-01-29",
		"January 29, 2023":                "2023-01-29",
		"2023-01-29T10:00:00.000+0100":    "2023-01-29",
		"":                                "",
	} {
		got, err := Date(in)
		if err != nil || got != want {
			t.Errorf("Date(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := Date("29/01/2023"); err == nil {
		t.Error("29/01/2023: no error")
	}
}

func TestFragmentText(t *testing.T) {
	for in, want := range map[string]string{
		"plain text": "plain text",
		"<p>One.</p><p>Two &amp; <b>three</b>.</p>":    "One.\n\nTwo & three.",
		"A<br>B<script>x()</script><style>p{}</style>": "A\n\nB",
		"&lt;b&gt;escaped&lt;/b&gt;":                   "<b>escaped</b>",
		"<div><h2>Head</h2>Body text</div>":            "Head\n\nBody text",
	} {
		if got := fragmentText(in); got != want {
			t.Errorf("fragmentText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, s := range []string{"auto", "text", "html", "feed", "rss", "atom", "warc", "jsonl"} {
		if _, err := ParseFormat(s); err != nil {
			t.Errorf("%s: %v", s, err)
		}
	}
	if _, err := ParseFormat("pdf"); err == nil {
		t.Error("pdf: no error")
	}
}

func TestProgress(t *testing.T) {
	n := 0
	for range (Options{Progress: func(k int) { n += k }}).Documents("testdata/gz/broken.jsonl.gz") {
	}
	if fi, _ := os.Stat("testdata/gz/broken.jsonl.gz"); int64(n) != fi.Size() {
		t.Errorf("progress %d bytes, file has %d", n, fi.Size())
	}
}

func BenchmarkHTML(b *testing.B) {
	page, err := os.ReadFile("testdata/html/article.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := extractHTML(bytes.NewReader(page), ""); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkJSONL(b *testing.B) {
	var in bytes.Buffer
	for i := range 1000 {
		fmt.Fprintf(&in, `{"id":"%d","date":"2023-01-29","text":"%s"}`+"\n", i,
			strings.Repeat("Russia and Ukraine exchanged prisoners of war on Monday. ", 100))
	}
	b.SetBytes(int64(in.Len()))
	for b.Loop() {
		n := 0
		for d, err := range (Options{Format: JSONL, Stdin: bytes.NewReader(in.Bytes())}).Documents("-") {
			if err != nil || d == nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 1000 {
			b.Fatal(n)
		}
	}
	b.ReportMetric(1000*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
