// Package petrarch reads the files of the PETRARCH event coders, for
// compatibility and evaluation: verb dictionaries (PETRARCH-1, which is
// TABARI's format, and PETRARCH-2 / CAMEO 2.0) with ReadVerbs, and the
// unit-test and validation records (PETR.UnitTest.records.xml and its
// UD-PETRARCH successors) with ReadRecords.
//
// It reads; it does not match patterns or code events, and it keeps codes
// as the files write them (cameo.Parse turns the CAMEO ones into
// cameo.Codes). Actor and agent dictionaries are read by package actor.
//
// Both readers go on past bad lines and bad records. They return what they
// could read together with an ErrorList, sorted by line, whose entries
// name the file and line and say what was skipped.
//
// # Verb dictionaries
//
// A verb dictionary is read line by line. Comments are removed first:
// "<!-- ... -->" (also over several lines), and from the first "#" or ";"
// of a line to its end. A line of the form "####### NAME #######" names a
// section (SYNONYM SETS, VERB PATTERNS, TRANSFORMATIONS), recorded on the
// synsets and blocks that follow. Leading and trailing space is ignored,
// as are blank lines. What is left is one of:
//
//	&LABEL[_]                  start a synonym set; a final "_": form no plurals
//	+PHRASE                    a phrase of the synset just started
//	--- NAME [CODE] ---        start a verb block; CODE defaults to the null code ---
//	VERB [{FORM ...}] [[CODE]] a verb of the current block
//	+VERB ...                  the same, for a multi-word verb (when no synset is open)
//	- PATTERN [CODE]           a pattern of the current block
//	~ LEFT = RIGHT             a verb transformation (PETRARCH-2), kept as text
//
// A VERB is one word or words joined by "_"; in a multi-word verb a "+"
// marks the word the parser tags as the verb ("+CORDON_OFF",
// "WIRE_+TAP"). {FORM ...} lists irregular forms, separated by spaces or
// commas; when present (even empty, as in "+KIDNAPPED_AND_KILLED {}") it
// replaces the regular forms PETRARCH would make. A CODE is a CAMEO code
// ("0332"), a test code ("075A", "025?"), the null code "---", a pair
// "A:B" (event A from source to target and event B back) or ":B".
//
// A PATTERN is a sequence of elements separated by spaces, or joined by
// "_" when no word may come between them (Elem.Joined):
//
//	WORD        a literal word (Literal); a final "_" before a space is kept as Elem.Stop
//	&LABEL      a synset (SynsetRef)
//	*           the verb (VerbMark); exactly one per pattern, also where it
//	            touches a word ("*SCEPTICAL" is "* SCEPTICAL"); "**" is read as "*"
//	$           the source actor (SourceSlot)
//	+           the target actor (TargetSlot)
//	%           a compound actor, source and target both (CompoundSlot)
//	^           skip a noun phrase (SkipMark)
//	{A B HEAD}  a noun phrase, PETRARCH-2 (NounPhrase); the last element is the head
//	(PREP ...)  a prepositional phrase, PETRARCH-2 (PrepPhrase); the first is the preposition
//	{A | B C}   alternatives, TABARI (Alternatives); PETRARCH itself skips such patterns
//
// Groups may nest ("(TO {BANNED PARTIES})") and may hold $, + and ^ but not
// the verb. Pattern.String writes a pattern back in this syntax.
//
// Lines the reader reports and skips: a pattern without "[CODE]", with no
// or several "*", or with unbalanced brackets; a verb with spaces in it
// ("LASH OUT"); a line that starts with none of the forms above; a
// verb or pattern before the first block header. A block header with two
// codes keeps the first, as PETRARCH-1 does. A pattern that uses a synset
// the file never defines is skipped, as PETRARCH does; synsets may be
// defined anywhere in the file. A synset defined twice is reported and
// both are kept, the first being the one VerbDictionary.Synset finds.
//
// # Records files
//
// The records files are "not quite XML" and are read without an XML
// parser. The reader accepts:
//
//   - comments "<!-- ... -->", which nest ("<!-- see <!-- ... --> -->" is one
//     comment, as the 2018 header needs); "<?xml ...?>" and other "<!...>"
//     declarations are skipped;
//   - attributes with double or single quotes ('"INJURY TOLL"' keeps its
//     inner quotes), without quotes, and with spaces around "=";
//   - the XML entities and character references, decoded in text and
//     attribute values; any other "&" is kept as it is;
//   - <Sentence .../> written self-closed and followed by its children and
//     </Sentence>, as PETR2_GSR_validation.xml does;
//   - <PLEvent {json}> lines, whose JSON is decoded into PLEvent;
//   - text outside elements (PETR2_GSR_validation.xml's header is not in
//     a comment), which is ignored.
//
// The content of <Text> and <Parse> is taken as it is up to the closing
// tag, so a "<" in a sentence or a CoNLL-U line is harmless. <Environment>
// names the dictionaries (relative to the records file: Environment.Path);
// <Config option=... value=...> may appear in it or between records and
// applies to the records after it. <EventCoding> carries sourcecode,
// targetcode and eventcode (one element per expected event), or
// noevents="True", or error="..." for records that test rejection.
//
// A record is skipped, with an error, when it has no id or date, a date
// that is not YYYYMMDD or YYMMDD, no or an empty <Text>, an <EventCoding>
// with no code, or both noevents and event codings. A missing </Sentence>
// is reported and the record is kept.
package petrarch
