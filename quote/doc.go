// Package quote finds the quotations of a news article: what was said
// (direct quotations between quotation marks, reported speech, and
// reported speech with a quoted fragment), the words that report it ("said",
// "went on to say", "according to"), and who said it, resolved through
// pronouns, repeated names and descriptions to the name the article gives
// ("Kim Yo-jong" for "she"; "Kwon Jong-gun" for "the statement said" when
// the statement was credited to him), with the title, organisation and
// CAMEO actor code the text gives the speaker.
//
// Extract works on a document that the language layer has tokenized,
// tagged and parsed (nlp) and whose mentions have been found (mention). It
// reads the document and returns []Quote; it changes nothing. Scan, the
// quotation-mark scanner underneath, works on raw text.
//
// # How it works
//
//  1. Scan pairs quotation marks of every common style (“…” "…" ‘…’ '…'
//     «…» »…« „…“ ‚…‘ ‹…›), nested ones with their depth; tells an
//     apostrophe from a closing single mark by the letter after it; and
//     ends a quotation left open at a paragraph end there, marking it
//     Continued when the next paragraph opens a quotation again.
//  2. A cue is a reporting verb from a closed list (say, add, claim, insist,
//     explain, suggest, warn, tell, write, ...; "point out", "go on to
//     say"), "according to X", "in the words of X"; verbs of belief (think,
//     believe) count only with a clause, verbs of finding (find, show) only
//     for studies and reports, naming verbs (call, describe) only for the
//     quoted words right after them. Cues inside quotations belong to the
//     quoted speaker and are skipped.
//  3. A top-level quotation takes the cue right after it (“...,” the
//     statement said; “...?” Smith asked.), when only the cue's subject
//     stands between, or the cue before it in its sentence (Kim also said,
//     “...”; told reporters: “...”). When words of a reported clause stand
//     between the cue and the quotation (suggested that North Korea “may
//     ...”), the quotation is a fragment of a mixed one.
//  4. Reported speech is the clausal complement of a cue ("Analysts
//     suggest that ..."), a clause before a final attribution ("..., their
//     union said on Monday."), or the rest of the sentence of "according to
//     X". A quotation inside it makes it mixed, unless it is a short phrase
//     in mid-clause, which is a scare quote ("an “equidistant diplomacy”
//     strategy").
//  5. A quotation without a cue takes the speaker (and cue) of the one
//     before it in its paragraph (“...,” she said. “...”), or, opening a
//     paragraph, of the last quotation in the paragraph before (a turn
//     that goes on); otherwise it is kept only when it reads as a clause
//     and not as a title. Short quoted phrases without a cue are scare
//     quotes or titles, not quotations.
//  6. The speaker is the subject of the cue (climbing "went on to say",
//     "adding"), the object of "quoted X as saying", the words after
//     "according to", or the noun phrase right after the cue in inverted
//     order ("said Koo Kab-woo"). It is resolved to an entity: mentions
//     linked by mention.Finder (Mention.Antecedent), names that repeat an
//     earlier name's last word, definite descriptions ("the professor",
//     "the ministry") that repeat an earlier head noun or title, titles
//     with a name in apposition ("spokeswoman Maria Zakharova"), and
//     documents ("a statement published by KCNA and credited to Kwon
//     Jong-gun") that speak for their author. Pronouns (he, she, they,
//     it) go to the previous quotation's speaker unless someone fitting
//     has become the subject since, or to someone spoken of earlier in
//     the same sentence; gender comes from the text ("her own statement",
//     "Mr.", "spokeswoman", an earlier "she said"), and a person whose
//     gender the text gives wins over one whose it does not; "they" may be
//     one unnamed source. Mentions inside quotations are never antecedents.
//     A description coded with a country ("the Chinese President") repeats
//     no earlier one of another country or of none.
//  7. In a transcript, "I" and "we" are the speaker whose label opens the
//     turn ("MS. PSAKI: I would say ..."); a label that is a title alone
//     ("THE PRESIDENT:") is left to the document's title, which Turns
//     reads with mention.Voices.
//
// # What it does not do
//
// It knows English cues only; outside a transcript's turns and a
// statement whose title names its author (Byline), a first-person speaker
// ("I think ...") stays "I". Where the parser errs the surface rules above take
// over, but a cue the parser did not tag as a verb is missed. Its rules
// were written for news; scores on the GUM corpus are in package
// eval/quotes.
package quote
