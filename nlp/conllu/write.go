package conllu

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/dyadproject/dyad"
)

// Write prints every sentence of d as CoNLL-U. Each word's MISC holds
// TokenRange=start:end (byte offsets into d.Text) and SpaceAfter=No where the
// next token follows without white space. docID, when not empty, is written
// as "# newdoc id" before the first sentence.
func Write(w io.Writer, d *dyad.Document, docID string) error {
	bw := bufio.NewWriter(w)
	for si, s := range d.Sentences {
		if si == 0 && docID != "" {
			fmt.Fprintf(bw, "# newdoc id = %s\n", docID)
		}
		if si == 0 || s.Paragraph != d.Sentences[si-1].Paragraph {
			bw.WriteString("# newpar\n")
		}
		if docID != "" {
			fmt.Fprintf(bw, "# sent_id = %s-%d\n", docID, si+1)
		} else {
			fmt.Fprintf(bw, "# sent_id = %d\n", si+1)
		}
		fmt.Fprintf(bw, "# text = %s\n", oneLine(d.SpanText(s.Span)))
		for i := s.Start; i < s.End; i++ {
			t := d.Tokens[i]
			head := 0
			if t.Head >= 0 {
				head = t.Head - s.Start + 1
			}
			misc := fmt.Sprintf("TokenRange=%d:%d", t.Start, t.End)
			if !d.SpaceAfter(i) {
				misc += "|SpaceAfter=No"
			}
			lemma := t.Lemma
			if lemma == "" {
				lemma = "_"
			}
			dep := t.Dep.String()
			headField := fmt.Sprint(head)
			if t.Dep == 0 {
				headField = "_"
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t%s\n", i-s.Start+1, field(d.TokenText(i)),
				field(lemma), t.UPOS, t.XPOS, headField, dep, misc)
		}
		bw.WriteString("\n")
	}
	return bw.Flush()
}

// oneLine folds line breaks and tabs inside a sentence into spaces.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\n', '\r', '\t':
			return ' '
		}
		return r
	}, s)
}

// field makes a token safe for a tab-separated column.
func field(s string) string {
	if s == "" {
		return "_"
	}
	return oneLine(s)
}
