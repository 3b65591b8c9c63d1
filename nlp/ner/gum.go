package ner

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// ReadGUM reads the CoNLL-U files (*.conllu) of dir, as the GUM corpus
// writes them, and returns their sentences labelled with the named entities
// of GUM's entity layer, in the IOB2 labels of Universal NER. See
// ReadGUMFile.
func ReadGUM(dir string) ([]Sentence, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.conllu"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no .conllu files", dir)
	}
	return ReadGUMFiles(names)
}

// ReadGUMFiles reads the named CoNLL-U files of GUM, in name order; see
// ReadGUMFile.
func ReadGUMFiles(names []string) ([]Sentence, error) {
	names = slices.Clone(names)
	sort.Strings(names)
	var out []Sentence
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			return out, err
		}
		s, err := ReadGUMFile(f, name)
		f.Close()
		if err != nil {
			return out, err
		}
		out = append(out, s...)
	}
	return out, nil
}

// gumToken is what ReadGUMFile keeps of a CoNLL-U word line.
type gumToken struct {
	form, upos, deprel string
	head               int // 1-based index of the head word, 0 for the root
}

// gumMention is one entity mention of GUM: words [start, end) of its
// sentence.
type gumMention struct {
	start, end int
	typ        dyad.EntityType // NoEntity for GUM's other types
}

