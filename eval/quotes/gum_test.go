package quotes

import (
	"os"
	"path/filepath"
	"testing"
)

func TestReadConllu(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "mini.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := ReadConllu(f, "mini.conllu")
	if err != nil {
		t.Fatal(err)
	}
	if doc.ID != "mini" {
		t.Errorf("id %q", doc.ID)
	}
	wantText := "Kim Jones spoke on Monday.\n\"We will win,\" she said.\nOfficials said the plan failed."
	if doc.Text != wantText {
		t.Errorf("text %q", doc.Text)
	}
	type q struct {
		text, kind string
		speakers   []int
	}
	want := []q{{"We will win,", Direct, []int{1}}, {"the plan failed", Indirect, []int{3}}}
	if len(doc.Quotes) != len(want) {
		t.Fatalf("quotes %+v", doc.Quotes)
	}
	for i, w := range want {
		g := doc.Quotes[i]
		if got := doc.Text[g.Start:g.End]; got != w.text || g.Kind != w.kind || len(g.Speakers) != len(w.speakers) || g.Speakers[0] != w.speakers[0] {
			t.Errorf("quote %d: %q %s %v, want %+v", i, got, g.Kind, g.Speakers, w)
		}
	}
	// the mentions of entity 1: "Kim Jones" and "she"
	var ones []string
	for _, m := range doc.Mentions {
		if m.Entity == 1 {
			ones = append(ones, doc.Text[m.Start:m.End])
		}
	}
	if len(ones) != 2 || ones[0] != "Kim Jones" || ones[1] != "she" {
		t.Errorf("entity 1 mentions %q", ones)
	}
}

func TestTokenList(t *testing.T) {
	got := tokenList("268-270,273,275-_")
	want := []int{267, 268, 269, 272}
	if len(got) < len(want) {
		t.Fatalf("%v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("%v, want %v...", got, want)
		}
	}
}

// gumDir finds the GUM news subset: $DYAD_GUM, else shared/data/gum-news
// next to the repository.
func gumDir() string {
	if p := os.Getenv("DYAD_GUM"); p != "" {
		return p
	}
	for _, dir := range []string{"../../../shared/data/gum-news", "../../../../shared/data/gum-news"} {
		if _, err := os.Stat(filepath.Join(dir, "splits.md")); err == nil {
			return dir
		}
	}
	return ""
}

func TestReadGUM(t *testing.T) {
	dir := gumDir()
	if dir == "" {
		t.Skip("no GUM data")
	}
	docs, err := ReadGUM(dir)
	if err != nil {
		t.Fatal(err)
	}
	splits := map[string]int{}
	quotes := map[string]int{}
	for _, d := range docs {
		splits[d.Split]++
		for _, q := range d.Quotes {
			quotes[q.Kind]++
			if q.Start < 0 || q.End > len(d.Text) || q.Start >= q.End {
				t.Errorf("%s: bad quote %+v", d.ID, q)
			}
		}
	}
	if len(docs) != 43 || splits["dev"] != 4 || splits["test"] != 4 {
		t.Errorf("%d documents, splits %v", len(docs), splits)
	}
	t.Logf("gold quotations by kind: %v", quotes)
}
