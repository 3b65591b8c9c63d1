// Package mention finds the noun phrases of a parsed document that name or
// describe actors, and resolves each to a CAMEO actor code with an actor
// dictionary (package actor).
//
// A mention is built from the dependency parse: its head is a proper noun,
// or a common noun the dictionary knows ("ministry", "troops", "police"),
// and its words are the head's determiners, modifiers, compounds, flat
// names, possessors, "of" complements and appositions, so that "Kwon
// Jong-gun, director general of the North Korean Foreign Ministry's
// department of US affairs" is one mention whose code comes from the whole
// phrase. A name the parse cuts at "and" or "for" is joined again where
// the dictionary knows the whole ("the Centers for Disease Control and
// Prevention"). Coordinated phrases ("Seoul and Washington") give one
// mention each. Within a document, a later mention that repeats an earlier name or
// its last word ("Kwon") takes the earlier one's actor. Pronouns are left
// to quotation attribution; this package does not resolve them.
package mention

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/byline"
)

// Finder finds and resolves mentions. It is safe for concurrent use.
type Finder struct {
	Dict *actor.Dictionary
}

// inPhrase lists the relations whose dependents belong to their head's
// noun phrase.
var inPhrase = map[string]bool{
	"det": true, "det:poss": true, "det:predet": true, "amod": true, "compound": true, "flat": true,
	"flat:name": true, "flat:foreign": true, "fixed": true, "goeswith": true, "nmod:poss": true, "nmod": true,
	"nmod:desc": true, "nmod:unmarked": true, "appos": true, "nummod": true, "case": true, "punct": true,
	"compound:prt": true,
}

// partOfName lists relations that make a word part of a larger name, so
// that it heads no mention of its own.
var partOfName = map[string]bool{
	"compound": true, "flat": true, "flat:name": true, "flat:foreign": true, "fixed": true, "goeswith": true,
}

// Find fills d.Mentions and returns who speaks in d in the first person
// (Voices). d must be tagged and parsed; d.Entities, when present, give
// mentions their entity type. d.Date, when it parses as YYYY-MM-DD (or RFC
// 3339), dates the document for tenure-dependent codes.
func (f *Finder) Find(d *dyad.Document) *Voices {
	date := Date(d.Date)
	children := make([][]int, len(d.Tokens))
	for i, t := range d.Tokens {
		if t.Head >= 0 && t.Head < len(d.Tokens) {
			children[t.Head] = append(children[t.Head], i)
		}
	}
	entityAt := make(map[int]dyad.EntityType)
	for _, e := range d.Entities {
		for i := e.Start; i < e.End; i++ {
			entityAt[i] = e.Type
		}
	}
	ctx := &actor.Context{}
	v := f.voices(d)
	var quoted []bool
	if v.known() {
		quoted = quotedTokens(d)
	}
	absorbed := map[int]int{}
	var names []nameSpan     // the dictionary name each mention resolved through
	joined := map[int]bool{} // proper nouns joined to the name on their left
	d.Mentions = d.Mentions[:0]
	for i, t := range d.Tokens {
		if joined[i] {
			continue
		}
		if quoted != nil && t.UPOS == dyad.PRON && !quoted[i] {
			if w := d.TokenText(i); w == "I" || w == "we" || w == "We" {
				// in a statement, its author's own voice; in a
				// transcript, the speaker's
				if m := v.voice(t.Start); m.Actor != "" {
					m.Span, m.Head = dyad.Span{Start: i, End: i + 1}, i
					d.Mentions = append(d.Mentions, m)
					names = append(names, nameSpan{-1, -1})
					continue
				}
			}
		}
		proper := nameHead(d, i)
		if !proper && t.UPOS != dyad.NOUN {
			continue
		}
		// a part of a larger name heads no mention, but a proper noun
		// modifying a common noun does ("US" in "US claims")
		if partOfName[t.Dep.String()] && !(t.UPOS == dyad.PROPN && t.Head >= 0 && d.Tokens[t.Head].UPOS == dyad.NOUN) {
			continue
		}
		span := phrase(d, children, i)
		if proper {
			span = f.rejoin(d, span, i, date, joined)
		}
		span = f.extend(d, span, i, date, joined)
		start := d.Tokens[span.Start].Start
		text := d.Text[start:d.Tokens[span.End-1].End]
		m := dyad.Mention{Span: span, Head: i, Type: entityAt[i], Antecedent: -1}
		match, ok := f.Dict.ResolveIn(text, date, ctx)
		// The code must come from the head's own words: "US claims" is not
		// an actor, though "US" in it is one (a mention of its own).
		headIn := ok && start+match.Start <= t.Start && t.End <= start+match.End
		if !proper && !headIn && m.Type == dyad.NoEntity {
			continue
		}
		name := nameSpan{-1, -1}
		if ok && (headIn || proper) {
			name = nameSpan{start + match.Start, start + match.End}
			m.Actor = match.Code
			m.Name = match.Person
			if m.Name == "" {
				m.Name = match.Name
			}
		}
		if proper && match.Person == "" && (!headIn ||
			m.Type == dyad.PER && !f.isTitle(d.TokenText(i)) &&
				!strings.Contains(strings.ToLower(match.Name), strings.ToLower(d.TokenText(i)))) {
			// (a person named beside a title and an affiliation keeps the
			// person's name: "Professor Michael Siegel of Boston University")
			// an unknown person or body: keep its own name, with the code
			// its title or affiliation gives
			m.Name = f.properName(d, i)
		}
		if m.Actor == "" && m.Type == dyad.NoEntity && len(d.Entities) > 0 {
			continue // a proper noun that is no named entity ("January")
		}
		if m.Actor == "" && span.End-span.Start == 1 && nameSuffixes[d.TokenText(span.Start)] {
			continue // "Jr." of "Joseph R. Biden, Jr.", cut off by the comma
		}
		if f.nested(d, m, name, names, absorbed) {
			continue
		}
		f.corefer(d, &m)
		f.describe(d, &m)
		if quoted != nil && !quoted[m.Start] {
			ownBody(d, &m, v)
		}
		if len(m.Actor) >= 3 {
			ctx.Countries = append(ctx.Countries, m.Actor[:3])
		}
		d.Mentions = append(d.Mentions, m)
		names = append(names, name)
	}
	drop(d, absorbed)
	return v
}

