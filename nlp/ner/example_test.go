package ner_test

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad/nlp/ner"
)

func ExampleReadIOB2() {
	const data = `# sent_id = doc-0001
1	Al	B-ORG	-	ann
2	-	I-ORG	-	ann
3	Zaman	I-ORG	-	ann
4	:	O
5	American	B-OTH	-	ann
6	forces	O
7	left	O
8	Qaim	I-LOC	-	ann
9	.	B-O	-	ann
`
	sents, err := ner.ReadIOB2(strings.NewReader(data), "example.iob2")
	if err != nil {
		fmt.Println(err)
		return
	}
	s := sents[0]
	fmt.Println(s.ID, s.Labels)
	for _, e := range s.Entities() {
		fmt.Println(e.Type, strings.Join(s.Forms[e.Start:e.End], " "))
	}
	// Output:
	// doc-0001 [B-ORG I-ORG I-ORG O O O O B-LOC O]
	// ORG Al - Zaman
	// LOC Qaim
}
