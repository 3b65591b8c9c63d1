package conllu

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

const sample = `# newdoc id = d1
# sent_id = 1
# text = I don't know.
1	I	I	PRON	PRP	_	3	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
4.1	known	know	VERB	VBN	_	_	_	4:conj	_
5	.	.	PUNCT	.	_	4	punct	_	_

`

func TestRead(t *testing.T) {
	ss, err := ReadAll(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 1 {
		t.Fatalf("%d sentences", len(ss))
	}
	s := ss[0]
	if s.ID != "1" || s.Text != "I don't know." || !s.NewDoc || !s.NewPar {
		t.Errorf("comments: %+v", s)
	}
	if len(s.Words) != 5 || len(s.MWTs) != 1 || s.MWTs[0].Form != "don't" {
		t.Errorf("words %d, MWTs %+v", len(s.Words), s.MWTs)
	}
	if s.Words[3].SpaceAfter() || !s.Words[0].SpaceAfter() {
		t.Error("SpaceAfter")
	}
	if err := s.Validate(); err != nil {
		t.Error(err)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"fields", "1\tI\n", "sample:1: want 10 tab-separated fields, have 2"},
		{"sequence", "2\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n", "sample:1: word ID \"2\" out of sequence"},
		{"head", "1\tI\tI\tPRON\tPRP\t_\tx\troot\t_\t_\n", "sample:1: bad head \"x\""},
		{"range", "# c\n2-1\tab\t_\t_\t_\t_\t_\t_\t_\t_\n", "sample:2: bad multi-word token range \"2-1\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadAll(strings.NewReader(tt.in), "sample")
			var se *SyntaxError
			if !errors.As(err, &se) || err.Error() != tt.want {
				t.Errorf("got %v, want %s", err, tt.want)
			}
		})
	}
}

func TestWrite(t *testing.T) {
	nsubj, _ := dyad.ParseDep("nsubj")
	d := &dyad.Document{Text: "Kim spoke.", Tokens: []dyad.Token{
		{Start: 0, End: 3, UPOS: dyad.PROPN, Lemma: "Kim", Head: 1, Dep: nsubj},
		{Start: 4, End: 9, UPOS: dyad.VERB, Lemma: "speak", Head: -1, Dep: dyad.Root},
		{Start: 9, End: 10, UPOS: dyad.PUNCT, Lemma: ".", Head: 1, Dep: 2},
	}, Sentences: []dyad.Sentence{{Span: dyad.Span{Start: 0, End: 3}}}}
	var buf bytes.Buffer
	if err := Write(&buf, d, "doc"); err != nil {
		t.Fatal(err)
	}
	want := "# newdoc id = doc\n# newpar\n# sent_id = doc-1\n# text = Kim spoke.\n" +
		"1\tKim\tKim\tPROPN\t_\t_\t2\tnsubj\t_\tTokenRange=0:3\n" +
		"2\tspoke\tspeak\tVERB\t_\t_\t0\troot\t_\tTokenRange=4:9|SpaceAfter=No\n" +
		"3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\tTokenRange=9:10|SpaceAfter=No\n\n" // the text ends there
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
	back, err := ReadAll(&buf, "written")
	if err != nil || len(back) != 1 || back[0].Validate() != nil {
		t.Errorf("written output does not read back: %v", err)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Add("1\tx\tx\tX\tX\t_\t0\troot\t_\t_\n\n")
	f.Add("1-2\tab\n")
	f.Fuzz(func(t *testing.T, in string) {
		r := NewReader(strings.NewReader(in), "fuzz")
		for i := 0; i < 1000; i++ {
			s, err := r.Next()
			if err == io.EOF || err != nil {
				return
			}
			_ = s.Validate()
		}
	})
}
