package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedPath finds the seed article: $DYAD_SEED, else shared/examples next
// to the repository (../../shared from this package).
func seedPath() string {
	if p := os.Getenv("DYAD_SEED"); p != "" {
		return p
	}
	for _, dir := range []string{"../../shared", "../../../shared"} {
		p := filepath.Join(dir, "examples", "seed-article.txt")
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

// TestSeedArticle checks the seed article: 17 quotations, each with its
// speaker, and no scare quote among them.
func TestSeedArticle(t *testing.T) {
	path := seedPath()
	if path == "" {
		t.Skip("no seed article")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := annotate(t, string(b))
	qs := Extract(d)
	kwon := "Kwon Jong-gun|director general|North Korean Foreign Ministry|PRKGOV"
	kim := "Kim Yo-jong|Central Committee Vice Department Director|Workers’ Party of Korea (WPK)|PRKGOV"
	official := "a former high-ranking South Korean official|former high-ranking South Korean official|South Korea|KORELI"
	koo := "Koo Kab-woo|professor|University of North Korean Studies|KOREDU"
	want := []struct{ kind, cue, speaker, text string }{
		{"indirect", "suggest", "Analysts|||EDU", "amid its ongoing confrontations"},
		{"direct", "claimed", kwon, "Had the US not infringed"},
		{"direct", "said", kwon, "It is an absurd and sheer sophism"},
		{"direct", "went on to say", kwon, "The US again talked about"},
		{"direct", "said", kwon, "The US is working hard"},
		{"direct", "said", kim, "The US, which has exposed"},
		{"direct", "insisted", kim, "Lurking behind this"},
		{"direct", "said", kim, "The US and other Western countries"},
		{"direct", "said", kim, "We will always stand"},
		{"direct", "said", official, "It’s quite symbolic"},
		{"direct", "added", official, "This is basically"},
		{"direct", "explained", koo, "China has been implementing"},
		{"direct", "explained", koo, "In contrast, Russia"},
		{"direct", "said", koo, "Since before the war"},
		{"mixed", "suggested", koo, "North Korea “may have drawn a lesson"},
		{"direct", "said", koo, "A clear-cut expression"},
		{"direct", "added", koo, "In that sense"},
	}
	if len(qs) != len(want) {
		for _, q := range qs {
			t.Log(brief(q))
		}
		t.Fatalf("%d quotations, want %d", len(qs), len(want))
	}
	for i, w := range want {
		q := qs[i]
		speaker := strings.Join([]string{q.Speaker, q.SpeakerTitle, q.SpeakerOrg, q.SpeakerActor}, "|")
		if string(q.Kind) != w.kind || q.Cue != w.cue || speaker != w.speaker || !strings.HasPrefix(q.Text, w.text) {
			t.Errorf("quotation %d:\n got %s %q %q %.40q\nwant %s %q %q %.40q", i+1, q.Kind, q.Cue, speaker, q.Text,
				w.kind, w.cue, w.speaker, w.text)
		}
		// direct quotations exclude their marks
		if q.Kind == Direct && (strings.HasPrefix(q.Text, "“") || strings.HasSuffix(q.Text, "”")) {
			t.Errorf("quotation %d keeps its marks: %q", i+1, q.Text)
		}
	}
}
