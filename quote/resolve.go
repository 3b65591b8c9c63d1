package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
)

// resolve gives every candidate its speaker, in text order, so that a
// pronoun can refer to the speaker of the quotation before it, and fills
// in the quotations.
func (x *extractor) resolve(cands []*candidate) []*candidate {
	var prev *candidate // the last quotation with a speaker
	for _, c := range cands {
		if c.inherit {
			continue
		}
		if c.spk >= 0 {
			c.ent = x.speakerEntity(c.spk, prev)
		}
		if c.ent != nil {
			prev = c
		}
	}
	// quotations without a cue: the second part of an interrupted one, a
	// speaker's turn that goes on in the next paragraph
	for k, c := range cands {
		if !c.inherit {
			continue
		}
		p := c.piece
		// only a clause, or words that open their sentence, can go on
		// with someone's words; a short phrase in quotation marks in the
		// middle of a sentence is a scare quote or a title
		speech := x.clausal(p) || x.opensSentence(p)
		var from *candidate
		for j := k - 1; j >= 0 && speech; j-- {
			o := cands[j]
			if o.piece == nil || o.inherit && o.ent == nil {
				continue
			}
			if x.para[o.piece.ts] == p.para {
				from = o // the same paragraph
			} else if x.startsParagraph(p) && x.para[o.piece.ts] >= p.para-1 && o.ent != nil {
				from = &candidate{ent: o.ent} // the speaker's turn goes on
			}
			break
		}
		if from == nil && speech {
			// a quotation before its attribution in the same paragraph
			for j := k + 1; j < len(cands); j++ {
				o := cands[j]
				if o.piece == nil || x.para[o.piece.ts] != p.para {
					break
				}
				if !o.inherit && o.cue != nil {
					from = o
					break
				}
			}
		}
		switch {
		case from != nil && from.cue != nil:
			c.cue, c.ent = from.cue, from.ent
		case from != nil:
			c.ent = from.ent
		case !x.clausal(p) || x.titleCase(p):
			// a scare quote or a title: no quotation
			c.kind = ""
		}
	}
	for _, c := range cands {
		if c.kind == "" {
			continue
		}
		c.q = x.fill(c)
	}
	out := cands[:0]
	for _, c := range cands {
		if c.kind != "" {
			out = append(out, c)
		}
	}
	return out
}

// opensSentence reports whether a quotation opens its sentence.
func (x *extractor) opensSentence(p *piece) bool {
	ss, _ := x.sentenceRange(p.open)
	return ss == p.open || p.open > 0 && x.pieceOf[p.open-1] >= 0
}

// startsParagraph reports whether a quotation opens its paragraph.
func (x *extractor) startsParagraph(p *piece) bool {
	if p.Reopens {
		return true
	}
	return p.open == 0 || x.para[p.open-1] != x.para[p.open]
}

// fill builds the quotation of a candidate.
func (x *extractor) fill(c *candidate) Quote {
	d := x.d
	q := Quote{Start: c.start, End: c.end, Text: d.Text[c.start:c.end], Kind: c.kind, CueStart: -1, CueEnd: -1,
		SpeakerStart: -1, SpeakerEnd: -1, SpeakerMention: -1}
	if c.cue != nil {
		q.CueStart, q.CueEnd = x.cueRange(c.cue)
		q.Cue = d.Text[q.CueStart:q.CueEnd]
	}
	if e := c.ent; e != nil {
		if e.doc && e.author != nil {
			e = e.author
		} else if e.doc && e.publisher != nil && e.publisher.person != no {
			e = e.publisher
		}
		q.Speaker, q.SpeakerTitle, q.SpeakerOrg, q.SpeakerActor = e.name, e.title, e.org, e.actor
		if e.doc && e.publisher != nil && q.SpeakerActor == "" {
			q.SpeakerActor = e.publisher.actor
			q.SpeakerOrg = e.publisher.name
		}
		q.SpeakerStart, q.SpeakerEnd, q.SpeakerMention = e.start, e.end, e.mention
		// the name nearest before the quotation (or its cue) names it best
		before := c.start
		if c.cue != nil {
			before = max(before, x.d.Tokens[c.cue.end-1].End)
		}
		for _, n := range e.names {
			if n.start < before {
				q.SpeakerStart, q.SpeakerEnd, q.SpeakerMention = n.start, n.end, n.mention
			}
		}
		// a name in the attribution itself ("said Bolden") names it there
		if c.spk >= 0 {
			at := x.d.Tokens[x.nameFor(c.spk)].Start
			for _, n := range e.names {
				if n.start <= at && at < n.end {
					q.SpeakerStart, q.SpeakerEnd, q.SpeakerMention = n.start, n.end, n.mention
				}
			}
		}
	}
	seen := map[string]bool{}
	for _, m := range d.Mentions {
		t := d.Tokens[m.Head]
		if t.Start >= c.start && t.End <= c.end && m.Actor != "" && !seen[m.Actor] {
			seen[m.Actor] = true
			q.About = append(q.About, m.Actor)
		}
	}
	return q
}

