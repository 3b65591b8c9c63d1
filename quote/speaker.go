package quote

import (
	"sort"
	"strings"
	"unicode"

	"github.com/dyadproject/dyad"
)

// tri is a yes, no or unknown answer.
type tri int8

const (
	unknown tri = iota
	yes
	no
)

// entity is someone or something that can speak: a person, a body, a
// group, or a document that speaks for its author ("the statement said").
type entity struct {
	name, title, org, actor string
	mention                 int // the mention that names it, or -1
	start, end              int // bytes of that mention (or phrase), or -1
	head                    string
	person                  tri
	gender                  byte // 'f', 'm' or 0
	plural, body, doc       bool
	proper                  bool // named by a proper name
	names                   []nameRef
	author                  *entity // for documents: who issued it
	publisher               *entity // for documents: who published it
}

// nameRef is a mention that names an entity by its name.
type nameRef struct{ mention, start, end int }

// ref is one place where the text refers to an entity, outside quotations.
type ref struct {
	tok     int
	ent     *entity
	subject bool
}

// refs are the referring expressions of a document, in text order.
type refs struct {
	list      []ref
	byMention map[int]*entity // by the index of the first mention of a chain
	docs      map[int]*entity // by the token of a document noun
	at        map[int]*entity // by the head token of each name or description
}

// root follows a mention's antecedents to the first mention of its
// chain, as long as they resolve to the same actor ("Russia's Foreign
// Ministry" is no repetition of "Russia").
func (x *extractor) root(j int) int {
	for n := 0; n < 64; n++ {
		m := x.d.Mentions[j]
		a := m.Antecedent
		if a < 0 || a >= j {
			return j
		}
		if p := x.d.Mentions[a]; p.Actor != "" && m.Actor != "" && p.Actor != m.Actor {
			return j
		}
		j = a
	}
	return j
}

// mentionAt returns the mention headed by token i, else the smallest
// mention around it, or -1.
func (x *extractor) mentionAt(i int) int {
	best := -1
	for j, m := range x.d.Mentions {
		if m.Head == i {
			return j
		}
		if m.Start <= i && i < m.End && (best < 0 || m.Len() < x.d.Mentions[best].Len()) {
			best = j
		}
	}
	return best
}

// entityAt returns the entity that token i refers to, as buildRefs found
// it: through the mention around it, or the name it stands in.
func (r *refs) entityAt(x *extractor, i int) *entity {
	if i < 0 || i >= len(x.d.Tokens) {
		return nil
	}
	i = x.nameFor(i)
	if e := r.at[i]; e != nil {
		return e
	}
	if j := x.mentionAt(i); j >= 0 {
		if e := r.at[x.d.Mentions[j].Head]; e != nil {
			return e
		}
		return r.byMention[x.root(j)]
	}
	if x.properHead(i) {
		lo, hi := x.nameRun(i, i, i+1)
		for k := lo; k < hi; k++ {
			if e := r.at[k]; e != nil {
				return e
			}
		}
	}
	return nil
}

// nameFor returns the head of the name that a title word introduces
// ("spokeswoman Maria Zakharova", "Ms Jones", "the city's finance
// director, Ana Costa"), or i itself.
func (x *extractor) nameFor(i int) int {
	d := x.d
	w := x.lower(i)
	// "Valeska Paris, an Australian woman": the noun in apposition
	if h := x.head(i); h >= 0 && x.dep(i) == "appos" && x.properHead(h) && d.Tokens[i].UPOS == dyad.NOUN {
		return h
	}
	if x.properHead(i) && !titleWord(w) && !honorific(w) || !(titleWord(w) || honorific(w) || personNouns[w]) {
		return i
	}
	j := i + 1
	if j < len(d.Tokens) && d.TokenText(j) == "," {
		j++
	}
	if j < len(d.Tokens) && x.sent[j] == x.sent[i] && x.pieceOf[j] < 0 && x.properHead(j) {
		lo, hi := x.nameRun(j, j, j+1)
		if lo >= j-1 {
			// the last word of the name heads it
			return hi - 1
		}
	}
	return i
}

