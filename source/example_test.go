package source_test

import (
	"fmt"

	"github.com/dyadproject/dyad/source"
)

func ExampleOptions_Documents() {
	o := source.Options{Date: "2023-02-01"} // for documents without a date
	for d, err := range o.Documents("testdata/feed/news.atom", "testdata/jsonl/broken.jsonl") {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s %s %q\n", d.ID, d.Date, d.Text)
	}
	// Output:
	// urn:example:atom:1 2023-02-01 "Iran threatened Israel with retaliation on Wednesday."
	// urn:example:atom:2 2023-02-02 "Diplomats from France and Germany met in Geneva."
	// a 2023-01-29 "Kim Yo-jong criticised the United States."
	// error: testdata/jsonl/broken.jsonl:3: invalid character 'b' looking for beginning of object key string
	// https://example.org/c 2023-01-30 "Russian troops entered Ukraine."
	// 7 2023-02-01 "Obama met Chinese President Xi Jinping in Washington."
	// error: testdata/jsonl/broken.jsonl:6: no text
	// error: testdata/jsonl/broken.jsonl:7: date "yesterday" is not YYYY-MM-DD or a known date format
	// error: testdata/jsonl/broken.jsonl:8: not a JSON object
	// g 2023-02-01 "No date, no URL, no title."
}
