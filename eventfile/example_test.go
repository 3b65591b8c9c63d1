package eventfile_test

import (
	"fmt"
	"io"
	"strings"

	"github.com/dyadproject/dyad/eventfile"
)

// Read ICEWS events, reporting a bad line and going on, and write them as
// POLECAT.
func Example() {
	in := "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\t" +
		"Target Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\t" +
		"Province\tCountry\tLatitude\tLongitude\n" +
		"1\t2022-02-24\tMilitary (Russia)\tMilitary,Government\tRussian Federation\tUse conventional military force\t" +
		"190\t-10\tUkraine\tNA\tUkraine\t7\t1\tReuters News\tKyiv\tNA\tKyyivska Oblast\tUkraine\t50.4547\t30.5238\n" +
		"2\tyesterday\tNA\tNA\tNA\tNA\t010\t0\tNA\tNA\tNA\t8\t1\tNA\tNA\tNA\tNA\tNA\tNA\tNA\n"
	r := eventfile.NewReader(strings.NewReader(in), eventfile.Auto)
	r.Name = "events.tab"
	var out strings.Builder
	w := eventfile.NewWriter(&out, eventfile.POLECAT)
	for {
		e, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(r.Format(), e.Source.Code, e.CAMEO, e.Target.Code, e.Location.City)
		e.Complete() // PLOVER type, mode and contexts from the CAMEO code
		if err := w.Write(e); err != nil {
			fmt.Println(err)
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Println(err)
	}
	lines := strings.Split(out.String(), "\n")
	fmt.Println(strings.Join(strings.Split(lines[1], "\t")[:12], " | "))
	// Output:
	// icews RUSMIL 190 UKR Kyiv
	// events.tab:3: column 2 (Event Date): "yesterday" is not a date (YYYY-MM-DD)
	// 1 | 2022-02-24 | ASSAULT | None | -10 | MATERIAL CONFLICT | military | Military (Russia) | RUS | None | MIL | MIL; GOV
}
