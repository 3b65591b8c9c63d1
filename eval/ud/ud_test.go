package ud_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/eval/ud"
	"github.com/dyadproject/dyad/nlp/conllu"
)

// counts is a Score's Gold, System and Correct, for compact tables.
type counts [3]int

func (c counts) check(t *testing.T, name string, s ud.Score) {
	t.Helper()
	if got := (counts{s.Gold, s.System, s.Correct}); got != c {
		t.Errorf("%s: gold, system, correct = %v, want %v", name, got, c)
	}
}

// want holds the expected counts of one fixture; the numbers were checked
// against conll18_ud_eval.py on the same gold.conllu and system.conllu.
type want struct {
	tokens, sentences, words                counts
	upos, xpos, lemma, uas, las, lasFull    counts
	tokensF1, wordsF1, uposF1, uasF1, lasF1 float64
}

var rawCases = map[string]want{
	"perfect": {
		tokens: counts{12, 12, 12}, sentences: counts{2, 2, 2}, words: counts{12, 12, 12},
		upos: counts{12, 12, 12}, xpos: counts{12, 12, 12}, lemma: counts{12, 12, 12},
		uas: counts{12, 12, 12}, las: counts{12, 12, 12}, lasFull: counts{12, 12, 12},
		tokensF1: 1, wordsF1: 1, uposF1: 1, uasF1: 1, lasF1: 1,
	},
	// Gold "don't" and "Seoul's" are multi-word tokens; dyad's words "do"
	// "n't" are tokens of their own. Words align by form; tokens do not.
	"mwt": {
		tokens: counts{10, 12, 8}, sentences: counts{2, 2, 2}, words: counts{12, 12, 12},
		upos: counts{12, 12, 12}, xpos: counts{12, 12, 12}, lemma: counts{12, 12, 12},
		uas: counts{12, 12, 12}, las: counts{12, 12, 12}, lasFull: counts{12, 12, 12},
		tokensF1: 16.0 / 22, wordsF1: 1, uposF1: 1, uasF1: 1, lasF1: 1,
	},
	// "e-mail" split into "e" "-" "mail": one gold word unaligned, and
	// "Seoul" loses its head, which is attached to the unaligned "mail".
	"split-token": {
		tokens: counts{12, 14, 11}, sentences: counts{2, 2, 2}, words: counts{12, 14, 11},
		upos: counts{12, 14, 11}, xpos: counts{12, 14, 11}, lemma: counts{12, 14, 11},
		uas: counts{12, 14, 10}, las: counts{12, 14, 10}, lasFull: counts{12, 14, 10},
		tokensF1: 22.0 / 26, wordsF1: 22.0 / 26, uposF1: 22.0 / 26, uasF1: 20.0 / 26, lasF1: 20.0 / 26,
	},
	// Two gold sentences in one: no sentence matches, and the second root
	// gets a head.
	"merged-sentence": {
		tokens: counts{12, 12, 12}, sentences: counts{2, 1, 0}, words: counts{12, 12, 12},
		upos: counts{12, 12, 12}, xpos: counts{12, 12, 12}, lemma: counts{12, 12, 12},
		uas: counts{12, 12, 11}, las: counts{12, 12, 11}, lasFull: counts{12, 12, 11},
		tokensF1: 1, wordsF1: 1, uposF1: 1, uasF1: 11.0 / 12, lasF1: 11.0 / 12,
	},
	// One wrong head, one wrong UPOS and XPOS, one wrong lemma, and one
	// relation wrong only in its subtype (nmod for nmod:poss).
	"wrong-head": {
		tokens: counts{12, 12, 12}, sentences: counts{2, 2, 2}, words: counts{12, 12, 12},
		upos: counts{12, 12, 11}, xpos: counts{12, 12, 11}, lemma: counts{12, 12, 11},
		uas: counts{12, 12, 11}, las: counts{12, 12, 11}, lasFull: counts{12, 12, 10},
		tokensF1: 1, wordsF1: 1, uposF1: 11.0 / 12, uasF1: 11.0 / 12, lasF1: 11.0 / 12,
	},
}