// speakerEntity resolves the word that names a speaker to the entity it
// refers to: a pronoun to the speaker or person spoken of before it, a
// repeated name or a definite description ("the professor", "the
// statement") to the one introduced earlier, a title to the name in
// apposition to it.
func (x *extractor) speakerEntity(tok int, prev *candidate) *entity {
	d := x.d
	w := x.lower(tok)
	if d.Tokens[tok].UPOS == dyad.PRON || isPronoun(w) {
		switch w {
		case "i", "we":
			// in a transcript, the speaker whose label opens the turn
			// ("MS. PSAKI: ... I would say that ...")
			if e := x.turnSpeaker(tok); e != nil {
				return e
			}
		case "he", "she", "they", "it":
			e := x.resolvePronoun(w, tok, prev)
			if e != nil {
				if g := pronounGender(w); g != 0 && e.gender == 0 {
					e.gender = g
				}
				return e
			}
		}
		t := d.Tokens[tok]
		return &entity{name: d.Text[t.Start:t.End], mention: -1, start: t.Start, end: t.End, person: yes}
	}
	if e := x.refs.docs[tok]; e != nil {
		return e
	}
	if e := x.refs.entityAt(x, tok); e != nil {
		return e
	}
	tok = x.nameFor(tok)
	w = x.lower(tok)
	// a noun no mention covers: "the professor", "a source"
	lo, hi := x.span(tok)
	lo = max(lo, x.d.Sentences[x.sent[tok]].Start)
	if hi > tok+1 && hi-tok > 12 {
		hi = tok + 1
	}
	lo = x.trimLead(lo, hi)
	e := &entity{mention: -1, start: d.Tokens[lo].Start, end: d.Tokens[hi-1].End, head: strings.ToLower(d.Tokens[tok].Lemma),
		name: x.describe(lo, hi)}
	if personNouns[w] || personNouns[e.head] {
		e.person = yes
		e.title = x.titleOfNoun(tok, lo)
	} else {
		e.person = no
	}
	e.plural = d.Tokens[tok].XPOS.String() == "NNS"
	if x.definite(tok) {
		if o := x.antecedent(x.refs.list, tok, e); o != nil {
			return o
		}
	}
	return e
}

