package quote

import "strings"

// cueClass tells what kind of attribution a cue word makes.
type cueClass uint8

const (
	noCue     cueClass = iota
	speech             // said, added, insisted, told, wrote, ...
	thought            // believe, think: attribution of a stance, with a clause only
	finding            // found, showed: only for studies, reports and the like
	according          // "according to X"
	naming             // called it “...”: only for the quoted words after it
)

// speechVerbs are the verbs, by lemma, that report what someone said or
// wrote. They introduce direct quotations and, with a clause, indirect
// ones.
var speechVerbs = set(`say add state tell claim insist explain suggest warn write note stress emphasize
emphasise argue assert acknowledge admit deny announce declare report reveal confirm reply respond answer
ask comment remark observe mention continue conclude contend maintain allege charge complain concede
caution predict estimate recall reiterate repeat promise pledge vow boast joke quip tweet testify recount
shout cry exclaim whisper murmur mutter yell scream counter retort protest object disclose indicate hint
lament proclaim affirm assure inform advise clarify elaborate underscore underline highlight specify
recommend reason relate opine posit speculate theorize theorise agree brag gush grumble interject
urge demand question wonder sigh laugh read`)

// thoughtVerbs attribute a belief; they make indirect quotations only,
// with a that-clause, and only for a third person ("analysts believe").
var thoughtVerbs = set(`believe think fear expect suspect doubt reckon`)

// namingVerbs quote the words someone used for something: "called the
// deal “a step in the right direction”".
var namingVerbs = set(`call describe dub brand label term`)

// roleCodes are CAMEO codes of roles, not countries.
var roleCodes = set(`GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL IGO NGO ELI LAB LEG REF AGR HLH ENV
IMG UAF SEP INS RAD MOD NGM HRI MNC AMN IRC GRP UNO SET REL`)

// findingVerbs report what a study, survey or report found.
var findingVerbs = set(`find show conclude reveal suggest indicate`)

// clauseOnly lists speech verbs that attribute only with a clause or a
// quotation right after a comma or colon, never through a quotation they
// merely mention ("asked for “restraint”").
var clauseOnly = set(`continue ask urge demand question wonder agree object recommend sigh laugh`)

// particles completes phrasal cues: "point out", "go on", "fire back".
var particles = map[string]string{"point": "out", "fire": "back", "hit": "back", "shoot": "back", "chime": "in",
	"weigh": "in", "go": "on", "spell": "out"}

// docNouns name documents and statements that can speak for their
// authors: "the statement said".
var docNouns = set(`statement report communique communiqué announcement letter editorial commentary release
study survey memo memorandum declaration message document article tweet post paper poll analysis
note notice ruling verdict judgment judgement filing complaint lawsuit indictment petition transcript
email e-mail op-ed column blog video broadcast bulletin dispatch readout speech address briefing summary draft cable
research`)

// findingNouns can be the subject of a finding verb.
var findingNouns = set(`study survey report research poll analysis review investigation inquiry audit
paper researcher researchers scientist scientists data census assessment evaluation probe`)

// personNouns are common nouns for people (and groups of people) who can
// be speakers: "a former high-ranking official", "the professor".
var personNouns = set(`official officials spokesman spokeswoman spokesperson spokespeople minister ministers
president presidents premier chancellor secretary secretaries ambassador ambassadors diplomat diplomats
envoy envoys leader leaders director directors chief chiefs head heads professor professors analyst
analysts expert experts researcher researchers scientist scientists source sources aide aides adviser
advisers advisor advisors lawmaker lawmakers legislator legislators senator senators congressman
congresswoman representative representatives mp mps governor governors mayor mayors commander commanders
general generals officer officers soldier soldiers spokesmen spokeswomen witness witnesses resident
residents citizen citizens activist activists critic critics observer observers economist economists
lawyer lawyers attorney attorneys judge judges prosecutor prosecutors police policeman policewoman
chairman chairwoman chairperson chair ceo executive executives manager managers founder member members
candidate candidates voter voters worker workers student students teacher teachers doctor doctors
journalist journalists reporter reporters editor editors author authors writer writers man men woman
women person people victim victims survivor survivors father mother son daughter wife husband brother
sister friend friends neighbor neighbours neighbour neighbors official diplomat king queen prince
princess pope bishop priest imam rabbi monk commissioner commissioners negotiator negotiators delegate
delegates president-elect vice-president deputy deputies councillor councilor councillors councilors
coach player players fan fans owner owners user users customer customers parent parents child children
boy girl`)

// orgHeads are last words of organisation and place names: a name ending
// in one is no person.
var orgHeads = set(`agency ministry department university college school institute institution center
centre council committee commission party association union organization organisation corporation
corp company co inc ltd group bank fund foundation office service services bureau authority court
congress parliament assembly senate house government administration army navy force forces police
guard command alliance league federation network news times post journal press tribune herald
television tv radio channel club team board society academy church mosque temple hospital station
airport embassy consulate mission secretariat cabinet kremlin pentagon museum program programme project
studies program initiative movement front coalition republic kingdom state states union empire city
province region county district island islands peninsula sea ocean river mountain desert valley`)

// femaleWords and maleWords give a person's gender when they stand in
// the phrase that names them.
var (
	femaleWords = set(`she her hers herself mrs ms miss madam madame lady dame spokeswoman chairwoman
congresswoman businesswoman policewoman woman girl mother daughter wife sister queen princess actress
countess duchess empress grandmother aunt niece`)
	maleWords = set(`he him his himself mr sir lord spokesman chairman congressman businessman policeman
man boy father son husband brother king prince actor count duke emperor grandfather uncle nephew`)
)

// months and weekdays are proper nouns that never speak.
var timeWords = set(`january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow`)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// irregular maps inflected forms of speech verbs that a lemmatizer may
// miss to their lemmas.
var irregular = map[string]string{"said": "say", "says": "say", "saying": "say", "told": "tell", "tells": "tell",
	"telling": "tell", "wrote": "write", "writes": "write", "written": "write", "writing": "write",
	"thought": "think", "found": "find", "shown": "show", "cried": "cry", "replied": "reply",
	"denied": "deny", "testified": "testify", "clarified": "clarify", "specified": "specify",
	"spoke": "speak", "went": "go", "gone": "go", "goes": "go", "shot": "shoot", "hit": "hit",
	"fired": "fire", "according": "accord"}

// verbLemma returns the lemma of a verb form, from the tagger's lemma or,
// for forms it got wrong, by rule.
func verbLemma(form, lemma string) string {
	f := strings.ToLower(form)
	if l, ok := irregular[f]; ok {
		return l
	}
	l := strings.ToLower(lemma)
	if speechVerbs[l] || thoughtVerbs[l] || findingVerbs[l] || namingVerbs[l] || particles[l] != "" {
		return l
	}
	for _, suf := range []string{"ied", "ies", "ing", "ed", "es", "s", "d"} {
		if stem, ok := strings.CutSuffix(f, suf); ok && len(stem) > 2 {
			for _, cand := range []string{stem, stem + "e", stem + "y"} {
				if suf == "ied" || suf == "ies" {
					cand = stem + "y"
				}
				if speechVerbs[cand] || thoughtVerbs[cand] || findingVerbs[cand] || namingVerbs[cand] {
					return cand
				}
			}
			if n := len(stem); n > 3 && stem[n-1] == stem[n-2] && speechVerbs[stem[:n-1]] {
				return stem[:n-1] // "admitted"
			}
		}
	}
	return l
}