// buildRefs collects the entities of the document and where they are
// referred to, in text order, linking repeated names ("Ruiz" after
// "Councilman David Ruiz") and definite descriptions ("the ministry" after
// "Russia's Foreign Ministry") to what they repeat, and learns what the
// text says of their gender.
func (x *extractor) buildRefs() refs {
	d := x.d
	r := refs{byMention: map[int]*entity{}, docs: map[int]*entity{}, at: map[int]*entity{}}
	// names and descriptions: the mentions, and proper-noun subjects that
	// no mention covers
	type item struct{ tok, mention int }
	var items []item
	covered := make([]bool, len(d.Tokens))
	for j, m := range d.Mentions {
		if m.Head < 0 || m.Head >= len(d.Tokens) || timeWords[x.lower(m.Head)] {
			continue
		}
		items = append(items, item{m.Head, j})
		for i := m.Start; i < m.End && i < len(d.Tokens); i++ {
			covered[i] = true
		}
	}
	for i := range d.Tokens {
		if !covered[i] && x.properHead(i) && x.pieceOf[i] < 0 && x.isSubject(i) && !timeWords[x.lower(i)] {
			lo, hi := x.nameRun(i, i, i+1)
			for k := lo; k < hi; k++ {
				covered[k] = true
			}
			items = append(items, item{i, -1})
		}
	}
	sort.SliceStable(items, func(a, b int) bool { return items[a].tok < items[b].tok })
	for _, it := range items {
		var e *entity
		if it.mention >= 0 {
			j := it.mention
			m := d.Mentions[j]
			root := x.root(j)
			e = r.byMention[root]
			if h := x.head(m.Head); e == nil && h >= 0 && x.dep(m.Head) == "appos" && x.properHead(h) && r.at[h] != nil &&
				!x.properHead(m.Head) {
				// "Koo Kab-woo, a professor at ...": the appositive is the name's
				// (a name in apposition to a name is another one's when the
				// parse joins them: "nominee Joe Biden leading President
				// Donald Trump")
				e = r.at[h]
				r.byMention[root] = e
			}
			if e == nil {
				e = x.mentionEntity(root)
				if o := x.earlier(r.list, it.tok, e); o != nil {
					e = o
				}
				r.byMention[root] = e
			} else if !e.proper && x.pieceOf[m.Head] < 0 {
				// "the mayor ... Mayor Ellen Park": the name, once given, names it
				if ne := x.mentionEntity(j); ne.proper {
					e.name, e.start, e.end, e.mention, e.proper = ne.name, ne.start, ne.end, j, true
					if ne.title != "" {
						e.title = ne.title
					}
					if ne.org != "" {
						e.org = ne.org
					}
					if ne.person == yes {
						e.person = yes
					}
				}
			}
			if e.gender == 0 {
				e.gender = x.genderNear(m.Start, m.End)
			}
			if e.proper && x.pieceOf[m.Head] < 0 && x.properHead(x.nameFor(m.Head)) {
				e.names = append(e.names, nameRef{j, d.Tokens[x.trimLead(m.Start, m.End)].Start, d.Tokens[m.End-1].End})
			}
		} else {
			e = x.nameEntity(it.tok)
			if o := x.earlier(r.list, it.tok, e); o != nil {
				e = o
			}
		}
		r.at[it.tok] = e
		if x.pieceOf[it.tok] >= 0 || x.dep(it.tok) == "compound" {
			continue
		}
		r.list = append(r.list, ref{tok: it.tok, ent: e, subject: x.isSubject(it.tok)})
	}
	// documents: "a statement published by ... and credited to ...",
	// "the statement"
	for i, t := range d.Tokens {
		if t.UPOS != dyad.NOUN || !docNouns[strings.ToLower(t.Lemma)] || x.pieceOf[i] >= 0 {
			continue
		}
		var e *entity
		if x.definite(i) {
			// "the statement": the last one spoken of
			for k := len(r.list) - 1; k >= 0; k-- {
				if r.list[k].tok < i && r.list[k].ent.doc && r.list[k].ent.head == strings.ToLower(t.Lemma) {
					e = r.list[k].ent
					break
				}
			}
		}
		if e == nil {
			e = x.docEntity(i, &r)
		}
		r.docs[i] = e
		r.list = append(r.list, ref{tok: i, ent: e, subject: x.isSubject(i)})
		sort.SliceStable(r.list, func(a, b int) bool { return r.list[a].tok < r.list[b].tok })
	}
	x.genderFromPronouns(&r)
	return r
}

// earlier returns the entity that a new one repeats: for a one-word name,
// an earlier name that ends with it; for a definite description, the
// entity it describes (see antecedent).
func (x *extractor) earlier(list []ref, tok int, e *entity) *entity {
	if e.proper {
		if strings.ContainsAny(e.name, " ") {
			return nil
		}
		for k := len(list) - 1; k >= 0; k-- {
			o := list[k].ent
			if o != e && o.proper && o.person != no && strings.Contains(o.name, " ") && lastWord(o.name) == e.name {
				return o
			}
		}
		return nil
	}
	if e.mention >= 0 && x.definite(x.d.Mentions[e.mention].Head) {
		return x.antecedent(list, x.d.Mentions[e.mention].Head, e)
	}
	return nil
}