// Voices says who speaks in the first person in a document: the author
// its title names ("Statement by President Joe Biden on ..."), whose "I"
// and "we" are theirs, and the speakers of a transcript's turns
// (byline.Turns), whose "I" and "we" are theirs in their turns. Find
// returns it, so that quotations go to the same speakers (engine) without
// the title and turns being read again.
type Voices struct {
	// Author is the author as the title names them ("President Joe
	// Biden"), "" for none.
	Author string
	// author is the author's mention, without a span; no actor when the
	// dictionary cannot code the author.
	author   dyad.Mention
	turns    []byline.Turn
	speakers map[string]dyad.Mention // by label: no actor for a speaker nobody knows
}

// AuthorActor returns the author's actor code, "" when unknown.
func (v *Voices) AuthorActor() string { return v.author.Actor }

// Speaker returns the speaker of the transcript turn whose words hold byte
// off: their name and actor code, and the turn's label as written ("MS.
// PSAKI"); ok is false outside a turn, or for a speaker nobody knows.
func (v *Voices) Speaker(off int) (name, actor, label string, ok bool) {
	k := v.turnAt(off)
	if k < 0 {
		return "", "", "", false
	}
	m := v.speakers[v.turns[k].Speaker]
	return m.Name, m.Actor, v.turns[k].Speaker, m.Actor != ""
}

// known reports whether anyone's first person can be known.
func (v *Voices) known() bool { return v.author.Actor != "" || len(v.turns) > 0 }

// voice returns the mention, without a span, that a first-person pronoun
// at byte off stands for: the speaker of its turn in a transcript, else
// the author; one with no actor when neither is known.
func (v *Voices) voice(off int) dyad.Mention {
	if k := v.turnAt(off); k >= 0 {
		return v.speakers[v.turns[k].Speaker]
	}
	return v.author
}

// turnAt returns the index of the turn whose words hold byte off, or -1.
func (v *Voices) turnAt(off int) int {
	k := sort.Search(len(v.turns), func(k int) bool { return v.turns[k].End > off })
	if k < len(v.turns) && v.turns[k].Start <= off {
		return k
	}
	return -1
}

// voices reads the author from d's title, resolved by the actor
// dictionary as of d's date, and the turns of a transcript (a single
// label only when it names someone known) with a mention of each speaker
// that the dictionary knows as a person ("MS. PSAKI" is Jen Psaki, USAGOV,
// in 2021) or that a title-only label and the document's title name ("THE
// PRESIDENT" and "Remarks by President Biden").
func (f *Finder) voices(d *dyad.Document) *Voices {
	v := &Voices{author: dyad.Mention{Type: dyad.PER, Antecedent: -1}}
	if f.Dict == nil {
		return v
	}
	date := Date(d.Date)
	if v.Author = byline.Author(d.Title); v.Author != "" {
		if match, ok := f.Dict.Resolve(v.Author, date); ok {
			v.author.Actor, v.author.Name = match.Code, match.Person
			if v.author.Name == "" {
				v.author.Name = v.Author
			}
		}
	}
	turns := byline.Turns(d.Text)
	if len(turns) == 0 {
		return v
	}
	speakers := map[string]dyad.Mention{}
	for _, t := range turns {
		if _, done := speakers[t.Speaker]; done {
			continue
		}
		m := dyad.Mention{Type: dyad.PER, Antecedent: -1}
		if match, ok := f.Dict.Resolve(t.Speaker, date); ok && match.Person != "" {
			m.Actor, m.Name = match.Code, match.Person
		} else if match, ok := f.titled(d.Title, t.Speaker, date); ok {
			m.Actor, m.Name = match.Code, match.Person
		}
		speakers[t.Speaker] = m
	}
	if byline.Labelled(turns) == 1 && speakers[turns[0].Speaker].Actor == "" {
		return v // one label, of nobody known: perhaps no speaker's
	}
	v.turns, v.speakers = turns, speakers
	return v
}