// turnSpeaker returns the speaker of the transcript turn that holds token
// tok: the name that labels the nearest paragraph before it opening with
// "NAME:" (a label with no verb). A label that names nobody ("Q:") is a
// turn of someone unnamed; no label at all, no transcript: nil.
func (x *extractor) turnSpeaker(tok int) *entity {
	for i := tok; i >= 0 && tok-i < 5000; i-- {
		if i > 0 && x.para[i-1] == x.para[i] {
			continue
		}
		// a paragraph opens at i: "Q" opens a reporter's turn (with or
		// without a colon); a label ends at a colon within 8 words
		if x.d.TokenText(i) == "Q" {
			return nil
		}
		for j := i; j < len(x.d.Tokens) && j < i+9 && x.para[j] == x.para[i]; j++ {
			if x.d.TokenText(j) != ":" {
				if x.d.Tokens[j].UPOS == dyad.VERB || x.d.Tokens[j].UPOS == dyad.AUX || x.pieceOf[j] >= 0 {
					break
				}
				continue
			}
			if j == i {
				break
			}
			if r, _ := utf8.DecodeRuneInString(x.d.TokenText(i)); !unicode.IsUpper(r) || !x.labelWords(i, j) {
				break
			}
			if x.titleLabel(i, j) {
				// "THE PRESIDENT:", "THE VICE PRESIDENT:": a title the
				// text around does not name; the document's title may
				// (mention.Voices)
				return nil
			}
			if h := x.headingSpeaker(i, j); h >= 0 {
				if m := x.mentionAt(h); m >= 0 && x.d.Mentions[m].Type == dyad.PER || x.allCapsRun(i, j) {
					return x.refs.entityAt(x, h)
				}
			}
			if !x.allCapsRun(i, j) {
				break
			}
			// "MS. PSAKI:": a surname the text has named in full; a title
			// ("THE PRESIDENT:") is no surname
			last := x.d.TokenText(j - 1)
			if titleWord(strings.ToLower(last)) {
				return nil
			}
			for k := len(x.refs.list) - 1; k >= 0; k-- {
				if e := x.refs.list[k].ent; e.proper && e.person != no && strings.Contains(e.name, " ") &&
					strings.EqualFold(lastWord(e.name), last) {
					return e
				}
			}
			return nil // "Q:": someone unnamed speaks
		}
	}
	return nil
}

// titleLabel reports whether the label [i, j) is a title alone: "THE
// PRESIDENT", "THE VICE PRESIDENT", "SENIOR ADMINISTRATION OFFICIAL".
func (x *extractor) titleLabel(i, j int) bool {
	title := false
	for k := i; k < j; k++ {
		w := x.lower(k)
		switch {
		case titleWord(w):
			title = true
		case !titleModifiers[w]:
			return false
		}
	}
	return title
}

// titleModifiers are the words that may stand in a title label beside the
// title itself.
var titleModifiers = set(`the vice deputy first acting prime press senior chief lady general administration
principal assistant special`)

// labelWords reports whether tokens [i, j) are words and full stops
// only, as a speaker's label is ("MS. PSAKI", "Frido Welker").
func (x *extractor) labelWords(i, j int) bool {
	for k := i; k < j; k++ {
		for _, r := range x.d.TokenText(k) {
			if !unicode.IsLetter(r) && r != '.' && r != '-' && r != '\'' && r != '’' {
				return false
			}
		}
	}
	return true
}

// allCapsRun reports whether the words [i, j) are in capitals
// ("THE PRESIDENT", "MS. PSAKI", "Q").
func (x *extractor) allCapsRun(i, j int) bool {
	for k := i; k < j; k++ {
		w := x.d.TokenText(k)
		if strings.ToUpper(w) != w {
			return false
		}
	}
	return true
}

func isPronoun(w string) bool {
	switch w {
	case "he", "she", "they", "it", "i", "we", "you":
		return true
	}
	return false
}

// antecedent finds the entity a definite description refers back to: the
// last one before token tok with the same head word, or whose title or
// name ends in it ("the professor" after "Koo Kab-woo, a professor";
// "the ministry" after "the Foreign Ministry").
func (x *extractor) antecedent(list []ref, tok int, self *entity) *entity {
	h := strings.ToLower(x.d.Tokens[tok].Lemma)
	w := x.lower(tok)
	for k := len(list) - 1; k >= 0; k-- {
		r := list[k]
		if r.tok >= tok || r.ent == self || r.ent.doc {
			continue
		}
		e := r.ent
		if otherCountry(self.actor, e.actor) {
			continue // "the Chinese President" is not an earlier "Mr. President"
		}
		if e.head == h && e.mention != self.mention ||
			strings.HasSuffix(strings.ToLower(e.title), w) || strings.HasSuffix(strings.ToLower(e.title), h) ||
			e.title != "" && strings.Contains(strings.ToLower(e.title), w+" ") ||
			strings.ToLower(lastWord(e.name)) == w && e.name != self.name && x.properName(e) {
			return e
		}
	}
	return nil
}