// titleBefore returns the code of a coded mention holding a title that
// ends right where m begins, when the parse has cut a name from its title
// ("Delaware Congresswoman Lisa | Blunt Rochester"); else "".
func (x *extractor) titleBefore(m dyad.Mention) string {
	if m.Start == 0 {
		return ""
	}
	j := x.mentionAt(m.Start - 1)
	if j < 0 {
		return ""
	}
	p := x.d.Mentions[j]
	if p.Actor == "" || p.End != m.Start || x.sent[p.Start] != x.sent[m.Start] {
		return ""
	}
	for k := p.Start; k < p.End; k++ {
		if titleWord(x.lower(k)) {
			return p.Actor
		}
	}
	return ""
}

// nameEntity builds the entity of a proper-noun subject that no mention
// covers.
func (x *extractor) nameEntity(h int) *entity {
	d := x.d
	lo, hi := x.nameRun(h, h, h+1)
	for k := hi - 1; k > lo; k-- {
		if titleWord(x.lower(k-1)) || honorific(x.lower(k-1)) {
			lo = k
			break
		}
	}
	e := &entity{mention: -1, proper: true, start: d.Tokens[lo].Start, end: d.Tokens[hi-1].End,
		name: d.Text[d.Tokens[lo].Start:d.Tokens[hi-1].End], head: strings.ToLower(d.Tokens[h].Lemma)}
	e.title, e.org = x.titleOrg(h, lo, hi)
	e.gender = x.genderNear(lo, hi)
	switch last := strings.ToLower(lastWord(e.name)); {
	case e.title != "" || e.gender != 0:
		e.person = yes
	case orgHeads[last] || isAcronym(e.name):
		e.person, e.body = no, true
	}
	return e
}

// isSubject reports whether token i is a clause's subject, or names one
// in apposition ("Director Kim Yo-jong").
func (x *extractor) isSubject(i int) bool {
	if strings.HasPrefix(x.dep(i), "nsubj") {
		return true
	}
	if h := x.head(i); h >= 0 && x.dep(i) == "appos" && strings.HasPrefix(x.dep(h), "nsubj") {
		return true
	}
	return false
}

// definite reports whether noun i has a definite or demonstrative
// determiner.
func (x *extractor) definite(i int) bool {
	for _, c := range x.kids[i] {
		if x.dep(c) == "det" {
			switch x.lower(c) {
			case "the", "this", "that", "these", "those":
				return true
			}
		}
	}
	return false
}

