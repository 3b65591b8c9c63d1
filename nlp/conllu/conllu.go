// Package conllu reads and writes the CoNLL-U format of Universal
// Dependencies treebanks (https://universaldependencies.org/format.html).
//
// Read gives gold sentences for training and evaluation; Write prints a
// parsed dyad.Document with "# text" comments and byte offsets in MISC
// (TokenRange=start:end, as UDPipe writes them). Empty nodes (IDs such as
// "8.1") belong to enhanced dependencies and are skipped.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Word is one syntactic word line of a sentence.
type Word struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // 0 for the root
	Deprel string
	Misc   string
}

// SpaceAfter reports whether MISC does not say SpaceAfter=No.
func (w Word) SpaceAfter() bool { return !hasMisc(w.Misc, "SpaceAfter=No") }

// MWT is a multi-word token line ("2-3 don't").
type MWT struct {
	First, Last int // word IDs covered
	Form        string
	Misc        string
}

// Sentence is one sentence with its comments.
type Sentence struct {
	ID     string // sent_id
	Text   string // "# text" comment
	NewDoc bool
	NewPar bool
	Words  []Word
	MWTs   []MWT
}

// SyntaxError reports a malformed line.
type SyntaxError struct {
	Name string // input name
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("%s:%d: %s", e.Name, e.Line, e.Msg) }

// Reader reads sentences one at a time.
type Reader struct {
	name string
	sc   *bufio.Scanner
	line int
}

// NewReader returns a Reader; name labels errors.
func NewReader(r io.Reader, name string) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	return &Reader{name: name, sc: sc}
}

// Next returns the next sentence, or io.EOF after the last one.
func (r *Reader) Next() (*Sentence, error) {
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		line := strings.TrimRight(r.sc.Text(), "\r")
		if line == "" {
			if s != nil && len(s.Words) > 0 {
				return s, nil
			}
			continue
		}
		if s == nil {
			s = &Sentence{}
		}
		if line[0] == '#' {
			r.comment(s, line)
			continue
		}
		if err := r.word(s, line); err != nil {
			return nil, err
		}
	}
	if err := r.sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", r.name, r.line, err)
	}
	if s != nil && len(s.Words) > 0 {
		return s, nil
	}
	return nil, io.EOF
}

func (r *Reader) comment(s *Sentence, line string) {
	body := strings.TrimSpace(line[1:])
	key, val, ok := strings.Cut(body, "=")
	key = strings.TrimSpace(key)
	switch {
	case key == "text" && ok:
		s.Text = strings.TrimSpace(val)
	case key == "sent_id" && ok:
		s.ID = strings.TrimSpace(val)
	case strings.HasPrefix(body, "newdoc"):
		s.NewDoc = true
		s.NewPar = true
	case strings.HasPrefix(body, "newpar"):
		s.NewPar = true
	}
}

func (r *Reader) word(s *Sentence, line string) error {
	f := strings.Split(line, "\t")
	if len(f) != 10 {
		return &SyntaxError{r.name, r.line, fmt.Sprintf("want 10 tab-separated fields, have %d", len(f))}
	}
	id := f[0]
	if strings.Contains(id, ".") {
		return nil // empty node
	}
	if a, b, ok := strings.Cut(id, "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || last < first {
			return &SyntaxError{r.name, r.line, fmt.Sprintf("bad multi-word token range %q", id)}
		}
		s.MWTs = append(s.MWTs, MWT{First: first, Last: last, Form: f[1], Misc: f[9]})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n != len(s.Words)+1 {
		return &SyntaxError{r.name, r.line, fmt.Sprintf("word ID %q out of sequence", id)}
	}
	head := 0
	if f[6] != "_" {
		head, err = strconv.Atoi(f[6])
		if err != nil || head < 0 {
			return &SyntaxError{r.name, r.line, fmt.Sprintf("bad head %q", f[6])}
		}
	}
	s.Words = append(s.Words, Word{ID: n, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5],
		Head: head, Deprel: f[7], Misc: f[9]})
	return nil
}

// ReadAll reads every sentence of r.
func ReadAll(r io.Reader, name string) ([]*Sentence, error) {
	rd := NewReader(r, name)
	var out []*Sentence
	for {
		s, err := rd.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

func hasMisc(misc, item string) bool {
	for _, m := range strings.Split(misc, "|") {
		if m == item {
			return true
		}
	}
	return false
}

// Validate checks the heads of a sentence: every head in range and exactly
// one root.
func (s *Sentence) Validate() error {
	roots := 0
	for _, w := range s.Words {
		if w.Head < 0 || w.Head > len(s.Words) {
			return fmt.Errorf("sentence %s: word %d has head %d out of range", s.ID, w.ID, w.Head)
		}
		if w.Head == 0 {
			roots++
		}
	}
	if roots != 1 {
		return fmt.Errorf("sentence %s: %d roots", s.ID, roots)
	}
	return nil
}