// otherCountry reports whether a description coded with a country and a
// sector (CHNGOV) names someone other than an entity coded with another
// country or with none.
func otherCountry(self, earlier string) bool {
	c := actor.CountryOf(self)
	return len(self) >= 6 && c != "" && actor.CountryOf(earlier) != c
}

// nearRank ranks the people spoken of earlier in a pronoun's sentence:
// subjects, then names, then descriptions.
func nearRank(r ref, e *entity) int {
	switch {
	case r.subject:
		return 2
	case e.proper:
		return 1
	}
	return 0
}

// properName reports whether an entity is named by a proper name.
func (x *extractor) properName(e *entity) bool {
	return e.mention >= 0 && x.properHead(x.d.Mentions[e.mention].Head)
}

// resolvePronoun finds who "he", "she", "they" or "it" refers to as a
// speaker: the speaker of the last quotation, unless a compatible subject
// has been introduced since; else the last compatible subject; else the
// last compatible mention, within the last few paragraphs. Mentions inside
// quotations are never antecedents.
func (x *extractor) resolvePronoun(w string, tok int, prev *candidate) *entity {
	// someone the text has called "she" before anyone it has not
	if g := pronounGender(w); g != 0 {
		if e := x.resolveGendered(w, tok, prev, true); e != nil {
			return e
		}
	}
	return x.resolveGendered(w, tok, prev, false)
}

// resolveGendered resolves a pronoun; with strict set, "he" and "she"
// only to people whose gender the text has given.
func (x *extractor) resolveGendered(w string, tok int, prev *candidate, strict bool) *entity {
	g := pronounGender(w)
	fits := func(e *entity, asPrev bool) bool {
		switch w {
		case "he", "she":
			return e.person != no && !e.plural && !e.doc && (e.gender == g || !strict && e.gender == 0)
		case "they":
			return e.plural || e.body && !e.doc || asPrev && e.person != no && e.gender == 0 || e.doc && asPrev
		case "it":
			return (e.body || e.doc) && !e.plural
		}
		return false
	}
	para := x.para[tok]
	if prev != nil && x.para[x.tokenAt(prev.start)] < para-2 {
		prev = nil
	}
	var prevEnt *entity
	after := -1
	if prev != nil && prev.ent != nil {
		prevEnt = prev.ent
		if prevEnt.doc && prevEnt.author != nil && (w == "he" || w == "she") {
			prevEnt = prevEnt.author
		}
		after = x.tokenAt(prev.end)
	}
	var subj, any, near *entity
	var nearRef ref
	sent := x.sent[tok]
	for k := len(x.refs.list) - 1; k >= 0; k-- {
		r := x.refs.list[k]
		if r.tok >= tok {
			continue
		}
		if x.para[r.tok] < para-3 {
			break
		}
		e := r.ent
		if e.doc && e.author != nil && (w == "he" || w == "she") {
			e = e.author
		}
		if !fits(e, false) {
			continue
		}
		// someone spoken of earlier in the same sentence ("his sister
		// pleaded with him, but he replied")
		if x.sent[r.tok] == sent && (near == nil || nearRank(r, e) > nearRank(nearRef, near)) {
			near, nearRef = e, r
		}
		if prevEnt != nil && r.tok < after {
			break
		}
		if any == nil {
			any = e
		}
		if r.subject && subj == nil {
			subj = e
		}
	}
	if near != nil {
		return near
	}
	if prevEnt != nil && fits(prevEnt, true) {
		if subj != nil && subj != prevEnt {
			return subj
		}
		return prevEnt
	}
	if subj != nil {
		return subj
	}
	if any != nil {
		return any
	}
	if prevEnt != nil {
		// search again before the last quotation
		return x.resolveGendered(w, tok, nil, strict)
	}
	return nil
}