// mentionEntity builds the entity that mention j introduces.
func (x *extractor) mentionEntity(j int) *entity {
	d := x.d
	m := d.Mentions[j]
	h := m.Head
	e := &entity{mention: j, actor: m.Actor, start: d.Tokens[m.Start].Start, end: d.Tokens[m.End-1].End,
		head: strings.ToLower(d.Tokens[h].Lemma)}
	// the named-entity type is a first guess; what the text says of the
	// name (a title, "Mr.", "an Australian woman") overrides it
	switch m.Type {
	case dyad.PER:
		e.person = yes
	case dyad.ORG, dyad.LOC:
		e.person, e.body = no, true
	}
	// the name: the head's own, or one in apposition to a title ("the
	// city's finance director, Ana Costa")
	nh := -1
	if x.properHead(h) {
		nh = h
	} else {
		for _, c := range x.kids[h] {
			if x.dep(c) == "appos" && x.properHead(c) && c < m.End {
				nh = c
				break
			}
		}
	}
	w := x.lower(h)
	if nh >= 0 {
		if lo, hi := x.nameRun(nh, m.Start, m.End); hi-lo == 1 && (titleWord(x.lower(lo)) || orgHeads[x.lower(lo)]) {
			nh = -1 // "Mayor" in a headline: a role, not a name
		}
	}
	if nh < 0 {
		// a description: "a former high-ranking South Korean official in
		// the area of foreign affairs", "the ministry", "analysts"
		e.name = x.describe(m.Start, m.End)
		e.start = d.Tokens[x.trimLead(m.Start, m.End)].Start
		e.plural = d.Tokens[h].XPOS.String() == "NNS"
		switch {
		case personNouns[w] || personNouns[e.head]:
			if e.person == unknown {
				e.person = yes
			}
			if !e.plural {
				e.title = x.titleOfNoun(h, m.Start)
			}
			if strings.EqualFold(e.title, strings.TrimPrefix(strings.TrimPrefix(e.name, "a "), "the ")) && !strings.Contains(e.title, " ") {
				e.title = ""
			}
			e.org = x.affiliation(h)
			if e.org == "" {
				_, e.org = x.titleOrg(h, h, h+1)
			}
		case orgHeads[w] || orgHeads[e.head]:
			e.person, e.body = no, true
		case e.person == unknown:
			e.person = no
			e.body = m.Actor != ""
		}
		return e
	}
	e.proper = true
	e.start = d.Tokens[x.trimLead(m.Start, m.End)].Start
	lo, hi := x.nameRun(nh, m.Start, m.End)
	// title words before the name are no part of it ("Director Kim")
	for k := hi - 1; k > lo; k-- {
		if titleWord(x.lower(k-1)) || honorific(x.lower(k-1)) {
			lo = k
			break
		}
	}
	// "Governor of Washington Chris Gregoire": a place before a name of
	// its own is no part of it
	for hi-lo > 2 && x.placeWord(lo, nh) {
		lo++
	}
	e.name = d.Text[d.Tokens[lo].Start:d.Tokens[hi-1].End]
	if e.actor == "" {
		e.actor = x.titleBefore(m)
	}
	if nh != h {
		e.title = x.titleOfNoun(h, m.Start)
		e.org = x.affiliation(h)
	} else {
		e.title, e.org = x.titleOrg(nh, lo, hi)
	}
	last := strings.ToLower(lastWord(e.name))
	if x.personAppos(nh) || honorific(x.lower(max(lo-1, 0))) || nh != h && personNouns[w] ||
		e.title != "" && titleWord(strings.ToLower(lastWord(e.title))) {
		// "Valeska Paris, an Australian woman", "Shadow Home Secretary
		// Yvette Cooper": a person, whatever the name looks like
		e.person, e.body = yes, false
	}
	switch {
	case e.person != unknown:
	case e.title != "":
		e.person = yes
	case orgHeads[last] || isAcronym(e.name):
		e.person, e.body = no, true
	case len(m.Actor) == 3 && !roleCodes[m.Actor] && !x.extraWords(m, lo, hi):
		// the name alone resolves to a country: a place
		e.person, e.body = no, true
	}
	// "the Sams", "the Democrats": a family or a group
	e.plural = d.Tokens[nh].XPOS.String() == "NNPS" ||
		lo == hi-1 && strings.HasSuffix(e.name, "s") && lo > 0 && x.lower(lo-1) == "the" && e.person != yes && !e.body
	return e
}

// placeWord reports whether token i, before the name headed by nh, is a
// place of its own: a mention of a country or city.
func (x *extractor) placeWord(i, nh int) bool {
	for _, m := range x.d.Mentions {
		if m.Head == i && m.Head != nh && len(m.Actor) == 3 && !roleCodes[m.Actor] {
			return true
		}
	}
	return false
}

// personAppos reports whether a name has a noun for a person in
// apposition.
func (x *extractor) personAppos(nh int) bool {
	for _, c := range x.kids[nh] {
		if x.dep(c) == "appos" && x.d.Tokens[c].UPOS == dyad.NOUN && personNouns[strings.ToLower(x.d.Tokens[c].Lemma)] {
			return true
		}
	}
	return false
}

// extraWords reports whether mention m has words besides the name [lo,
// hi), its articles and punctuation.
func (x *extractor) extraWords(m dyad.Mention, lo, hi int) bool {
	for i := m.Start; i < m.End; i++ {
		if i >= lo && i < hi || x.d.Tokens[i].UPOS == dyad.DET || x.isPunct(i) || x.dep(i) == "case" {
			continue
		}
		return true
	}
	return false
}

// affiliation returns whom a title noun belongs to: its possessor ("the
// union's regional secretary") or its "for", "of", "at" or "from"
// complement ("a spokesman for the trust").
func (x *extractor) affiliation(n int) string {
	d := x.d
	for _, c := range x.kids[n] {
		if x.dep(c) == "nmod:poss" && d.Tokens[c].UPOS != dyad.PRON {
			lo, hi := x.span(c)
			return x.orgName(lo, hi)
		}
	}
	for _, c := range x.kids[n] {
		if c < n || !strings.HasPrefix(x.dep(c), "nmod") || x.sent[c] != x.sent[n] {
			continue
		}
		lo, hi := x.span(c)
		switch x.lower(lo) {
		case "for", "of", "at", "from":
			if o := x.orgIn(lo, hi); o != "" {
				return o
			}
			if d.Tokens[c].UPOS == dyad.NOUN || d.Tokens[c].UPOS == dyad.PROPN {
				return x.orgName(lo+1, hi)
			}
		}
	}
	return ""
}