// titled resolves a speaker known by a title alone ("THE PRESIDENT") to
// the person the document's title names with that title ("Remarks by
// President Biden and ..."), when the dictionary knows them.
func (f *Finder) titled(docTitle, label string, date time.Time) (actor.Match, bool) {
	office := strings.TrimPrefix(strings.ToLower(label), "the ") + " "
	// the speakers the title names ("Remarks by President Biden and ..."),
	// else the office wherever the title names it ("Interview of
	// President Trump and Elon Musk by ...", "President Biden at a
	// Reception")
	candidates := byline.Speakers(docTitle)
	lower := strings.ToLower(docTitle)
	for i := strings.Index(lower, office); i >= 0; {
		candidates = append(candidates, docTitle[i:])
		next := strings.Index(lower[i+1:], office)
		if next < 0 {
			break
		}
		i += 1 + next
	}
	for _, s := range candidates {
		if !strings.HasPrefix(strings.ToLower(s), office) {
			continue
		}
		// the title may go on after the name: "Remarks by President Biden
		// Addressing Service Members", "... Announcing the Budget"
		words := strings.Fields(s)
		for n := min(len(words), maxTitledWords); n >= 2; n-- {
			if match, ok := f.Dict.Resolve(strings.Join(words[:n], " "), date); ok && match.Person != "" {
				return match, true
			}
		}
	}
	return actor.Match{}, false
}

// maxTitledWords is how many words of a title titled reads after an
// office for the name of its holder.
const maxTitledWords = 8

// nameSuffixes are the words after a person's name that name nobody alone.
var nameSuffixes = map[string]bool{"Jr.": true, "Jr": true, "Sr.": true, "Sr": true, "JR.": true, "SR.": true}

// ownBody gives a state body the first person owns ("our troops", "my
// administration") the country of the voice speaking, when the document
// knows it: in a US president's remarks, "our troops" are USAMIL.
func ownBody(d *dyad.Document, m *dyad.Mention, v *Voices) {
	if len(m.Actor) != 3 || !ownedSectors[m.Actor] {
		return
	}
	if w := d.TokenText(m.Start); w != "our" && w != "my" && w != "Our" && w != "My" {
		return
	}
	voice := v.voice(d.Tokens[m.Start].Start).Actor
	if c := actor.CountryOf(voice); c != "" && len(voice) >= 6 {
		m.Actor = c + m.Actor
	}
}

// ownedSectors are the state sectors that "our" and "my" give the
// speaker's country.
var ownedSectors = map[string]bool{"GOV": true, "MIL": true, "LEG": true, "JUD": true, "COP": true, "SPY": true}

// quotedTokens marks the tokens inside quotation marks, which open and
// close within a line.
func quotedTokens(d *dyad.Document) []bool {
	in := make([]bool, len(d.Tokens))
	open := false
	k := 0
	for pos, r := range d.Text {
		for k < len(d.Tokens) && d.Tokens[k].Start < pos {
			in[k] = open
			k++
		}
		switch r {
		case '“':
			open = true
		case '”', '\n':
			open = false
		case '"':
			open = !open
		}
	}
	for ; k < len(d.Tokens); k++ {
		in[k] = open
	}
	return in
}

// corefer links m to an earlier mention with the same name, or whose name
// ends with m's one-word name or starts with m's name ("Kwon" after "Kwon
// Jong-gun": shortFor), and takes its actor when m has none. The last word
// of an organization's name is no name of it ("Justice" of the "European
// Court of Justice") unless m is found as a person's.
func (f *Finder) corefer(d *dyad.Document, m *dyad.Mention) {
	if !nameHead(d, m.Head) {
		return
	}
	if titleOnly(*m) {
		// a capitalized title is no name: "The President" (see describe);
		// a title before a surname is a person named before
		f.titledSurname(d, m)
		return
	}
	own := f.properName(d, m.Head)
	if own == "" {
		return
	}
	// a name the dictionary knows repeats only itself: "Biden" (Joe
	// Biden) is not "Hunter Biden", "the Scottish National Party" not the
	// "Conservative Party"
	known := m.Actor != "" && m.Name != "" && m.Name != own
	for j := len(d.Mentions) - 1; j >= 0; j-- {
		prev := d.Mentions[j]
		if prev.Name == "" || d.Tokens[prev.Head].UPOS == dyad.PRON {
			continue // no name, or an author's or speaker's "I" and "we"
		}
		if prev.Name == m.Name || !known &&
			(lastWord(prev.Name) == own && (prev.Type != dyad.ORG || m.Type == dyad.PER || f.personName(prev.Name)) ||
				shortFor(d, m, prev, own)) {
			m.Antecedent = j
			// an unknown name takes the code of its antecedent, and a
			// title's bare sector the country of it ("Prime Minister
			// Johnson" after "Boris Johnson")
			if m.Actor == "" || m.Type != dyad.ORG && prev.Type == dyad.PER && len(m.Actor) == 3 &&
				len(prev.Actor) > 3 && strings.HasSuffix(prev.Actor, m.Actor) && f.personName(prev.Name) {
				m.Actor = prev.Actor
				m.Name = prev.Name
			}
			return
		}
	}
}

