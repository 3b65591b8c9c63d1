package cameo_test

import (
	"fmt"

	"github.com/dyadproject/dyad/cameo"
)

func Example() {
	c, err := cameo.Parse("0332")
	if err != nil {
		panic(err)
	}
	event, mode := c.PLOVER()
	fmt.Println(c, c.Name())
	fmt.Println("Goldstein:", c.Goldstein())
	fmt.Println("root:", c.Root(), c.Root().Name())
	fmt.Println("quad:", c.Quad())
	fmt.Printf("PLOVER: %s %q %v\n", event, mode, c.PLOVERContexts())
	// Output:
	// 0332 Express intent to provide military aid
	// Goldstein: 5.2
	// root: 03 EXPRESS INTENT TO COOPERATE
	// quad: verbal cooperation
	// PLOVER: AGREE "" [military]
}

func ExampleParse() {
	for _, s := range []string{"190", "099", "19x"} {
		c, err := cameo.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(c, c.Quad())
	}
	// Output:
	// 190 material conflict
	// cameo: "099": not a code of the CAMEO codebook
	// cameo: "19x": not a string of 2 to 4 digits
}

func ExamplePLOVER() {
	fmt.Println(cameo.Consult, cameo.Consult.Quad(), cameo.Consult.Modes())
	// Output:
	// CONSULT verbal cooperation [visit third-party multilateral phone]
}