// orgName returns the words of an organisation's phrase without its
// article and possessive ending; a country is given its name.
func (x *extractor) orgName(lo, hi int) string {
	d := x.d
	for hi > lo && (x.isPunct(hi-1) && x.lower(hi-1) != ")" || x.dep(hi-1) == "case") {
		hi--
	}
	for lo < hi && (d.Tokens[lo].UPOS == dyad.DET || d.Tokens[lo].UPOS == dyad.ADP) {
		lo++
	}
	if lo >= hi {
		return ""
	}
	if j := x.mentionAt(lo); j >= 0 {
		m := d.Mentions[j]
		if len(m.Actor) == 3 && m.Start >= lo && m.End <= hi && m.Name != "" {
			return m.Name
		}
	}
	return x.describe(lo, hi)
}

// docEntity builds the entity of a document noun ("a statement published
// by the Korean Central News Agency and credited to Kwon Jong-gun"), with
// its author: the possessor ("her own statement"), who it is credited to
// or issued by, the subject of "issued"/"released", or a modifier ("a
// ministry statement"); and its publisher ("published by").
func (x *extractor) docEntity(n int, r *refs) *entity {
	d := x.d
	e := &entity{doc: true, person: no, mention: -1, head: strings.ToLower(d.Tokens[n].Lemma),
		start: d.Tokens[n].Start, end: d.Tokens[n].End}
	lo, hi := n, n+1
	for _, c := range x.kids[n] {
		switch x.dep(c) {
		case "det", "amod", "compound", "nmod:poss":
			if c < lo {
				lo = c
			}
		}
	}
	e.name = x.describe(lo, hi)
	byTok := func(i int) *entity {
		if i < 0 || i >= len(d.Tokens) || x.pieceOf[i] >= 0 {
			return nil
		}
		if e := r.entityAt(x, i); e != nil {
			return e
		}
		if i = x.nameFor(i); x.properHead(i) {
			// a name no mention covers: "credited to Kwon Jong-gun"
			_, hi := x.nameRun(i, i, i+1)
			e := x.nameEntity(hi - 1)
			r.at[hi-1] = e
			return e
		}
		return nil
	}
	// possessor and modifiers
	for _, c := range x.kids[n] {
		switch x.dep(c) {
		case "nmod:poss":
			if d.Tokens[c].UPOS == dyad.PRON {
				e.author = x.possessor(c, r)
			} else {
				e.author = byTok(c)
			}
		case "compound":
			if e.publisher == nil {
				e.publisher = byTok(c)
			}
		}
	}
	// the verb that issued it: "Kim issued her own statement"
	if h := x.head(n); e.author == nil && h >= 0 && (x.dep(n) == "obj" || x.dep(n) == "obl") {
		switch verbLemma(d.TokenText(h), d.Tokens[h].Lemma) {
		case "issue", "release", "publish", "put", "send", "post", "make", "deliver", "give", "read", "sign", "write":
			if s := x.subjectOf(h); s >= 0 {
				e.author = byTok(x.npHead(s))
			}
		}
	}
	// "credited to X", "issued by X", "published by X", "from X"
	_, se := x.sentenceRange(n)
	for i := n + 1; i+1 < se && i < n+30; i++ {
		if x.pieceOf[i] >= 0 || x.cueOf[i] != nil {
			break
		}
		w, next := x.lower(i), x.lower(i+1)
		switch {
		case (w == "credited" || w == "attributed") && next == "to",
			(w == "issued" || w == "signed" || w == "written" || w == "authored" || w == "released" || w == "sent" || w == "made") && next == "by":
			// a person who signed it speaks before the body that issued it
			if a := byTok(x.npHead(i + 2)); a != nil && (e.author == nil || (!e.author.proper || e.author.person == no) && a.proper) {
				e.author = a
			}
		case (w == "published" || w == "carried" || w == "distributed" || w == "broadcast" || w == "run") && next == "by",
			w == "from" && i == n+1:
			k := i + 2
			if w == "from" {
				k = i + 1
			}
			if a := byTok(x.npHead(k)); a != nil && e.publisher == nil {
				e.publisher = a
			}
		}
	}
	return e
}