// shortFor reports whether m, whose own name is own, is prev named by the
// first words of its name: a family name ("Kwon" for "Kwon Jong-gun"), a
// company's or party's ("Ford" for "Ford Motor", "Labour" for "Labour
// Party"). A phrase that goes on to name something else is none ("the
// Department of Social Sciences" of the "Department of Housing and Urban
// Development").
func shortFor(d *dyad.Document, m *dyad.Mention, prev dyad.Mention, own string) bool {
	if !strings.HasPrefix(prev.Name, own+" ") {
		return false
	}
	if m.Type == dyad.LOC && strings.HasPrefix(prev.Actor, "IGO") {
		return false // "the Pacific Islands" are no short form of the Pacific Islands Forum
	}
	text := d.Text[d.Tokens[m.Start].Start:d.Tokens[m.End-1].End]
	i := strings.Index(text, own)
	if i < 0 {
		return true
	}
	rest := text[i+len(own):]
	if k := strings.IndexAny(rest, "’'"); k >= 0 {
		rest = rest[:k] // what follows a possessive is another thing
	}
	rest = strings.TrimRight(rest, ".,;:)")
	return rest == "" || strings.HasPrefix(prev.Name, own+rest)
}

// titledSurname links a title before a surname that the dictionary does
// not know ("Prime Minister Johnson", "Judge Miller", "Governor Vázquez")
// to the nearest earlier mention of a person named in full with that
// surname ("Boris Johnson", "Wanda Vázquez Garced") whose code has the
// title's sector, and takes its code and name.
func (f *Finder) titledSurname(d *dyad.Document, m *dyad.Mention) {
	if m.Type != dyad.PER {
		return
	}
	// the surname is the last word but a possessive: "Johnson" in "Prime
	// Minister Johnson('s)", whose head the parser may make "Minister"
	i := m.End - 1
	for i > m.Start && (d.Tokens[i].UPOS == dyad.PUNCT || d.Tokens[i].UPOS == dyad.PART) {
		i--
	}
	surname := d.TokenText(i)
	if d.Tokens[i].UPOS != dyad.PROPN || !f.personWord(surname) {
		return
	}
	for j := len(d.Mentions) - 1; j >= 0; j-- {
		prev := d.Mentions[j]
		if prev.Type != dyad.PER || prev.Actor == "" || !strings.HasSuffix(prev.Actor, m.Actor) {
			continue
		}
		if words := strings.Fields(prev.Name); !slices.Contains(words[min(1, len(words)):], surname) || !f.personName(prev.Name) {
			continue
		}
		m.Antecedent, m.Actor, m.Name = j, prev.Actor, prev.Name
		return
	}
}

// personName reports whether a name can be a person's full name: two
// words or more, each of which personWord accepts ("Boris Johnson", not
// "Deputy Director" or "George Washington University").
func (f *Finder) personName(name string) bool {
	words := strings.Fields(name)
	return len(words) > 1 && !slices.ContainsFunc(words, func(w string) bool { return !f.personWord(w) })
}

// personWord reports whether a word can be part of a person's name: it is
// capitalized and the dictionary knows it as no title ("University",
// "Secretary" and "Deputy" are titles).
func (f *Finder) personWord(w string) bool {
	if strings.ToLower(w) == w {
		return false
	}
	m, ok := f.Dict.Resolve(w, time.Time{})
	return !ok || !titleOnly(dyad.Mention{Actor: m.Code, Name: m.Name})
}

