package eventfile

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The fuzzers feed each reader arbitrary input, seeded with the fixtures
// and lines of them. Whatever the input, the reader must not panic, must
// end, and must give only events and *ParseErrors; every event it gives
// must write in its format and read back the same (but for tabs and line
// breaks inside values, which writers turn into spaces), and writing the
// events read back must give the same bytes again.
//
//	go test ./eventfile -run '^$' -fuzz FuzzGDELT1 -fuzztime 30s

func FuzzGDELT1(f *testing.F)   { fuzzReader(f, GDELT1, "gdelt1.tsv", "gdelt1-backfile.tsv") }
func FuzzGDELT2(f *testing.F)   { fuzzReader(f, GDELT2, "gdelt2.tsv") }
func FuzzICEWS(f *testing.F)    { fuzzReader(f, ICEWS, "icews.tsv") }
func FuzzPOLECAT(f *testing.F)  { fuzzReader(f, POLECAT, "polecat.tsv", "polecat-v1.tsv") }
func FuzzDetected(f *testing.F) { fuzzReader(f, Auto, "gdelt2.tsv", "icews.tsv", "polecat.tsv") }

func fuzzReader(f *testing.F, format Format, files ...string) {
	for _, file := range files {
		data, err := os.ReadFile(filepath.Join("testdata", file))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
		lines := strings.SplitAfter(string(data), "\n")
		header := ""
		if format == ICEWS || format == POLECAT || strings.HasPrefix(lines[0], "Event ID") {
			header = lines[0]
			lines = lines[1:]
		}
		for _, l := range lines {
			f.Add([]byte(header + l))
			f.Add([]byte(header + strings.ReplaceAll(l, "\n", "\r\n")))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := NewReader(bytes.NewReader(data), format)
		r.MaxLineBytes = 1 << 16
		var evs []Event
		for calls := 0; ; calls++ {
			if calls > bytes.Count(data, []byte("\n"))+2 {
				t.Fatalf("%d calls for %d lines", calls, bytes.Count(data, []byte("\n"))+1)
			}
			e, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				var pe *ParseError
				if !errors.As(err, &pe) || pe.Line < 1 || pe.Err == nil || pe.Error() == "" {
					t.Fatalf("error %#v", err)
				}
				if r.err != nil {
					break // a bad header ends the input
				}
				continue
			}
			evs = append(evs, e)
		}
		if len(evs) == 0 {
			return
		}
		out := r.Format()
		if out == GDELT1Backfile {
			out = GDELT1 // lines of 58 columns keep their URL
		}
		first := writeAll(t, evs, out)
		again, _ := readAll(t, "written", first, out)
		if len(again) != len(evs) {
			t.Fatalf("wrote %d events, read back %d", len(evs), len(again))
		}
		for i := range evs {
			if !hasBreaks(evs[i]) && !reflect.DeepEqual(evs[i], again[i]) {
				t.Fatalf("event %d changed:\nread    %+v\nreread  %+v\nwritten %q", i, evs[i], again[i], first)
			}
		}
		if second := writeAll(t, again, out); !bytes.Equal(first, second) {
			t.Fatalf("written twice differs:\n%q\n%q", first, second)
		}
	})
}

// hasBreaks reports whether a text field of e holds a tab or a line break.
func hasBreaks(e Event) bool {
	return strings.ContainsAny(strings.Join(texts(reflectValue(e)), "\x00"), "\t\r\n")
}

func reflectValue(v any) reflect.Value { return reflect.ValueOf(v) }

// texts returns the strings in v.
func texts(v reflect.Value) []string {
	switch v.Kind() {
	case reflect.String:
		return []string{v.String()}
	case reflect.Struct:
		var out []string
		for i := range v.NumField() {
			out = append(out, texts(v.Field(i))...)
		}
		return out
	case reflect.Slice:
		var out []string
		for i := range v.Len() {
			out = append(out, texts(v.Index(i))...)
		}
		return out
	}
	return nil
}
