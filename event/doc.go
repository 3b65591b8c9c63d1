// Package event codes events in CAMEO and PLOVER from parsed, actor-resolved
// documents: verb and noun patterns matched over the dependency parse.
//
// # How an event is found
//
// A trigger word (a verb, or a noun marked "n:") whose lemma the dictionary
// knows is matched against each of its entries; the entry with the most
// constraints that all hold wins. The source is the trigger's subject (the
// "by" agent of a passive; the controller of an xcomp, so that in "Seoul
// vowed to sanction Pyongyang" Seoul sanctions); the target is the slot the
// entry names. Coordinated subjects and targets give one event each. An
// actor is a mention (package mention) with an actor code.
//
// Negated triggers ("did not attack") are coded with Negated set. A trigger
// governed by a verb of intent ("plans to provide"), or spelling out a noun
// of intent that someone has or announces ("the US announced plans to
// provide", "Germany's pledge to send"), takes the entry's intent code
// (@intent lines), one governed by a threat verb ("threatened
// to attack") the threat code (@threat lines). Hypotheticals and
// counterfactuals ("if", "had ... not", "would have") code nothing. Events
// inside what someone said are coded with Reported set; the act of saying
// is an event of its own only when the dictionary has an entry for the
// speech verb with that target.
//
// An event needs a source and a target (PETRARCH's require_dyad): an entry
// without a target slot still takes one from its object's possessor or
// compound ("disputed US claims"), and coordinated actors with no target act
// on each other when the act takes two: the codes the CAMEO codebook calls
// reciprocal (accord, intents to cooperate or meet, signing, diplomatic and
// material cooperation) and all consultations and fighting ("Israel and
// Hamas agreed to a ceasefire" gives both directions; "France and Germany
// pledged their support" gives none). Coder.Untargeted keeps the events that
// find no target.
//
// There is no fallback code: no pattern, no event.
//
// # Dictionary format
//
// A dictionary is UTF-8 text, one entry a line; "#" starts a comment.
//
//	CODE TRIGGER [CONSTRAINT...]
//
// CODE is a CAMEO code ("0331"). TRIGGER is a lemma: a verb ("provide"), a
// verb with its particle joined by "_" ("step_up", "call_off"), or a noun
// prefixed with "n:" ("n:attack", matched as the head of a noun phrase:
// "Russia's attack on Ukraine", the possessor or "by" phrase giving the
// source). CONSTRAINTs:
//
//	target:SLOT          the target is the dependent in SLOT
//	SLOT=LEMMA[,LEMMA]   a dependent in SLOT with one of these lemmas must exist
//	SLOT=-               no dependent may fill SLOT
//	swap                 source and target change places ("Ukraine received
//	                     jets from Denmark" is Denmark's act: DNK 072 UKR)
//
// SLOT is obj (direct object; for a passive, its subject), iobj, xcomp, or
// a preposition whose phrase modifies the trigger (to, against, with, on,
// at, for, from, into, of, over, toward, about, in, by, upon, across,
// between). A line without target: finds its target as described above,
// or codes nothing.
//
//	@intent CODE INTENTCODE   a trigger governed by an intent verb codes INTENTCODE
//	@threat CODE THREATCODE   a trigger governed by a threat verb codes THREATCODE
//
// CODE in @intent and @threat lines may be a root or any prefix ("07"):
// the longest matching prefix applies.
package event
