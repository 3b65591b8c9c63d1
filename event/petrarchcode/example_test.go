package petrarchcode_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/dyadproject/dyad/event/petrarchcode"
)

// Actors codes a noun phrase as PETRARCH does: the first actor, with the
// codes of the agents around it.
func ExampleActors_Code() {
	a := petrarchcode.NewActors()
	_ = a.AddActors(strings.NewReader("ARNOR [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\n"), "actors")
	_ = a.AddAgents(strings.NewReader("DIPLOMAT [~GOV]\nMSF {} [NGO~]\nOFFICIAL [~GOV]\n"), "agents")
	for _, phrase := range []string{"Minas Tirith", "an Arnor diplomat", "an MSF Arnor diplomat", "officials",
		"the crowds"} {
		fmt.Printf("%s: %s\n", phrase, a.Code(strings.Fields(phrase), time.Time{}))
	}
	// Output:
	// Minas Tirith: GON
	// an Arnor diplomat: ARNGOV
	// an MSF Arnor diplomat: NGOARNGOV
	// officials: ---GOV
	// the crowds: ---
}

// Discards reports the phrases that keep a sentence from being coded.
func ExampleDiscards_Match() {
	d, _ := petrarchcode.ReadDiscards(strings.NewReader("BASEBALL\n+AFRICAN NATIONS CUP\n"), "discards")
	phrase, story, ok := d.Match(strings.Fields("ARNOR WILL HOST THE AFRICAN NATIONS CUP"))
	fmt.Println(phrase, story, ok)
	// Output: AFRICAN NATIONS CUP true true
}
