package quotes

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad/nlp/conllu"
)

// ReadGUM reads the gold quotations of every document in a GUM directory
// (dep/*.conllu, with splits.md for the partition of each document; see
// ReadConllu for what counts as a quotation).
func ReadGUM(dir string) ([]Doc, error) {
	files, err := filepath.Glob(filepath.Join(dir, "dep", "*.conllu"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no dep/*.conllu files", dir)
	}
	splits, err := readSplits(filepath.Join(dir, "splits.md"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var docs []Doc
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		doc, err := ReadConllu(f, name)
		f.Close()
		if err != nil {
			return nil, err
		}
		doc.Split = splits[doc.ID]
		if doc.Split == "" {
			doc.Split = "train"
		}
		docs = append(docs, doc)
	}
	return docs, nil
}

// readSplits reads splits.md: "## dev" headings followed by "* DOC" items.
func readSplits(name string) (map[string]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]string{}
	split := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if h, ok := strings.CutPrefix(line, "## "); ok {
			split = strings.TrimSpace(h)
			continue
		}
		if item, ok := strings.CutPrefix(line, "* "); ok && split != "" {
			out[strings.TrimSpace(item)] = split
		}
	}
	return out, sc.Err()
}

// word is one gold token placed on the rebuilt text.
type word struct {
	start, end int
	sent, para int
	misc       string
	quote      int // index of the <quote> around it, or -1
	edu        int // discourse unit
}

// relation is one attribution relation of the discourse layer.
type relation struct {
	src, dst int   // discourse units: the attribution, the content
	source   []int // word indices of the attribution source (sem-atsrc)
	speech   bool  // signalled by a speech word or phrase, or quotation marks
}

var entityOpen = regexp.MustCompile(`\((\d+)-`)

// ReadConllu reads one GUM document in CoNLL-U with its MISC annotations
// and returns its text (sentences joined by spaces, paragraphs by line
// breaks) and its gold quotations:
//
//   - every <quote> element (XML=<quote> ... </quote>) is a direct
//     quotation, its content the words between the quotation marks;
//   - every attribution relation (Discourse=attribution-...) signalled by a
//     speech word or phrase (lex-indwd, lex-indph) or by quotation marks
//     (grf-qt) reports the discourse unit it points at, extended over the
//     following units of the same sentence that depend on it. Where that
//     lies inside quotations, it gives them their speaker; otherwise it is
//     an indirect quotation, or a mixed one when it holds a quotation.
//
// The speaker of a quotation is every entity (Entity= coreference groups)
// mentioned within the attribution source (sem-atsrc), so that a pronoun
// source counts through its coreference chain. Speaker turns of interviews
// (<sp who>) and quoted titles (<q>) are no quotations.
func ReadConllu(r io.Reader, name string) (Doc, error) {
	sents, err := conllu.ReadAll(r, name)
	if err != nil {
		return Doc{}, err
	}
	var doc Doc
	var b strings.Builder
	var words []word
	para := -1
	quotes := [][2]int{} // word index ranges of <quote>s
	openQuote := -1
	edu := 0
	var rels []relation
	type open struct{ id, word int }
	var opens []open
	for si, s := range sents {
		if si == 0 {
			doc.ID = strings.TrimSuffix(s.ID, "-1")
			if i := strings.LastIndex(s.ID, "-"); i > 0 {
				doc.ID = s.ID[:i]
			}
		}
		if s.NewPar || si == 0 {
			para++
			if b.Len() > 0 {
				b.WriteString("\n")
			}
		} else if b.Len() > 0 {
			b.WriteString(" ")
		}
		base := b.Len()
		text := s.Text
		b.WriteString(text)
		at := 0
		for _, w := range s.Words {
			k := strings.Index(text[at:], w.Form)
			var wd word
			if k < 0 {
				wd = word{start: base + at, end: base + at}
			} else {
				wd = word{start: base + at + k, end: base + at + k + len(w.Form)}
				at += k + len(w.Form)
			}
			wd.sent, wd.para, wd.misc, wd.quote = si, para, w.Misc, -1
			xml := miscValue(w.Misc, "XML")
			if strings.Contains(xml, "<quote") {
				openQuote = len(words)
			}
			if d := miscValue(w.Misc, "Discourse"); d != "" {
				for _, part := range strings.Split(d, ";") {
					rel, rest, _ := strings.Cut(part, ":")
					ids, rest, _ := strings.Cut(rest, ":")
					a, bb, hasDst := strings.Cut(ids, "->")
					src, _ := strconv.Atoi(a)
					if src > 0 {
						edu = src
					}
					if !strings.HasPrefix(rel, "attribution") || !hasDst {
						continue
					}
					dst, _ := strconv.Atoi(bb)
					rl := relation{src: src, dst: dst}
					rl.speech = strings.Contains(rest, "lex-indwd") || strings.Contains(rest, "lex-indph") || strings.Contains(rest, "grf-qt")
					for _, sig := range strings.Split(rest, "+") {
						if i := strings.Index(sig, "atsrc-"); i >= 0 {
							rl.source = append(rl.source, tokenList(sig[i+len("atsrc-"):])...)
						}
					}
					rels = append(rels, rl)
				}
			}
			wd.edu = edu
			// entity mentions: "(12-person-...", "12)"
			ent := miscValue(w.Misc, "Entity")
			for _, m := range entityOpen.FindAllStringSubmatch(ent, -1) {
				id, _ := strconv.Atoi(m[1])
				opens = append(opens, open{id, len(words)})
			}
			words = append(words, wd)
			for _, c := range closers(ent) {
				for k := len(opens) - 1; k >= 0; k-- {
					if opens[k].id == c {
						o := opens[k]
						doc.Mentions = append(doc.Mentions, Mention{Start: words[o.word].start, End: wd.end, Entity: o.id,
							first: o.word, last: len(words) - 1})
						opens = append(opens[:k], opens[k+1:]...)
						break
					}
				}
			}
			if strings.Contains(xml, "</quote") && openQuote >= 0 {
				quotes = append(quotes, [2]int{openQuote, len(words)})
				openQuote = -1
			}
		}
	}
	doc.Text = b.String()
	for qi, q := range quotes {
		for i := q[0]; i < q[1]; i++ {
			words[i].quote = qi
		}
	}
	doc.Quotes = goldQuotes(doc, words, quotes, rels)
	return doc, nil
}

// closers returns the ids that an Entity value closes: "12)" without the
// opening "(12-...)" of a one-word mention, which closes too.
func closers(ent string) []int {
	var out []int
	for i := 0; i < len(ent); i++ {
		if ent[i] != ')' {
			continue
		}
		// the id is the digits before ")", or, for "(12-...)", the
		// mention opened last
		j := i
		for j > 0 && ent[j-1] >= '0' && ent[j-1] <= '9' {
			j--
		}
		if j < i && (j == 0 || ent[j-1] != '-') {
			id, _ := strconv.Atoi(ent[j:i])
			out = append(out, id)
			continue
		}
		if k := strings.LastIndex(ent[:i], "("); k >= 0 {
			if m := entityOpen.FindStringSubmatch(ent[k:]); m != nil {
				id, _ := strconv.Atoi(m[1])
				out = append(out, id)
			}
		}
	}
	return out
}

// tokenList parses "22-25", "435,455" or "268-270,273" (then a "-_" or
// "-gold" suffix) as 1-based token ids, returned 0-based.
func tokenList(s string) []int {
	var out []int
	for _, part := range strings.Split(s, ",") {
		fields := strings.Split(part, "-")
		var nums []int
		for _, f := range fields {
			n, err := strconv.Atoi(f)
			if err != nil {
				break
			}
			nums = append(nums, n)
		}
		switch len(nums) {
		case 1:
			out = append(out, nums[0]-1)
		case 2:
			for n := nums[0]; n <= nums[1] && n-nums[0] < 200; n++ {
				out = append(out, n-1)
			}
		}
	}
	return out
}

func miscValue(misc, key string) string {
	for _, item := range strings.Split(misc, "|") {
		if v, ok := strings.CutPrefix(item, key+"="); ok {
			return v
		}
	}
	return ""
}

// goldQuotes builds the quotations of a document from its <quote>s and
// its attribution relations.
func goldQuotes(doc Doc, words []word, quotes [][2]int, rels []relation) []Gold {
	type unit struct {
		lo, hi   int // word range
		kind     Kind
		speakers map[int]bool
		gone     bool
	}
	var units []*unit
	isMark := func(i int) bool {
		f := doc.Text[words[i].start:words[i].end]
		return strings.Trim(f, "\"“”‘’'«»„`") == "" && f != ""
	}
	// GUM closes and reopens <quote> at sentence ends inside one
	// quotation; quotations meet without marks between them there
	var merged [][2]int
	for _, q := range quotes {
		if n := len(merged); n > 0 && merged[n-1][1] == q[0] && !(isMark(q[0]) && isMark(q[0]-1)) &&
			words[q[0]].para == words[q[0]-1].para {
			merged[n-1][1] = q[1]
			continue
		}
		merged = append(merged, q)
	}
	for _, q := range merged {
		lo, hi := q[0], q[1]
		for lo < hi && isMark(lo) {
			lo++
		}
		for hi > lo && isMark(hi-1) {
			hi--
		}
		if lo < hi {
			units = append(units, &unit{lo: lo, hi: hi, kind: Direct, speakers: map[int]bool{}})
		}
	}
	// children of each discourse unit in the relation graph
	parent := map[int]int{}
	for _, w := range words {
		if misc := miscValue(w.misc, "Discourse"); misc != "" {
			for _, part := range strings.Split(misc, ";") {
				_, rest, _ := strings.Cut(part, ":")
				ids, _, _ := strings.Cut(rest, ":")
				if a, b, ok := strings.Cut(ids, "->"); ok {
					src, _ := strconv.Atoi(a)
					dst, _ := strconv.Atoi(b)
					if _, seen := parent[src]; !seen {
						parent[src] = dst
					}
				}
			}
		}
	}
	under := func(e, top, not int) bool {
		for n := 0; n < 100 && e > 0; n++ {
			if e == not {
				return false
			}
			if e == top {
				return true
			}
			p, ok := parent[e]
			if !ok {
				return false
			}
			e = p
		}
		return false
	}
	for _, r := range rels {
		if !r.speech {
			continue
		}
		// the content: the target unit and what follows it in its sentence
		// under it
		lo, hi := -1, -1
		for i, w := range words {
			if w.edu == r.dst {
				if lo < 0 {
					lo = i
				}
				hi = i + 1
			}
		}
		if lo < 0 {
			continue
		}
		for hi < len(words) && words[hi].sent == words[lo].sent && words[hi].edu != r.src && under(words[hi].edu, r.dst, r.src) {
			hi++
		}
		speakers := map[int]bool{}
		if len(r.source) > 0 {
			slo, shi := r.source[0], r.source[0]
			for _, t := range r.source {
				slo, shi = min(slo, t), max(shi, t)
			}
			for _, m := range doc.Mentions {
				if m.first >= slo && m.last <= shi || m.first <= slo && m.last >= shi {
					speakers[m.Entity] = true
				}
			}
		}
		// trim punctuation and marks at the edges
		for lo < hi && (isMark(lo) || isPunctWord(doc.Text[words[lo].start:words[lo].end])) {
			lo++
		}
		for hi > lo && (isMark(hi-1) || isPunctWord(doc.Text[words[hi-1].start:words[hi-1].end])) {
			hi--
		}
		if hi-lo < 2 {
			continue
		}
		// inside quotations: they get the speaker
		inside := true
		for i := lo; i < hi; i++ {
			if words[i].quote < 0 && !isPunctWord(doc.Text[words[i].start:words[i].end]) {
				inside = false
				break
			}
		}
		var touched []*unit
		for _, u := range units {
			if !u.gone && u.lo < hi && lo < u.hi {
				touched = append(touched, u)
			}
		}
		if inside && len(touched) > 0 {
			for _, u := range touched {
				for s := range speakers {
					u.speakers[s] = true
				}
			}
			continue
		}
		nu := &unit{lo: lo, hi: hi, kind: Indirect, speakers: speakers}
		for _, u := range touched {
			u.gone = true
			nu.lo, nu.hi = min(nu.lo, u.lo), max(nu.hi, u.hi)
			if u.kind != Indirect {
				nu.kind = Mixed
			}
			for s := range u.speakers {
				nu.speakers[s] = true
			}
		}
		units = append(units, nu)
	}
	var out []Gold
	for _, u := range units {
		if u.gone {
			continue
		}
		g := Gold{Start: words[u.lo].start, End: words[u.hi-1].end, Kind: u.kind}
		for s := range u.speakers {
			g.Speakers = append(g.Speakers, s)
		}
		sort.Ints(g.Speakers)
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func isPunctWord(s string) bool {
	for _, r := range s {
		if strings.ContainsRune(".,;:!?-–—()[]\"“”‘’'«»„`…", r) {
			continue
		}
		return false
	}
	return s != ""
}
