package ud_test

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/eval/ud"
	"github.com/dyadproject/dyad/nlp/conllu"
)

func Example() {
	gold, _ := conllu.ReadAll(strings.NewReader(`# text = Talks failed.
1	Talks	talk	NOUN	NNS	_	2	nsubj	_	_
2	failed	fail	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_

`), "gold")

	// A system that tokenized the raw text, got every tag right, and
	// attached the full stop to "Talks".
	nsubj, _ := dyad.ParseDep("nsubj")
	punct, _ := dyad.ParseDep("punct")
	docs := ud.RawDocuments(gold)
	d := docs[0]
	d.Tokens = []dyad.Token{
		{Start: 0, End: 5, UPOS: dyad.NOUN, Lemma: "talk", Head: 1, Dep: nsubj},
		{Start: 6, End: 12, UPOS: dyad.VERB, Lemma: "fail", Head: -1, Dep: dyad.Root},
		{Start: 12, End: 13, UPOS: dyad.PUNCT, Lemma: ".", Head: 0, Dep: punct},
	}
	d.Sentences = []dyad.Sentence{{Span: dyad.Span{Start: 0, End: 3}}}

	r, err := ud.EvaluateRaw(gold, docs)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("text: %q\n", d.Text)
	fmt.Printf("tokens %.2f words %.2f upos %.2f lemma %.2f uas %.2f las %.2f\n",
		r.Tokens.F1(), r.Words.F1(), r.UPOS.F1(), r.Lemma.F1(), r.UAS.F1(), r.LAS.F1())
	// Output:
	// text: "Talks failed."
	// tokens 1.00 words 1.00 upos 1.00 lemma 1.00 uas 0.67 las 0.67
}
