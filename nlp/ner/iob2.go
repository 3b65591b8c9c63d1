package ner

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// ReadIOB2 reads sentences in the IOB2 format of Universal NER: "#"
// comment lines ("# sent_id = ...", "# newdoc id = ..."), then one token per
// line with tab-separated columns, the token index, the word and its tag
// (B-TYPE, I-TYPE or O), and optionally more columns (UNER adds "-" and an
// annotator id), which are ignored. Lines of two columns (word and tag) are
// accepted too. A blank line, or a comment after tokens, ends a sentence.
// Each sentence records the last "# newdoc id" before it as its Doc.
//
// Tags are normalised to the types of dyad.EntityType: the "OTH" (other)
// type of UNER's first release and the stray "B-O" and "I-O" tags of its
// pre-release training file become O, and an I- tag that does not continue
// an entity of its type becomes a B- tag (as conlleval reads it). Any other
// type is an error. Errors name the file and line.
func ReadIOB2(r io.Reader, name string) ([]Sentence, error) {
	var (
		out  []Sentence
		cur  Sentence
		doc  string
		line int
	)
	flush := func() {
		if len(cur.Forms) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{Doc: doc}
	}
	br := bufio.NewReader(r)
	for {
		text, err := br.ReadString('\n')
		if text == "" && err != nil {
			if err != io.EOF {
				return out, fmt.Errorf("%s:%d: %w", name, line+1, err)
			}
			break
		}
		line++
		text = strings.TrimRight(text, "\r\n")
		if !utf8.ValidString(text) {
			return out, fmt.Errorf("%s:%d: invalid UTF-8", name, line)
		}
		switch {
		case strings.TrimSpace(text) == "":
			flush()
			continue
		case strings.HasPrefix(text, "#"):
			if len(cur.Forms) > 0 {
				flush()
			}
			if id, ok := strings.CutPrefix(text, "# sent_id = "); ok {
				cur.ID = strings.TrimSpace(id)
			} else if id, ok := strings.CutPrefix(text, "# newdoc id = "); ok {
				doc = strings.TrimSpace(id)
				cur.Doc = doc
			}
			continue
		}
		cols := strings.Split(text, "\t")
		var form, tag string
		switch {
		case len(cols) >= 3:
			if _, err := strconv.Atoi(cols[0]); err != nil {
				return out, fmt.Errorf("%s:%d: token index %q is not a number", name, line, cols[0])
			}
			form, tag = cols[1], cols[2]
		case len(cols) == 2:
			form, tag = cols[0], cols[1]
		default:
			return out, fmt.Errorf("%s:%d: want tab-separated index, word and tag", name, line)
		}
		if form == "" {
			return out, fmt.Errorf("%s:%d: empty word", name, line)
		}
		label, err := normalize(tag, cur.Labels)
		if err != nil {
			return out, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		cur.Forms = append(cur.Forms, form)
		cur.Labels = append(cur.Labels, label)
	}
	flush()
	return out, nil
}

// normalize maps a tag read from a file to "O", "B-TYPE" or "I-TYPE",
// given the labels before it in its sentence.
func normalize(tag string, prev []string) (string, error) {
	tag = strings.TrimSpace(tag)
	if tag == "O" || tag == "_" {
		return "O", nil
	}
	prefix, typ, ok := strings.Cut(tag, "-")
	if !ok || (prefix != "B" && prefix != "I") || typ == "" {
		return "", fmt.Errorf("bad tag %q: want O, B-TYPE or I-TYPE", tag)
	}
	if typ == "O" || typ == "OTH" {
		return "O", nil
	}
	if _, err := dyad.ParseEntityType(typ); err != nil {
		return "", fmt.Errorf("bad tag %q: entity type must be PER, ORG or LOC (or OTH, read as O)", tag)
	}
	if prefix == "I" && (len(prev) == 0 || prev[len(prev)-1] == "O" || prev[len(prev)-1][2:] != typ) {
		prefix = "B"
	}
	return prefix + "-" + typ, nil
}

// Entities returns the entities that IOB2 labels mark, as ReadIOB2
// normalises them. An I- label that does not continue an entity of its type
// starts a new one; labels of unknown types are skipped.
func Entities(labels []string) []dyad.Entity {
	var out []dyad.Entity
	for i := 0; i < len(labels); i++ {
		l := labels[i]
		if len(l) < 3 || (l[0] != 'B' && l[0] != 'I') || l[1] != '-' {
			continue
		}
		t, err := dyad.ParseEntityType(l[2:])
		if err != nil {
			continue
		}
		j := i + 1
		for j < len(labels) && labels[j] == "I-"+l[2:] {
			j++
		}
		out = append(out, dyad.Entity{Span: dyad.Span{Start: i, End: j}, Type: t})
		i = j - 1
	}
	return out
}

// Labels returns the IOB2 labels of n tokens with the given entities, the
// inverse of Entities. Entities out of range or overlapping an earlier one
// are left out.
func Labels(n int, ents []dyad.Entity) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = "O"
	}
next:
	for _, e := range ents {
		if e.Start < 0 || e.End > n || e.Start >= e.End || e.Type == dyad.NoEntity {
			continue
		}
		for i := e.Start; i < e.End; i++ {
			if out[i] != "O" {
				continue next
			}
		}
		out[e.Start] = "B-" + e.Type.String()
		for i := e.Start + 1; i < e.End; i++ {
			out[i] = "I-" + e.Type.String()
		}
	}
	return out
}