func TestEvaluateRaw(t *testing.T) {
	for name, w := range rawCases {
		t.Run(name, func(t *testing.T) {
			gold := readConllu(t, filepath.Join("testdata", name, "gold.conllu"))
			system := readConllu(t, filepath.Join("testdata", name, "system.conllu"))
			r, err := ud.EvaluateRaw(gold, []*dyad.Document{systemDocument(t, system)})
			if err != nil {
				t.Fatal(err)
			}
			if !r.Raw {
				t.Error("Raw = false")
			}
			w.tokens.check(t, "tokens", r.Tokens)
			w.sentences.check(t, "sentences", r.Sentences)
			w.words.check(t, "words", r.Words)
			w.upos.check(t, "upos", r.UPOS)
			w.xpos.check(t, "xpos", r.XPOS)
			w.lemma.check(t, "lemma", r.Lemma)
			w.uas.check(t, "uas", r.UAS)
			w.las.check(t, "las", r.LAS)
			w.lasFull.check(t, "las_full", r.LASFull)
			for _, f := range []struct {
				name      string
				got, want float64
			}{
				{"tokens F1", r.Tokens.F1(), w.tokensF1},
				{"words F1", r.Words.F1(), w.wordsF1},
				{"upos F1", r.UPOS.F1(), w.uposF1},
				{"uas F1", r.UAS.F1(), w.uasF1},
				{"las F1", r.LAS.F1(), w.lasF1},
			} {
				if f.got != f.want {
					t.Errorf("%s = %v, want %v", f.name, f.got, f.want)
				}
			}
		})
	}
}

// TestEvaluateRawDocuments splits the system output over several documents,
// one per sentence: the result must not change.
func TestEvaluateRawDocuments(t *testing.T) {
	gold := readConllu(t, "testdata/wrong-head/gold.conllu")
	system := readConllu(t, "testdata/wrong-head/system.conllu")
	var docs []*dyad.Document
	for _, s := range system {
		docs = append(docs, systemDocument(t, []*conllu.Sentence{s}))
	}
	r, err := ud.EvaluateRaw(gold, docs)
	if err != nil {
		t.Fatal(err)
	}
	rawCases["wrong-head"].lasFull.check(t, "las_full", r.LASFull)
	rawCases["wrong-head"].uas.check(t, "uas", r.UAS)
}

func TestEvaluateRawTextDiffers(t *testing.T) {
	gold := readConllu(t, "testdata/perfect/gold.conllu")
	d := &dyad.Document{Text: "The talks did not stop."}
	d.Tokens = []dyad.Token{{Start: 0, End: 3, Head: -1}, {Start: 4, End: 23, Head: -1}}
	d.Sentences = []dyad.Sentence{{Span: dyad.Span{Start: 0, End: 2}}}
	_, err := ud.EvaluateRaw(gold, []*dyad.Document{d})
	if err == nil || !strings.Contains(err.Error(), `system "stop."`) {
		t.Errorf("error = %v, want one showing the differing system text", err)
	}
}

// TestEvaluateRawOverlap checks that overlapping system tokens make one
// multi-word token.
func TestEvaluateRawOverlap(t *testing.T) {
	gold, err := conllu.ReadAll(strings.NewReader(
		"1-2\tcannot\t_\t_\t_\t_\t_\t_\t_\t_\n"+
			"1\tcan\tcan\tAUX\tMD\t_\t0\troot\t_\t_\n"+
			"2\tnot\tnot\tPART\tRB\t_\t1\tadvmod\t_\t_\n\n"), "gold")
	if err != nil {
		t.Fatal(err)
	}
	d := &dyad.Document{Text: "cannot", Sentences: []dyad.Sentence{{Span: dyad.Span{Start: 0, End: 2}}},
		Tokens: []dyad.Token{
			{Start: 0, End: 6, UPOS: dyad.AUX, Head: -1, Dep: dyad.Root},
			{Start: 3, End: 6, UPOS: dyad.PART, Head: 0},
		}}
	r, err := ud.EvaluateRaw(gold, []*dyad.Document{d})
	if err != nil {
		t.Fatal(err)
	}
	counts{1, 1, 1}.check(t, "tokens", r.Tokens)
	counts{2, 2, 1}.check(t, "words", r.Words) // "not" only
	counts{2, 2, 1}.check(t, "upos", r.UPOS)
	counts{2, 2, 0}.check(t, "uas", r.UAS) // the head "cannot" is unaligned
}

