package tokenize

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/dyadproject/dyad/nlp/conllu"
)

// ewtPath finds en_ewt-ud-<split>.conllu: under $DYAD_DATA if set, else in
// the first shared/data directory found walking up from the package
// directory (normally ../../../shared/data).
func ewtPath(split string) string {
	name := filepath.Join("ud-english-ewt", "en_ewt-ud-"+split+".conllu")
	if d := os.Getenv("DYAD_DATA"); d != "" {
		return filepath.Join(d, name)
	}
	dir, err := os.Getwd()
	if err != nil {
		return filepath.Join("..", "..", "..", "shared", "data", name)
	}
	for {
		p := filepath.Join(dir, "shared", "data", name)
		if _, err := os.Stat(p); err == nil {
			return p
		}
		up := filepath.Dir(dir)
		if up == dir {
			return filepath.Join("..", "..", "..", "shared", "data", name)
		}
		dir = up
	}
}

type span struct{ s, e int }

// ewtDoc is one treebank document rebuilt as raw text, with gold spans.
type ewtDoc struct {
	text  string
	words []span // syntactic words
	sents []span
}

// ewtDocs rebuilds each document's text from the "# text" comments:
// sentences joined by a space within a paragraph, "\n\n" between
// paragraphs.
func ewtDocs(t testing.TB, path string) []ewtDoc {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f, path)
	if err != nil {
		t.Fatal(err)
	}
	var docs []ewtDoc
	var b strings.Builder
	var cur ewtDoc
	flush := func() {
		if b.Len() > 0 {
			cur.text = b.String()
			docs = append(docs, cur)
		}
		b.Reset()
		cur = ewtDoc{}
	}
	for _, s := range sents {
		if s.NewDoc {
			flush()
		}
		if b.Len() > 0 {
			if s.NewPar {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		base := b.Len()
		b.WriteString(s.Text)
		// Align the words with the sentence text.
		p := 0
		for _, w := range s.Words {
			for p < len(s.Text) && (s.Text[p] == ' ' || s.Text[p] == '\t') {
				p++
			}
			if !strings.HasPrefix(s.Text[p:], w.Form) {
				t.Fatalf("%s: word %d %q does not match text %q at %d", s.ID, w.ID, w.Form, s.Text, p)
			}
			cur.words = append(cur.words, span{base + p, base + p + len(w.Form)})
			p += len(w.Form)
		}
		cur.sents = append(cur.sents, span{cur.words[len(cur.words)-len(s.Words)].s, cur.words[len(cur.words)-1].e})
	}
	flush()
	return docs
}

type prf struct{ tp, gold, pred int }

func (c prf) f1() float64 {
	if c.gold+c.pred == 0 {
		return 1
	}
	return 2 * float64(c.tp) / float64(c.gold+c.pred)
}

func (c prf) String() string {
	return fmt.Sprintf("P %.4f R %.4f F1 %.4f (gold %d, predicted %d)",
		float64(c.tp)/float64(max(c.pred, 1)), float64(c.tp)/float64(max(c.gold, 1)), c.f1(), c.gold, c.pred)
}

// noSpace maps byte offsets to offsets in the text with white space
// removed.
func noSpace(text string) []int {
	m := make([]int, len(text)+1)
	n := 0
	for i := 0; i < len(text); i++ {
		m[i] = n
		if !unicode.IsSpace(rune(text[i])) {
			n++
		}
	}
	m[len(text)] = n
	return m
}

// score adds the matches of pred against gold (as white-space-free spans)
// to c and returns the unmatched spans of each.
func score(c *prf, ns []int, gold, pred []span) (missed, extra []span) {
	set := make(map[span]bool, len(gold))
	for _, g := range gold {
		set[span{ns[g.s], ns[g.e]}] = true
	}
	hit := make(map[span]bool, len(pred))
	for _, p := range pred {
		k := span{ns[p.s], ns[p.e]}
		if set[k] {
			c.tp++
			hit[k] = true
		} else {
			extra = append(extra, p)
		}
	}
	for _, g := range gold {
		if !hit[span{ns[g.s], ns[g.e]}] {
			missed = append(missed, g)
		}
	}
	c.gold += len(gold)
	c.pred += len(pred)
	return missed, extra
}

// evalEWT tokenizes every document of a split and scores tokens and
// sentences. With DYAD_EWT_ERRORS=N it logs the N most frequent errors.
func evalEWT(t *testing.T, split string) (tok, sent prf) {
	path := ewtPath(split)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("UD English-EWT %s not found at %s (set DYAD_DATA to the directory holding ud-english-ewt/): %v", split, path, err)
	}
	errs := map[string]int{}
	showErrs := os.Getenv("DYAD_EWT_ERRORS") != ""
	for _, d := range ewtDocs(t, path) {
		toks, sents, probs := Tokenize(d.text)
		if len(probs) > 0 {
			t.Errorf("problems in treebank text: %v", probs)
		}
		pt := make([]span, len(toks))
		for i, tk := range toks {
			pt[i] = span{tk.Start, tk.End}
		}
		ps := make([]span, len(sents))
		for i, s := range sents {
			ps[i] = span{toks[s.Start].Start, toks[s.End-1].End}
		}
		ns := noSpace(d.text)
		tm, te := score(&tok, ns, d.words, pt)
		sm, se := score(&sent, ns, d.sents, ps)
		if showErrs {
			for _, s := range tm {
				errs["tok missed  "+d.text[s.s:s.e]]++
			}
			for _, s := range te {
				errs["tok extra   "+d.text[s.s:s.e]]++
			}
			ctx := func(i int) string {
				return strings.ReplaceAll(d.text[max(i-30, 0):i]+" || "+d.text[i:min(i+30, len(d.text))], "\n", "¶")
			}
			for _, s := range sm {
				errs["sent missed "+ctx(s.e)]++
			}
			for _, s := range se {
				errs["sent extra  "+ctx(s.e)]++
			}
		}
	}
	if showErrs {
		keys := make([]string, 0, len(errs))
		for k := range errs {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			if errs[keys[i]] != errs[keys[j]] {
				return errs[keys[i]] > errs[keys[j]]
			}
			return keys[i] < keys[j]
		})
		var n int
		fmt.Sscan(os.Getenv("DYAD_EWT_ERRORS"), &n)
		for i, k := range keys {
			if i >= n {
				break
			}
			t.Logf("%4d %s", errs[k], k)
		}
	}
	return tok, sent
}

// TestEWTDev measures token and sentence F1 on the UD English-EWT dev set.
// The floors sit a little below what the tokenizer achieves; the test set
// is never used for tuning.
func TestEWTDev(t *testing.T) {
	tok, sent := evalEWT(t, "dev")
	t.Logf("EWT dev tokens:    %v", tok)
	t.Logf("EWT dev sentences: %v", sent)
	// Achieved: token F1 0.9933, sentence F1 0.8635.
	if f := tok.f1(); f < 0.99 {
		t.Errorf("token F1 %.4f below floor 0.99", f)
	}
	if f := sent.f1(); f < 0.85 {
		t.Errorf("sentence F1 %.4f below floor 0.85", f)
	}
}