// possessor resolves a possessive pronoun ("her own statement") to the
// subject of its sentence, and learns the subject's gender from it.
func (x *extractor) possessor(p int, r *refs) *entity {
	ss, _ := x.sentenceRange(p)
	for k := len(r.list) - 1; k >= 0; k-- {
		rf := r.list[k]
		if rf.tok >= p {
			continue
		}
		if rf.tok < ss {
			break
		}
		if rf.subject && rf.ent.person != no {
			if g := pronounGender(x.lower(p)); g != 0 && rf.ent.gender == 0 {
				rf.ent.gender = g
			}
			return rf.ent
		}
	}
	return nil
}

// genderFromPronouns learns gender from pronouns that refer back to the
// subject of their sentence: "Kim Yo-jong issued her own statement".
func (x *extractor) genderFromPronouns(r *refs) {
	d := x.d
	for i := range d.Tokens {
		g := pronounGender(x.lower(i))
		if g == 0 || d.Tokens[i].UPOS != dyad.PRON || x.pieceOf[i] >= 0 {
			continue
		}
		if h := x.head(i); h >= 0 && x.cueOf[h] != nil && x.isSubject(i) {
			continue // a speaker, resolved with its quotation
		}
		ss, _ := x.sentenceRange(i)
		var subj *entity
		persons := 0
		for _, rf := range r.list {
			if rf.tok >= i {
				break
			}
			if rf.tok < ss || rf.ent.person == no {
				continue
			}
			persons++
			if rf.subject {
				subj = rf.ent
			}
		}
		if subj != nil && subj.gender == 0 && persons <= 2 {
			subj.gender = g
		}
	}
}

func pronounGender(w string) byte {
	switch w {
	case "she", "her", "hers", "herself":
		return 'f'
	case "he", "him", "his", "himself":
		return 'm'
	}
	return 0
}

// genderNear reads gender from the words of a phrase and the word before
// it: "Mr.", "spokeswoman".
func (x *extractor) genderNear(lo, hi int) byte {
	for i := max(lo-1, 0); i < hi && i < len(x.d.Tokens); i++ {
		w := strings.TrimSuffix(x.lower(i), ".")
		if femaleWords[w] && w != "her" {
			return 'f'
		}
		if maleWords[w] && w != "his" {
			return 'm'
		}
	}
	return 0
}

// properHead reports whether token i can head a name.
func (x *extractor) properHead(i int) bool {
	d := x.d
	if d.Tokens[i].UPOS == dyad.PROPN {
		return true
	}
	return i >= 2 && d.TokenText(i-1) == "-" && d.Tokens[i-2].UPOS == dyad.PROPN &&
		d.Tokens[i-2].End == d.Tokens[i-1].Start && d.Tokens[i-1].End == d.Tokens[i].Start
}

// nameRun returns the run of name words around proper noun h: proper
// nouns, hyphens and initials inside words, and the capitalised words and
// "of" that join them within the mention [mlo, mhi) ("European
// Commission", "University of North Korean Studies").
func (x *extractor) nameRun(h, mlo, mhi int) (int, int) {
	d := x.d
	word := func(i int) bool {
		if i < 0 || i >= len(d.Tokens) || x.sent[i] != x.sent[h] || x.pieceOf[i] != x.pieceOf[h] {
			return false
		}
		if x.properHead(i) {
			return true
		}
		t := d.TokenText(i)
		if (t == "-" || t == ".") && i > 0 && i+1 < len(d.Tokens) {
			return d.Tokens[i-1].End == d.Tokens[i].Start && d.Tokens[i].End == d.Tokens[i+1].Start
		}
		return false
	}
	capital := func(i int) bool {
		return i >= mlo && i < mhi && i != x.d.Sentences[x.sent[i]].Start &&
			(d.Tokens[i].UPOS == dyad.ADJ || d.Tokens[i].UPOS == dyad.NOUN) && unicode.IsUpper(firstRune(d.TokenText(i)))
	}
	lo, hi := h, h+1
	for word(lo-1) || capital(lo-1) {
		lo--
	}
	for word(hi) {
		hi++
	}
	// "of" between capitalised words of a body's name
	for hi+1 < mhi && (x.lower(hi) == "of" || x.lower(hi) == "for") && (word(hi+1) || capital(hi+1)) &&
		orgHeads[x.lower(hi-1)] {
		hi += 2
		for word(hi) || capital(hi) {
			hi++
		}
	}
	for hi-1 > lo && x.isPunct(hi-1) {
		hi--
	}
	for lo < hi-1 && x.isPunct(lo) {
		lo++
	}
	return lo, hi
}

// titleWord reports whether w names a role a person holds.
func titleWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return (personNouns[w] || extraTitles[w]) && !generic[w]
}