// describe links a definite description that gives only a title ("the
// professor", "the director general") to the nearest earlier mention of a
// named person whose phrase holds the same title word ("Koo Kab-woo, a
// professor at ..."), and takes its actor and name. A description of a
// body ("the parliament", "the Supreme Court") is linked to the body
// (see body), or else takes only the country of such a person.
func (f *Finder) describe(d *dyad.Document, m *dyad.Mention) {
	if m.Antecedent >= 0 || !titleOnly(*m) {
		return
	}
	first := strings.ToLower(d.TokenText(m.Start))
	if first != "the" {
		return
	}
	// the title's words, from the first after "the" to the head and on
	// through what completes it: "prime minister" in "the Prime
	// Minister('s)", "secretary of labor" in "the Secretary of Labor",
	// whom a Secretary of Defense does not hold
	end := m.End
	for end > m.Head+1 && (d.Tokens[end-1].UPOS == dyad.PUNCT || d.Tokens[end-1].UPOS == dyad.PART) {
		end--
	}
	var title []string
	for i := m.Start + 1; i < end; i++ {
		title = append(title, strings.ToLower(d.TokenText(i)))
	}
	if len(title) == 0 {
		return
	}
	// A body ("the Supreme Court", "the party") is the nearest body of its
	// kind named before it; failing that, it is of the country of the
	// nearest person whose title names it ("a former Supreme Court
	// justice": USA), with its own sector.
	here := sentenceAt(d, m.Head)
	isBody := bodies[strings.ToLower(d.TokenText(m.Head))]
	if isBody {
		if j := f.body(d, m, here); j >= 0 {
			p := d.Mentions[j]
			m.Antecedent, m.Actor, m.Name = j, p.Actor, p.Name
			return
		}
	}
	// the nearest holder of the title that was a subject in the last three
	// sentences, else the nearest: in "President Biden spoke with
	// President Yoon. The President reaffirmed ...", the President is Biden
	chosen := -1
	for j := len(d.Mentions) - 1; j >= 0; j-- {
		p := d.Mentions[j]
		if p.Actor == "" || !nameHead(d, p.Head) || p.Type != dyad.PER || !titleIn(d, p, title) {
			continue
		}
		if strings.HasPrefix(d.Tokens[p.Head].Dep.String(), "nsubj") && here-sentenceAt(d, p.Head) <= 2 {
			chosen = j
			break
		}
		if chosen < 0 {
			chosen = j
		}
	}
	if chosen < 0 {
		return
	}
	p := d.Mentions[chosen]
	switch {
	case !isBody:
		m.Antecedent, m.Actor, m.Name = chosen, p.Actor, p.Name
	case len(m.Actor) == 3 && len(p.Actor) > 3 && actor.CountryOf(p.Actor) != "":
		m.Actor = actor.CountryOf(p.Actor) + m.Actor // a bare sector ("JUD") takes the country
	}
}

// bodyWindow is how many sentences back a definite description of a body
// looks for the body.
const bodyWindow = 3

// body returns the mention that a definite description of a body ("the
// parliament", "the ministry", "the army") stands for, -1 for none: the
// nearest mention in the last few sentences headed by the same noun and
// coded with the description's sector and a country or organization ("the
// Ukrainian parliament", UKRLEG). A description of a person's office is
// left to the people who held it (above).
func (f *Finder) body(d *dyad.Document, m *dyad.Mention, here int) int {
	head := strings.ToLower(d.TokenText(m.Head))
	if m.Type == dyad.PER || !bodies[head] {
		return -1
	}
	// "the" and lower-case words up to the head, and nothing after it but
	// a possessive: "the Libertarian Party" and "the Court of Session" are
	// names, not descriptions
	for i := m.Start + 1; i < m.Head; i++ {
		if w := d.TokenText(i); strings.ToLower(w) != w {
			return -1
		}
	}
	for i := m.Head + 1; i < m.End; i++ {
		if d.Tokens[i].UPOS != dyad.PART && d.Tokens[i].UPOS != dyad.PUNCT {
			return -1
		}
	}
	for j := len(d.Mentions) - 1; j >= 0; j-- {
		p := d.Mentions[j]
		if here-sentenceAt(d, p.Head) > bodyWindow {
			break
		}
		if p.Type == dyad.PER || !strings.HasSuffix(p.Actor, m.Actor) || f.personName(p.Name) ||
			strings.ToLower(d.TokenText(p.Head)) != head {
			continue
		}
		if len(p.Actor) <= len(m.Actor) {
			return -1 // the nearest such body has no country either
		}
		return j
	}
	return -1
}

// bodies are the head nouns of the definite descriptions that body links.
var bodies = map[string]bool{
	"government": true, "administration": true, "regime": true, "cabinet": true, "junta": true,
	"ministry": true, "parliament": true, "legislature": true, "congress": true, "senate": true,
	"assembly": true, "court": true, "tribunal": true, "army": true, "military": true, "navy": true,
	"police": true, "party": true, "embassy": true, "agency": true, "council": true, "committee": true,
	"commission": true, "coalition": true, "opposition": true, "authorities": true, "company": true,
	"firm": true, "airline": true, "bank": true, "university": true, "hospital": true,
}