// ReadGUMFile reads one CoNLL-U file with GUM's entity layer (the Entity=
// attribute of the MISC column, "(GRP-etype-infstat-...-identity" opening a
// mention and "GRP)" closing it) and labels its words with the named
// people, organisations and places among the mentions, the way Universal NER
// marks names:
//
//   - GUM's person, organization and place mentions become PER, ORG and
//     LOC; its other types (abstract, event, time, ...) mark nothing.
//   - A mention is named when its head word (the one attached outside it)
//     is a proper noun; its name is the run of proper nouns and
//     capitalised words around the head ("United States", "Supreme
//     Court"), with "of", "and", "&", "de", "for" and hyphens between
//     them, leaving out determiners, common nouns and titles (GUM's
//     nmod:desc, as in "Administrator Charles Bolden"). A mention headed
//     by a common noun with a proper name attached as flat ("biologist
//     Nick Bos") is named by that name.
//   - A one-word name that the document also writes in lower case as a
//     common noun ("the Court", "Secretary") is left out.
//   - Where names overlap, the longer wins, so "Bank of America" is one
//     organisation and not a place inside one.
//
// Multiword token ranges and empty nodes are skipped. Sentences record the
// file's "# newdoc id" as Doc (the file name without extension when it has
// none) and "# sent_id" as ID; UPOS is left nil, as the tags in the file are
// gold ones.
func ReadGUMFile(r io.Reader, name string) ([]Sentence, error) {
	var (
		out   []Sentence
		toks  []gumToken
		ments []gumMention
		open  []openMention // mentions opened and not yet closed
		cur   Sentence
		line  int
	)
	doc := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	// Sentences are labelled at the end, once the document's common
	// nouns are known.
	type pending struct {
		toks  []gumToken
		ments []gumMention
	}
	var sents []pending
	nouns := map[string]bool{} // lower-case common nouns of the document
	flush := func() {
		if len(toks) > 0 {
			// A mention left open at the end of the sentence ends there.
			for _, o := range open {
				ments = append(ments, gumMention{o.start, len(toks), o.typ})
			}
			open = open[:0]
			cur.Doc = doc
			out = append(out, cur)
			sents = append(sents, pending{toks, ments})
		}
		toks, ments, cur = nil, nil, Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		switch {
		case strings.TrimSpace(text) == "":
			flush()
			continue
		case strings.HasPrefix(text, "#"):
			if len(toks) > 0 {
				flush()
			}
			if id, ok := strings.CutPrefix(text, "# sent_id = "); ok {
				cur.ID = strings.TrimSpace(id)
			} else if id, ok := strings.CutPrefix(text, "# newdoc id = "); ok {
				doc = strings.TrimSpace(id)
			}
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 10 {
			return out, fmt.Errorf("%s:%d: %d columns, want 10", name, line, len(cols))
		}
		if strings.ContainsAny(cols[0], "-.") {
			continue // multiword token range or empty node
		}
		head, err := strconv.Atoi(cols[6])
		if err != nil {
			return out, fmt.Errorf("%s:%d: head %q is not a number", name, line, cols[6])
		}
		i := len(toks)
		toks = append(toks, gumToken{form: cols[1], upos: cols[3], deprel: cols[7], head: head})
		if cols[3] == "NOUN" && strings.ToLower(cols[1]) == cols[1] {
			nouns[cols[1]] = true
		}
		cur.Forms = append(cur.Forms, cols[1])
		for _, attr := range strings.Split(cols[9], "|") {
			ent, ok := strings.CutPrefix(attr, "Entity=")
			if !ok {
				continue
			}
			if open, ments, err = gumEntity(ent, i, open, ments); err != nil {
				return out, fmt.Errorf("%s:%d: %v", name, line, err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("%s: %w", name, err)
	}
	flush()
	for i, p := range sents {
		out[i].Labels = gumLabels(p.toks, p.ments, nouns)
	}
	return out, nil
}

type openMention struct {
	id    string
	start int
	typ   dyad.EntityType
}

// gumEntity applies the Entity= value of word i: openings
// "(GRP-etype-..." and closings "GRP)", in order.
func gumEntity(v string, i int, open []openMention, ments []gumMention) ([]openMention, []gumMention, error) {
	for len(v) > 0 {
		if v[0] == '(' {
			// An opening runs to the next '(' or ')'.
			j := strings.IndexAny(v[1:], "()")
			body := v[1:]
			if j >= 0 {
				body = v[1 : 1+j]
			}
			id, rest, ok := strings.Cut(body, "-")
			if !ok || id == "" {
				return open, ments, fmt.Errorf("bad entity %q", body)
			}
			etype, _, _ := strings.Cut(rest, "-")
			open = append(open, openMention{id, i, gumType(etype)})
			v = v[1+len(body):]
			if len(v) > 0 && v[0] == ')' {
				// single-word mention
				o := open[len(open)-1]
				open = open[:len(open)-1]
				ments = append(ments, gumMention{o.start, i + 1, o.typ})
				v = v[1:]
			}
			continue
		}
		j := strings.IndexByte(v, ')')
		if j <= 0 {
			return open, ments, fmt.Errorf("bad entity closing %q", v)
		}
		id := v[:j]
		v = v[j+1:]
		k := len(open) - 1
		for k >= 0 && open[k].id != id {
			k--
		}
		if k < 0 {
			continue // opened in an earlier sentence
		}
		o := open[k]
		open = append(open[:k], open[k+1:]...)
		ments = append(ments, gumMention{o.start, i + 1, o.typ})
	}
	return open, ments, nil
}

// gumType maps GUM's entity types to dyad's.
func gumType(t string) dyad.EntityType {
	switch t {
	case "person":
		return dyad.PER
	case "organization":
		return dyad.ORG
	case "place":
		return dyad.LOC
	}
	return dyad.NoEntity
}

// gumLabels returns the IOB2 labels of a sentence's words given its
// mentions.
func gumLabels(toks []gumToken, ments []gumMention, nouns map[string]bool) []string {
	var names []dyad.Entity
	for _, m := range ments {
		if m.typ == dyad.NoEntity {
			continue
		}
		if s, ok := gumName(toks, m); ok {
			if s.Len() == 1 && nouns[strings.ToLower(toks[s.Start].form)] {
				// "the Court", "Secretary": a common noun capitalised
				continue
			}
			names = append(names, dyad.Entity{Span: s, Type: m.typ})
		}
	}
	// Longer names first, so that an outer name wins over one nested in
	// it; Labels leaves out names that overlap an earlier one.
	sort.SliceStable(names, func(a, b int) bool {
		if la, lb := names[a].Len(), names[b].Len(); la != lb {
			return la > lb
		}
		return names[a].Start < names[b].Start
	})
	return Labels(len(toks), names)
}

// gumName returns the span of the proper name of a mention, if it has one.
func gumName(toks []gumToken, m gumMention) (dyad.Span, bool) {
	in := func(j int) bool { return j >= m.start && j < m.end }
	// The head is the first word attached outside the mention.
	head := -1
	for j := m.start; j < m.end; j++ {
		if !in(toks[j].head - 1) {
			head = j
			break
		}
	}
	if head < 0 {
		return dyad.Span{}, false
	}
	name := func(j int) bool {
		t := toks[j]
		if t.deprel == "nmod:desc" {
			return false
		}
		switch t.upos {
		case "PROPN":
			return true
		case "ADJ", "NOUN", "NUM", "VERB", "X":
			// "United States", "New York", "Red Sox", "Supreme Court"
			r, _ := utf8.DecodeRuneInString(t.form)
			return unicode.IsUpper(r)
		}
		return false
	}
	lo := m.start // the first word the name may start at
	if toks[head].upos != "PROPN" {
		// "biologist Nick Bos": a name attached to a common noun as flat.
		first := -1
		for j := m.start; j < m.end; j++ {
			if toks[j].head-1 == head && toks[j].deprel == "flat" && name(j) {
				first = j
				break
			}
		}
		if first < 0 {
			return dyad.Span{}, false
		}
		head, lo = first, first
	} else if !name(head) {
		return dyad.Span{}, false
	}
	start, end := head, head+1
	link := func(j int) bool {
		switch strings.ToLower(toks[j].form) {
		case "of", "and", "&", "de", "-", "for":
			return true
		}
		return false
	}
	for start > lo && (name(start-1) || (link(start-1) && start-2 >= lo && name(start-2))) {
		start--
	}
	for end < m.end && (name(end) || (link(end) && end+1 < m.end && name(end+1))) {
		end++
	}
	return dyad.Span{Start: start, End: end}, true
}