// generic lists person nouns that are no title.
var generic = set(`man men woman women person people boy girl child children mother father son daughter wife
husband brother sister friend friends neighbor neighbours neighbour neighbors resident residents citizen
citizens victim victims survivor survivors parent parents fan fans user users customer customers source
sources witness witnesses member members voter voters worker workers student students`)

var extraTitles = set(`councilman councilwoman councilmember alderman alderwoman assemblyman
assemblywoman congressman congresswoman administrator vice deputy secretary-general undersecretary sen rep gov gen lt col maj
capt cmdr adm sgt dr prof pres supt insp det`)

func honorific(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lord", "lady", "madam":
		return true
	}
	return false
}

func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

func lastWord(s string) string {
	if i := strings.LastIndexAny(s, " -"); i >= 0 {
		return s[i+1:]
	}
	return s
}

// describe returns the words of tokens [lo, hi) as a description, a
// sentence-initial article put in lower case.
func (x *extractor) describe(lo, hi int) string {
	d := x.d
	lo = x.trimLead(lo, hi)
	for hi > lo+1 && x.isPunct(hi-1) && !(x.lower(hi-1) == ")" && strings.Contains(d.Text[d.Tokens[lo].Start:d.Tokens[hi-1].Start], "(")) {
		hi--
	}
	s := d.Text[d.Tokens[lo].Start:d.Tokens[hi-1].End]
	switch w := x.lower(lo); w {
	case "a", "an", "the":
		// "The professor" is "the professor"; "THE PRESIDENT" is "the
		// PRESIDENT", not "tHE PRESIDENT"
		s = w + s[len(w):]
	}
	return s
}

// trimLead skips the words before a phrase proper: "according to",
// prepositions.
func (x *extractor) trimLead(lo, hi int) int {
	for lo < hi-1 && (x.lower(lo) == "according" || x.lower(lo) == "to" || x.d.Tokens[lo].UPOS == dyad.ADP || x.isPunct(lo)) {
		lo++
	}
	return lo
}

// titleOfNoun returns the role words of a common-noun description: its
// modifiers and head without the article ("former high-ranking South
// Korean official").
func (x *extractor) titleOfNoun(h, lo int) string {
	d := x.d
	for _, c := range x.kids[h] {
		if x.dep(c) == "nmod:poss" && c < h {
			_, phi := x.span(c)
			lo = max(lo, phi)
		}
	}
	for lo < h && (d.Tokens[lo].UPOS == dyad.DET || d.Tokens[lo].UPOS == dyad.NUM || x.isPunct(lo) || x.dep(lo) == "case") {
		lo++
	}
	return d.Text[d.Tokens[lo].Start:d.Tokens[h].End]
}