// titleIn reports whether mention p holds title as a whole office, not
// the end of another one ("president" is not in "Vice President Joe
// Biden").
func titleIn(d *dyad.Document, p dyad.Mention, title []string) bool {
	for i := p.Start; i+len(title) <= p.End; i++ {
		if holdsTitle(d, i, title) && (i == p.Start || !titlePrefix[strings.ToLower(d.TokenText(i-1))]) {
			return true
		}
	}
	return false
}

// sentenceAt returns the index of the sentence holding token i.
func sentenceAt(d *dyad.Document, i int) int {
	return sort.Search(len(d.Sentences), func(k int) bool { return d.Sentences[k].End > i })
}

// holdsTitle reports whether the tokens from i spell title, and the last
// is the title, not an owner named in it ("the union" is not "Sarah
// Jones, the union's regional secretary").
func holdsTitle(d *dyad.Document, i int, title []string) bool {
	for k, w := range title {
		if strings.ToLower(d.TokenText(i+k)) != w {
			return false
		}
	}
	return d.Tokens[i+len(title)-1].Dep.String() != "nmod:poss"
}

// titlePrefix are words that make another office of the title after them:
// "the president" is not "Vice President Joe Biden".
var titlePrefix = map[string]bool{"vice": true, "deputy": true, "assistant": true, "associate": true,
	"acting": true, "under": true, "lieutenant": true, "prime": true, "co": true, "sub": true}

func lastWord(s string) string {
	if i := strings.LastIndexAny(s, " -"); i >= 0 {
		return s[i+1:]
	}
	return s
}

// phrase returns the token span of the noun phrase headed by head: the
// contiguous run of words around the head that belong to it, so that a
// misattached word never stretches a mention over a clause.
func phrase(d *dyad.Document, children [][]int, head int) dyad.Span {
	in := map[int]bool{head: true}
	var walk func(i int)
	walk = func(i int) {
		for _, c := range children[i] {
			dep := d.Tokens[c].Dep.String()
			if !inPhrase[dep] || dep == "nmod" && !affiliation(d, children, c) {
				continue
			}
			in[c] = true
			walk(c)
		}
	}
	walk(head)
	// a colon ends a phrase: "THE PRESIDENT: Good afternoon" is a
	// transcript's label and the first words of the turn
	colon := func(i int) bool { return d.TokenText(i) == ":" }
	lo, hi := head, head
	for in[lo-1] && !colon(lo-1) {
		lo--
	}
	for in[hi+1] && !colon(hi+1) {
		hi++
	}
	// no punctuation or case marker at the edges, whatever its part of
	// speech ("over" in "over to Ukraine", "According to" in "According to
	// the BBC")
	for lo < head && (d.Tokens[lo].UPOS == dyad.PUNCT || d.Tokens[lo].UPOS == dyad.ADP ||
		d.Tokens[lo].Dep.String() == "case" || d.Tokens[lo].Dep.String() == "fixed") {
		lo++
	}
	for hi > head && d.Tokens[hi].UPOS == dyad.PUNCT {
		hi--
	}
	// keep brackets balanced: "the Korean Central News Agency (KCNA)"
	if open := strings.Count(d.Text[d.Tokens[lo].Start:d.Tokens[hi].End], "("); open > 0 && hi+1 < len(d.Tokens) &&
		d.TokenText(hi+1) == ")" && strings.Count(d.Text[d.Tokens[lo].Start:d.Tokens[hi].End], ")") < open {
		hi++
	}
	return dyad.Span{Start: lo, End: hi + 1}
}

// affiliation reports whether a noun modifier says whom its head belongs
// to ("director general of the Foreign Ministry", "a professor at the
// University of North Korean Studies", "officials from Moscow") rather
// than where or when ("met Xi in Washington", often attached to the noun by
// mistake).
func affiliation(d *dyad.Document, children [][]int, nmod int) bool {
	for _, c := range children[nmod] {
		if d.Tokens[c].Dep.String() == "case" {
			switch strings.ToLower(d.TokenText(c)) {
			case "of", "at", "from":
				return true
			}
			return false
		}
	}
	return false
}

// nameHead reports whether token i can head a name: a proper noun, or the
// last part of a hyphenated name whose first part is one ("Jong-gun",
// where the tagger may take "gun" for a common noun).
func nameHead(d *dyad.Document, i int) bool {
	if d.Tokens[i].UPOS == dyad.PROPN {
		return true
	}
	return i >= 2 && d.TokenText(i-1) == "-" && d.Tokens[i-2].UPOS == dyad.PROPN &&
		d.Tokens[i-2].End == d.Tokens[i-1].Start && d.Tokens[i-1].End == d.Tokens[i].Start
}

