package source

import (
	"bytes"
	"errors"
	"os"
	"testing"
)

// fuzzRead reads b as format f from standard input and checks that every
// document has an ID and text and every error is an *Error naming the
// input; check adds per-format checks on errors.
func fuzzRead(t *testing.T, f Format, b []byte, check func(*Error)) {
	for d, err := range (Options{Format: f, Stdin: bytes.NewReader(b)}).Documents("-") {
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("%v is not an *Error", err)
			}
			if e.Path != "<stdin>" {
				t.Fatalf("error without its path: %v", e)
			}
			if check != nil {
				check(e)
			}
			continue
		}
		if d.ID == "" || d.Text == "" {
			t.Fatalf("document without ID or text: %+v", d)
		}
	}
}

func seed(f *testing.F, paths ...string) {
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

func FuzzJSONL(f *testing.F) {
	seed(f, "testdata/jsonl/broken.jsonl", "testdata/jsonl/html.jsonl", "testdata/dir/sub/c.jsonl")
	f.Add([]byte("{\"id\":1}\n\n{\"text\":\"x\",\"date\":\"2023-13-45\"}\r\n\"str\"\nnull\n{\"html\":\"<p>\"}"))
	f.Fuzz(func(t *testing.T, b []byte) {
		fuzzRead(t, JSONL, b, func(e *Error) {
			if e.Line <= 0 || e.Offset < 0 || e.Offset > int64(len(b)) {
				t.Fatalf("JSONL error without its line and offset: %+v", e)
			}
		})
	})
}

func FuzzFeed(f *testing.F) {
	seed(f, "testdata/feed/news.rss", "testdata/feed/news.atom", "testdata/feed/truncated.rss")
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","content_html":"<p>x</p>"}]}`))
	f.Add([]byte(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item><title>t</title><description>d</description></item></rdf:RDF>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		fuzzRead(t, Feed, b, nil)
	})
}

func FuzzWARC(f *testing.F) {
	seed(f, "testdata/warc/tiny.warc", "testdata/warc/tiny.warc.gz")
	f.Fuzz(func(t *testing.T, b []byte) {
		fuzzRead(t, WARC, b, nil)
	})
}