func TestEvaluate(t *testing.T) {
	for _, name := range []string{"perfect", "wrong-head"} {
		t.Run(name, func(t *testing.T) {
			gold := readConllu(t, filepath.Join("testdata", name, "gold.conllu"))
			system := readConllu(t, filepath.Join("testdata", name, "system.conllu"))
			var docs []*dyad.Document
			for _, s := range system {
				docs = append(docs, systemDocument(t, []*conllu.Sentence{s}))
			}
			r, err := ud.Evaluate(gold, docs)
			if err != nil {
				t.Fatal(err)
			}
			w := rawCases[name]
			if r.Raw {
				t.Error("Raw = true")
			}
			counts{12, 12, 12}.check(t, "tokens", r.Tokens)
			counts{2, 2, 2}.check(t, "sentences", r.Sentences)
			counts{12, 12, 12}.check(t, "words", r.Words)
			w.upos.check(t, "upos", r.UPOS)
			w.xpos.check(t, "xpos", r.XPOS)
			w.lemma.check(t, "lemma", r.Lemma)
			w.uas.check(t, "uas", r.UAS)
			w.las.check(t, "las", r.LAS)
			w.lasFull.check(t, "las_full", r.LASFull)
			if got := r.LAS.F1(); got != w.lasF1 {
				t.Errorf("las = %v, want %v", got, w.lasF1)
			}
		})
	}
}

func TestEvaluateMismatch(t *testing.T) {
	gold := readConllu(t, "testdata/perfect/gold.conllu")
	if _, err := ud.Evaluate(gold, nil); err == nil {
		t.Error("no error for missing documents")
	}
	docs := []*dyad.Document{{}, {}}
	if _, err := ud.Evaluate(gold, docs); err == nil {
		t.Error("no error for documents without tokens")
	}
}

func TestRawDocuments(t *testing.T) {
	gold, err := conllu.ReadAll(strings.NewReader(`# newdoc id = a
# newpar
# text = One.
1	One	one	NUM	CD	_	0	root	_	SpaceAfter=No
2	.	.	PUNCT	.	_	1	punct	_	_

# text = Two.
1	Two	two	NUM	CD	_	0	root	_	SpaceAfter=No
2	.	.	PUNCT	.	_	1	punct	_	_

# newpar
1	Three	three	NUM	CD	_	0	root	_	SpaceAfter=No
2	.	.	PUNCT	.	_	1	punct	_	_

# newdoc id = b
# text = Four
1	Four	four	NUM	CD	_	0	root	_	_

`), "test")
	if err != nil {
		t.Fatal(err)
	}
	docs := ud.RawDocuments(gold)
	var texts []string
	for _, d := range docs {
		texts = append(texts, d.Text)
	}
	want := []string{"One. Two.\n\nThree.", "Four"}
	if strings.Join(texts, "|") != strings.Join(want, "|") {
		t.Errorf("texts = %q, want %q", texts, want)
	}
}

func readConllu(t testing.TB, path string) []*conllu.Sentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := conllu.ReadAll(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// systemDocument builds one annotated document from system CoNLL-U
// sentences without multi-word tokens: words are laid out by their
// SpaceAfter marks, sentences joined by a space.
func systemDocument(t testing.TB, sents []*conllu.Sentence) *dyad.Document {
	t.Helper()
	d := &dyad.Document{}
	var text strings.Builder
	for _, s := range sents {
		if len(s.MWTs) > 0 {
			t.Fatalf("sentence %s: system fixtures have no multi-word tokens", s.ID)
		}
		if text.Len() > 0 {
			text.WriteString(" ")
		}
		first := len(d.Tokens)
		for i, w := range s.Words {
			start := text.Len()
			text.WriteString(w.Form)
			tok := dyad.Token{Start: start, End: text.Len(), Lemma: w.Lemma, Head: -1}
			var err1, err2, err3 error
			tok.UPOS, err1 = dyad.ParseUPOS(w.UPOS)
			tok.XPOS, err2 = dyad.ParseXPOS(w.XPOS)
			tok.Dep, err3 = dyad.ParseDep(w.Deprel)
			for _, err := range []error{err1, err2, err3} {
				if err != nil {
					t.Fatal(err)
				}
			}
			if w.Head > 0 {
				tok.Head = first + w.Head - 1
			}
			d.Tokens = append(d.Tokens, tok)
			if w.SpaceAfter() && i < len(s.Words)-1 {
				text.WriteString(" ")
			}
		}
		d.Sentences = append(d.Sentences, dyad.Sentence{Span: dyad.Span{Start: first, End: len(d.Tokens)}})
	}
	d.Text = text.String()
	return d
}