// rejoin repairs a name the parse split in two: when the proper noun
// right after span, attached elsewhere ("South | Korea" with "South" a
// conjunct and "Korea" a second subject), makes with the head one name the
// dictionary knows, span grows over it and it heads no mention of its own
// (joined).
func (f *Finder) rejoin(d *dyad.Document, span dyad.Span, head int, date time.Time, joined map[int]bool) dyad.Span {
	next := span.End
	if next != head+1 || next >= len(d.Tokens) || d.Tokens[next].UPOS != dyad.PROPN || d.Tokens[next].Head == head {
		return span
	}
	from, to := d.Tokens[head].Start, d.Tokens[next].End
	m, ok := f.Dict.Resolve(d.Text[from:to], date)
	if !ok || m.Start != 0 || m.End != to-from {
		return span
	}
	if alone, ok := f.Dict.Resolve(d.TokenText(head), date); ok && alone.Code == m.Code {
		return span // the head alone says as much
	}
	joined[next] = true
	span.End = next + 1
	return span
}

// extend grows span over the words after it when, with them, the phrase
// ends in one name the dictionary knows that holds the head: the parse
// cuts "the Department of Health and Human Services" at "and" and "the
// Centers for Disease Control and Prevention" at "for", but both are one
// name. Only connecting words and capitalized words are taken, up to
// maxExtension of them, and the words taken head no mention of their own
// (joined).
func (f *Finder) extend(d *dyad.Document, span dyad.Span, head int, date time.Time, joined map[int]bool) dyad.Span {
	end := span.End
	if end+1 >= len(d.Tokens) || !connector[strings.ToLower(d.TokenText(end))] {
		return span
	}
	from := d.Tokens[span.Start].Start
	best, tail := -1, -1
	for j := end; j < len(d.Tokens) && j < end+maxExtension && sameLine(d, j-1, j); j++ {
		w := d.TokenText(j)
		if connector[strings.ToLower(w)] {
			continue
		}
		if !upperInitial(w) {
			break
		}
		if tail < 0 {
			tail = j
		}
		text := d.Text[from:d.Tokens[j].End]
		m, ok := f.Dict.Resolve(text, date)
		if !ok || m.End != len(text) || from+m.Start > d.Tokens[head].Start {
			continue
		}
		// the words taken must not name another actor of their own: "for
		// European" in "Assistant Secretary of State for European and
		// Eurasian Affairs" is the office's topic
		if t, ok := f.Dict.Resolve(d.Text[d.Tokens[tail].Start:d.Tokens[j].End], date); ok && t.Code != m.Code {
			continue
		}
		best = j
	}
	if best < 0 {
		return span
	}
	for j := end; j <= best; j++ {
		joined[j] = true
	}
	span.End = best + 1
	return span
}

// maxExtension is how many words extend may add to a phrase.
const maxExtension = 8

// connector lists the words that join the parts of a multi-word name.
var connector = map[string]bool{"of": true, "for": true, "and": true, "on": true, "&": true, "the": true}

