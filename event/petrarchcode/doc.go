// Package petrarchcode codes events with PETRARCH's dictionaries over
// dyad's own parse of the text: the verb patterns of a PETRARCH-1 or
// PETRARCH-2 verb dictionary (read by package event/petrarch), the actors
// and agents of PETRARCH actor and agent dictionaries (read by package
// actor), and PETRARCH's discard list. Evaluate scores it against
// PETRARCH's unit-test and validation records, as `dyad eval petrarch`
// does.
//
// It does not parse: a document must have been segmented, tagged and
// parsed (package nlp) first. PETRARCH read Penn Treebank parses; this
// package never reads a <Parse> and interprets the patterns over dyad's
// Universal Dependencies parse and the order of the words instead. Event
// codes and actor codes are strings as the dictionaries write them (test
// codes such as "174K", null actors such as "---GOV"), not cameo.Codes;
// package event is dyad's own coder, with its own dictionaries.
//
// # Noun phrases and actors
//
// Every noun phrase is a possible actor, as PETRARCH's "NE" phrases are: a
// noun with its determiners, adjectives, compounds, names and possessor
// ("Dagolath's first Deputy Prime Minister Telemar"), with one
// prepositional phrase folded in when that phrase has none of its own
// ("soldiers from Gondor", but not "the parliament of Gondor in
// Eriador"). Bare phrases of time ("today", "next week") are not phrases,
// as the parser PETRARCH used marked them NP-TMP.
//
// A phrase is coded as PETRARCH's check_NEphrase codes it (see Actors):
// its first actor, with every agent elsewhere in it ("An MSF Arnor
// diplomat": NGOARNGOV), or "---" and its agents when it names no actor
// ("officials": ---GOV), or "---" alone. Dated codes take the record's
// date.
//
// Coordinated phrases are compounds, with one member per conjunct
// ("Arnor and Gondor", "Mordor, Rohan, Fornost and Bree"): adjectives
// before the first conjunct go to the others ("Danish media and
// government": DNKMED, DNKGOV), a prepositional phrase after the last goes
// to all ("lawmakers and officials in Fornost and Gondor": four members),
// a compound inside a prepositional phrase multiplies ("the ambassadors of
// Arnor, Osgiliath and Gondor"), and coordinated modifiers split their
// head ("Eriadori and Calenardhon leaders"). As in PETRARCH, a
// coordination with more than one conjunction is not one compound
// ("Calenardhon and Gondor, and Gondor and Dagolath" stops after the
// first "and"), and a compound's null members drop out. Where the parser
// splits a list or a name that PETRARCH's parser kept whole (an
// apposition and a coordination for "Mordor, Rohan, Fornost and Bree"; two
// subjects for "Dagolath's first Deputy" and "Prime Minister Telemar"),
// the phrases are joined again. Capitalized words the actor dictionary
// knows are taken for nouns whatever their tag ("Pyongyang").
//
// This package codes phrases itself rather than through package mention,
// whose mentions resolve a whole phrase by dyad's conventions (the first
// part that names an actor, one title) and leave out unknown common
// nouns, where PETRARCH composes an actor with all the agents of the
// phrase and needs null-coded phrases as targets when require_dyad is off.
//
// # Verbs and patterns
//
// A verb is a word tagged as one (not an auxiliary) whose form the verb
// dictionary lists: the forms written in {...}, or else the verb and its
// regular -S, -ED and -ING forms, as PETRARCH makes them ("departes" is
// no form of DEPART). A multi-word verb needs its other words around it
// ("broken down", "wire tapped"), words PETRARCH skips allowed between;
// it is found also when the tagger takes another of its words for the
// verb. A bare noun in a verb's place, right after an infinitive "to" or
// after the name that opens the clause, is taken for the verb the tagger
// missed ("Ethiopia act on a resolution").
//
// Verbs are coded left to right. The lower sequence of a verb is its
// phrase: the words after it that hang from it in the parse, less
// coordinated verbs and clauses set off by a comma with a subject of
// their own (", a senior official said"); the upper sequence is the words
// before it, read backwards to a comma or the start of the sentence. A
// PETRARCH-1 pattern matches when its words after "*" are found in that
// order in the lower sequence and its words before "*" in the upper one:
// elements written apart may have words between them, elements joined by
// "_" may not (except words PETRARCH always skips: articles, "has",
// numbers). A synset matches any of its phrases (and their regular
// plurals, unless written with "_"); "$" and "+" bind a phrase as source
// and target, "^" passes over a phrase, "%" binds a compound (before the
// verb, as source and target both). Of the patterns that match, the one
// matching the most words wins, then the heavier, then the first. With
// no pattern the verb's own code applies; the null code "---" codes
// nothing. Once a verb has a code, the verbs inside its phrase are not
// coded, as in PETRARCH.
//
// The source is the phrase the pattern binds, or else the first coded or
// compound phrase of the upper sequence (in text order), or its first
// phrase; the target is the phrase the pattern binds, or else, in
// PETRARCH's order, the first coded phrase of the lower sequence whose
// code does not begin with the source's, the first null one there, the
// nearest coded one before the verb, the nearest null one. A passive verb
// (a participle with "be" and a "by" phrase) swaps them. A pair code
// "A:B" codes A and B back; a compound gives an event per member pair; an
// actor with itself gives none; codes such as "FRO/BIL/SAM" are expanded.
//
// # PETRARCH-2 dictionaries
//
// A verb dictionary with noun phrase groups {A B HEAD} or prepositional
// phrase groups (PREP ...) is read as PETRARCH-2 (and UD-PETRARCH, whose
// validation records follow it) reads one. A noun phrase group matches
// within one phrase: HEAD on a word that heads a noun, the word written
// before it right before it, the others before that in order; a
// prepositional group's words stand together. The part of a pattern
// before the verb is matched against the verb's subject alone (through a
// complement or coordination to the verb that has one), and the part
// after it against the verb's phrase less the clauses in it; pattern
// words match lemmas as well as forms ("EFFORT" matches "efforts"). The
// source is the subject when it names an actor; a passive swaps source and
// target unless the pattern binds them, with or without a "by" phrase;
// codes with "/" are kept whole; no event has a null actor ("---"),
// whatever require_dyad says. A verb whose phrase codes no event leaves the verbs inside it to
// be coded. With a PICO table (the records' PICOfile), a negated verb
// ("will not wire tap") takes the code of the negation of its code.
//
// # Options and discards
//
// Options are PETRARCH's: require_dyad (events with a null actor are
// dropped, on by default) and the comma_* limits, by which comma-delimited
// clauses (one between two commas, the one before the first comma, the one
// after the last) of so many words are taken out before coding, as
// PETRARCH's check_commas does; a parenthetical between a subject and its
// verb goes with both its commas ("Arnor's foreign minister, in remarks
// published on Monday, urged"), and a deletion that would leave no verb
// keeps the last clause. A sentence with a discard phrase, or that opens
// with a dateline ("CEBU CITY: --"), codes nothing.
//
// # What it misses
//
// Against the records, what remains wrong is mostly beyond the
// dictionaries' reach (new actors from unknown phrases, TABARI's FORMER
// agents, "###" and "+++" actor codes, actor phrases with words between
// their words, expectations the 2.02 revision did not update), records
// that test the Penn Treebank input (bad_input_parse), and sentences where
// dyad's parse attaches a clause or phrase elsewhere than PETRARCH's
// parser did. Evaluate lists them with the pattern behind each event.
package petrarchcode
