package petrarch_test

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad/event/petrarch"
)

func ExampleReadVerbs() {
	const dict = `
&CURRENCY
+DOLLAR
+EURO

--- GRANT [070] ---
GRANT
GIVE {GAVE GIVEN GIVING}   # irregular forms
- * &CURRENCY (TO +)  [071]
- $ * (TO +) {MILITARY AID} [072]
`
	d, err := petrarch.ReadVerbs(strings.NewReader(dict), "grant.txt")
	if err != nil {
		fmt.Println(err)
	}
	for _, b := range d.Blocks {
		fmt.Println("block", b.Name, b.Code)
		for _, v := range b.Verbs {
			fmt.Println("  verb", v.VerbPhrase, len(v.Forms), "forms")
		}
		for _, p := range b.Patterns {
			fmt.Println(" ", p, "lower:", len(p.Lower()), "elements")
		}
	}
	fmt.Println(len(d.Synset("&CURRENCY").Members), "currencies")
	// Output:
	// block GRANT 070
	//   verb GRANT 0 forms
	//   verb GIVE 3 forms
	//   - * &CURRENCY (TO +) [071] lower: 2 elements
	//   - $ * (TO +) {MILITARY AID} [072] lower: 2 elements
	// 2 currencies
}

func ExampleReadRecords() {
	const recs = `<Sentences>
<Sentence date="19950101" id="DEMO-01" category="DEMO">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore full diplomatic ties
with Gondor.
</Text>
</Sentence>
<Sentence date="19950101" id="DEMO-02">
<Text>No code.</Text>
<EventCoding sourcecode="ARN"/>
</Sentence>
</Sentences>`
	rs, err := petrarch.ReadRecords(strings.NewReader(recs), "demo.xml")
	for _, r := range rs.Records {
		fmt.Printf("%s %q\n", r.ID, r.Text)
		for _, c := range r.Events {
			code, _ := c.CAMEO()
			fmt.Println(" ", c.Source, c.Target, code, code.Name())
		}
	}
	fmt.Println(err)
	// Output:
	// DEMO-01 "Arnor is about to restore full diplomatic ties with Gondor."
	//   ARN GON 064 Share intelligence or information
	// demo.xml:11: record "DEMO-02": <EventCoding> needs sourcecode, targetcode and eventcode; record skipped
}