// upperInitial reports whether a word starts with a capital letter.
func upperInitial(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// properName returns the name around a proper-noun head: the run of
// proper nouns (and hyphens inside words) it stands in, less leading words
// the dictionary knows as titles ("Director Kim Yo-jong" gives "Kim
// Yo-jong").
func (f *Finder) properName(d *dyad.Document, head int) string {
	lo, hi := head, head
	for lo > 0 && nameWord(d, lo-1) && sameLine(d, lo-1, lo) {
		lo--
	}
	for hi+1 < len(d.Tokens) && nameWord(d, hi+1) && sameLine(d, hi, hi+1) {
		hi++
	}
	for lo < head && (f.isTitle(d.TokenText(lo)) || actor.Honorific(d.TokenText(lo))) {
		lo++
	}
	for hi > lo && d.Tokens[hi].UPOS == dyad.PUNCT {
		hi--
	}
	for lo < hi && d.Tokens[lo].UPOS == dyad.PUNCT {
		lo++
	}
	return d.Text[d.Tokens[lo].Start:d.Tokens[hi].End]
}

// sameLine reports whether no line break separates tokens i and j (i < j):
// a name does not run on from a heading ("Geneva Office" over "María L.
// Pagán" in a list of nominees).
func sameLine(d *dyad.Document, i, j int) bool {
	return !strings.Contains(d.Text[d.Tokens[i].End:d.Tokens[j].Start], "\n")
}

// isTitle reports whether a word alone resolves to a role, not a name.
func (f *Finder) isTitle(w string) bool {
	m, ok := f.Dict.Resolve(w, time.Time{})
	return ok && m.Person == "" && len(m.Code) == 3 && strings.ToUpper(m.Code) == m.Code && !isCountry(m.Code, w)
}

// isCountry guards isTitle against three-letter country codes.
func isCountry(code, w string) bool {
	return len(w) > 0 && w[0] >= 'A' && w[0] <= 'Z' && code != "GOV" && code != "MIL"
}

// nested reports whether m repeats, inside its span, a mention already
// found with the same actor and name ("Kim Yo-jong" within "Central
// Committee Vice Department Director Kim Yo-jong"). Earlier mentions that
// m contains and that only repeat it or give its title ("President" in
// "President Vladimir Putin") are marked in absorbed with m's index.
func (f *Finder) nested(d *dyad.Document, m dyad.Mention, name nameSpan, names []nameSpan, absorbed map[int]int) bool {
	// mentions come in the order of their heads, not of their ends: look
	// back over the whole sentence ("China’s" comes between "the People’s
	// Republic of China’s Ministry of Foreign Affairs", headed by
	// "Republic", and "Foreign Affairs")
	sentence := 0
	if k := sentenceAt(d, m.Head); k < len(d.Sentences) {
		sentence = d.Sentences[k].Start
	}
	for j := len(d.Mentions) - 1; j >= 0; j-- {
		p := d.Mentions[j]
		if p.End <= sentence {
			break
		}
		if p.End <= m.Start {
			continue
		}
		if _, gone := absorbed[j]; gone {
			continue
		}
		pInM := m.Start <= p.Start && p.End <= m.End
		mInP := p.Start <= m.Start && m.End <= p.End
		same := p.Actor == m.Actor && p.Name == m.Name
		if mInP && (same || titleOnly(m) || pieceOfName(d, m, p, names[j]) || titleWithName(m, p)) {
			return true
		}
		if pInM && (same || titleOnly(p) || pieceOfName(d, p, m, name) || titleWithName(p, m)) {
			absorbed[j] = len(d.Mentions)
		}
	}
	return false
}

// nameSpan is the byte range of the dictionary name a mention resolved
// through; -1 for none.
type nameSpan struct{ from, to int }

// pieceOfName reports whether inner, a mention inside outer, is a piece of
// the name outer resolved through that alone names another country or
// nothing: "Korea" and "People’s" in "the Democratic People’s Republic of
// Korea" are no mentions of their own. A piece that names the same country
// stays ("Egypt's" in "Egypt's foreign minister").
func pieceOfName(d *dyad.Document, inner, outer dyad.Mention, name nameSpan) bool {
	if name.from < 0 || outer.Actor == "" {
		return false
	}
	first := inner.Start
	for first+1 < inner.End && d.Tokens[first].UPOS == dyad.DET {
		first++ // "The People’s" of "The People’s Republic of China"
	}
	if d.Tokens[first].Start < name.from || d.Tokens[inner.End-1].End > name.to {
		return false
	}
	return len(inner.Actor) < 3 || len(outer.Actor) < 3 || inner.Actor[:3] != outer.Actor[:3]
}

// titleWithName reports whether inner, an uncoded mention inside outer,
// is a word of outer's title that the recogniser joined to the person's
// name: "State" in "Secretary of State Mike Pompeo", found as the name
// "State Mike Pompeo".
func titleWithName(inner, outer dyad.Mention) bool {
	return inner.Actor == "" && outer.Actor != "" && outer.Name != "" && !titleOnly(outer) &&
		inner.Name != outer.Name && strings.Contains(inner.Name, outer.Name)
}

// titleOnly reports whether a mention was resolved from a title or role
// word alone ("President", "officials"): its name is the role, in lower
// case.
func titleOnly(m dyad.Mention) bool { return m.Actor != "" && m.Name == strings.ToLower(m.Name) }

// drop removes absorbed mentions, pointing references to them at the
// mentions that absorbed them.
func drop(d *dyad.Document, absorbed map[int]int) {
	if len(absorbed) == 0 {
		return
	}
	target := func(j int) int {
		for {
			k, ok := absorbed[j]
			if !ok {
				return j
			}
			j = k
		}
	}
	index := make([]int, len(d.Mentions))
	n := 0
	for j := range d.Mentions {
		if _, gone := absorbed[j]; !gone {
			index[j] = n
			n++
		}
	}
	out := d.Mentions[:0]
	for j, m := range d.Mentions {
		if _, gone := absorbed[j]; gone {
			continue
		}
		if m.Antecedent >= 0 {
			m.Antecedent = index[target(m.Antecedent)]
			if m.Antecedent >= len(out) {
				m.Antecedent = -1
			}
		}
		out = append(out, m)
	}
	d.Mentions = out
}

// nameWord reports whether token i can continue a name: a proper noun, or
// a hyphen between two name parts written without spaces.
func nameWord(d *dyad.Document, i int) bool {
	t := d.Tokens[i]
	if nameHead(d, i) {
		return true
	}
	if d.TokenText(i) == "-" && i > 0 && i+1 < len(d.Tokens) {
		return d.Tokens[i-1].End == t.Start && t.End == d.Tokens[i+1].Start
	}
	return false
}

// Date returns the day a document's date (YYYY-MM-DD, perhaps followed by
// a time) names, or the zero time when it names none: actors resolve as of
// that day.
func Date(s string) time.Time {
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t
		}
	}
	return time.Time{}
}