// titleOrg finds what the text says of the person named by tokens [lo,
// hi) with head h: a title and organisation in apposition ("Kwon
// Jong-gun, director general of the North Korean Foreign Ministry’s
// department"; "Koo Kab-woo, a professor at the University of North
// Korean Studies"), before the name ("Workers’ Party of Korea (WPK)
// Central Committee Vice Department Director Kim Yo-jong", "NASA
// Administrator Charles Bolden") or after it ("Anna Kowalski of the
// Institute for Economic Policy").
func (x *extractor) titleOrg(h, lo, hi int) (title, org string) {
	d := x.d
	// apposition after the name
	for _, a := range x.kids[h] {
		if x.dep(a) != "appos" || a < hi || x.pieceOf[a] >= 0 || x.sent[a] != x.sent[h] {
			continue
		}
		if d.Tokens[a].UPOS != dyad.NOUN && !titleWord(x.lower(a)) {
			continue
		}
		alo, ahi := x.span(a)
		title = x.titleOfNoun(a, max(alo, hi))
		// "director general": a noun right after the head word
		if a+1 < ahi && d.Tokens[a+1].UPOS == dyad.NOUN && titleWord(x.lower(a+1)) && x.head(a+1) == a {
			title += " " + d.TokenText(a+1)
		}
		org = x.orgIn(a+1, ahi)
		if org == "" {
			org = x.affiliation(a)
		}
		return
	}
	// the noun this name is in apposition to: "Director Kim Yo-jong" parsed
	// as director <- appos Kim
	if x.dep(h) == "appos" || x.dep(h) == "flat" || x.dep(h) == "compound" {
		if p := x.head(h); p >= 0 && p < lo && titleWord(x.lower(p)) {
			lo = p + 1
		}
	}
	// "the city's finance director, Ana Costa": a title before a comma
	if lo >= 2 && d.TokenText(lo-1) == "," && x.sent[lo-2] == x.sent[lo] && d.Tokens[lo-2].UPOS == dyad.NOUN && titleWord(x.lower(lo-2)) {
		p := lo - 2
		ps, _ := x.span(p)
		return x.titleOfNoun(p, max(ps, x.d.Sentences[x.sent[p]].Start)), x.affiliation(p)
	}
	// words before the name: title words, organisation names
	a := lo
	for a > 0 && x.sent[a-1] == x.sent[lo] && x.pieceOf[a-1] < 0 && x.preNominal(a-1) {
		a--
	}
	for a < lo && (x.lower(a) == "of" || x.lower(a) == "(" || x.lower(a) == ")" || x.isPunct(a) && x.lower(a) != "(") {
		a++
	}
	if a < lo {
		// the leftmost organisation mention is the organisation, the rest
		// the title
		t0 := a
		for j, m := range d.Mentions {
			if m.Start >= a && m.End <= lo && m.Start == a && !titleWord(x.lower(m.Head)) {
				o := x.d.Mentions[j]
				org = x.orgName(o.Start, o.End)
				t0 = m.End
				break
			}
		}
		if t0 == a && isAcronym(d.TokenText(a)) && a+1 < lo {
			org = d.TokenText(a)
			t0 = a + 1
		}
		for t0 < lo && (x.isPunct(t0) || x.lower(t0) == "’s" || x.lower(t0) == "'s") {
			t0++
		}
		// the title runs from the first title word on
		hasTitle := false
		for i := t0; i < lo; i++ {
			if titleWord(x.lower(i)) {
				hasTitle = true
			}
		}
		if t0 < lo && hasTitle {
			end := lo
			for end > t0 && honorific(x.lower(end-1)) {
				end--
			}
			if end > t0 {
				title = d.Text[d.Tokens[t0].Start:d.Tokens[end-1].End]
			}
		}
	}
	// "Anna Kowalski of the Institute for Economic Policy"
	if org == "" {
		for _, c := range x.kids[h] {
			if c < hi || x.sent[c] != x.sent[h] || !strings.HasPrefix(x.dep(c), "nmod") {
				continue
			}
			clo, chi := x.span(c)
			if clo > 0 {
				switch x.lower(clo) {
				case "of", "at", "for", "from", "with":
					org = x.orgIn(clo, chi)
				}
			}
			if org != "" {
				break
			}
		}
	}
	return title, org
}

// preNominal reports whether token i can stand in the words before a name
// that give a title or an organisation.
func (x *extractor) preNominal(i int) bool {
	d := x.d
	t := d.Tokens[i]
	w := x.lower(i)
	switch {
	case t.UPOS == dyad.PROPN, titleWord(w):
		return true
	case w == "of" || w == "for" || w == "(" || w == ")" || w == "’s" || w == "'s" || w == "’" || w == "-" || w == "&":
		return true
	case (t.UPOS == dyad.ADJ || t.UPOS == dyad.NOUN) && unicode.IsUpper(firstRune(d.TokenText(i))):
		return true
	}
	return false
}

// orgIn returns the first organisation name among tokens [lo, hi): a run
// of capitalised words ending in an organisation word ("University of
// North Korean Studies", "North Korean Foreign Ministry") or an acronym
// that is no country.
func (x *extractor) orgIn(lo, hi int) string {
	d := x.d
	capital := func(i int) bool {
		r := firstRune(d.TokenText(i))
		return unicode.IsUpper(r) && (d.Tokens[i].UPOS == dyad.PROPN || d.Tokens[i].UPOS == dyad.ADJ || d.Tokens[i].UPOS == dyad.NOUN)
	}
	for i := lo; i < hi && i < len(d.Tokens); i++ {
		if !capital(i) {
			continue
		}
		j := i + 1
		for j < hi {
			if capital(j) {
				j++
				continue
			}
			w := x.lower(j)
			if (w == "of" || w == "for" || w == "and" || w == "&" || w == "on" || w == "-") && j+1 < hi && capital(j+1) {
				j += 2
				continue
			}
			break
		}
		name := d.Text[d.Tokens[i].Start:d.Tokens[j-1].End]
		last := strings.ToLower(lastWord(name))
		if orgHeads[last] && !timeWords[last] {
			return name
		}
		if isAcronym(name) && j == i+1 {
			if m := x.mentionAt(i); m >= 0 && len(d.Mentions[m].Actor) == 3 {
				i = j - 1
				continue
			}
			return name
		}
		i = j - 1
	}
	return ""
}
