package tokenize

// Word lists. Where UD English-EWT v2.15 decides a convention, the lists
// follow what its training data does most often (see the package doc).

// Abbreviation classes.
const (
	abGeneral = iota + 1 // ends a sentence only before a common sentence starter ("Inc. The")
	abTitle              // never ends a sentence: precedes a name ("Mr.", "Gen.", "e.g.")
	abNumber             // an abbreviation only before a number ("No. 5"); never ends a sentence
	abLower              // ends a sentence before any capitalised word ("etc. The", "et al. In")
)

// abbrevs maps an abbreviation, without its final period and spelled as it
// is written, to its class. Single letters (initials) and dotted forms
// ("U.S", "e.g", "a.m", "Ph.D") are recognised by shape, not listed here.
var abbrevs = map[string]uint8{}

func init() {
	add := func(class uint8, words ...string) {
		for _, w := range words {
			abbrevs[w] = class
		}
	}
	// Titles and ranks: always followed by a name.
	add(abTitle, "Mr", "Mrs", "Ms", "Mssrs", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs",
		"Rev", "Revs", "Hon", "Msgr", "Fr", "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Cpt", "Cmdr", "Cdr",
		"Comdr", "Adm", "Sgt", "Cpl", "Pvt", "Pfc", "Spc", "Brig", "Gov", "Govs", "Sen", "Sens", "Rep",
		"Reps", "Pres", "Supt", "Insp", "Det", "Atty", "Amb", "Sup", "Lieut", "Gov't",
		"vs", "Vs", "v", "cf", "Cf", "viz", "approx", "Approx", "ca", "c", "appx", "incl", "esp", "Esp",
		"eg", "ie", "Mt", "Ft", "Mts", "Pt")
	// Used as abbreviations only before a number.
	add(abNumber, "No", "no", "Nos", "nos", "Nr", "Art", "art", "Arts", "Fig", "fig", "Figs", "figs",
		"Vol", "vol", "Vols", "vols", "p", "pp", "Ch", "ch", "Chap", "chap", "Sec", "Secs", "Par",
		"Para", "para", "Op", "op", "Ex", "ex", "Tel", "tel", "Ext", "ext", "Rte", "Rt", "Pg", "pg", "Ph")
	add(abLower, "etc", "al", "Etc")
	// Capitalised forms seen in signatures and headlines.
	add(abTitle, "MR", "MRS", "MS", "DR", "PROF", "GEN", "SEN", "REP", "GOV", "LT", "COL", "CAPT", "SGT")
	add(abNumber, "NO")
	add(abGeneral, "INC", "CORP", "LTD", "CO", "PVT", "JR", "SR")
	add(abGeneral,
		// Companies and organisations.
		"Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Bhd", "Pty", "Plc", "Assn", "Assoc", "Dept", "Depts",
		"Univ", "Inst", "Intl", "Natl", "Govt", "Mfg", "Mgr", "Mgt", "Mgmt", "Est", "est", "Div", "Dist",
		// Names and places.
		"Jr", "Sr", "Esq", "St", "Ste", "Sts", "Ave", "Av", "Blvd", "Rd", "Sq", "Hwy", "Pl", "Ln", "Ct",
		"Pk", "Pkwy", "Bldg", "Mtn", "Isl",
		// Months and days.
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
		// U.S. states (AP style) and a few more places.
		"Ala", "Ariz", "Ark", "Calif", "Cal", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
		"Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev",
		"Okla", "Ore", "Oreg", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wisc", "Wyo",
		"Alta", "Ont", "Que", "Sask",
		// Units and other lower-case abbreviations.
		"ft", "oz", "lb", "lbs", "mi", "hr", "hrs", "yr", "yrs", "mo", "mos", "wk", "wks", "sq", "cu",
		"qt", "tsp", "tbsp", "min", "mins", "sec", "secs", "dept", "govt", "misc", "mfg", "mgr", "inc",
		"corp", "ltd", "co", "jr", "sr", "ave", "st", "rd", "blvd", "eds",
		"Aust", "Yr", "Yrs", "attn", "Attn", "ref", "Ref")
	// A lower-case abbreviation is rarely followed by a capitalised word
	// inside a sentence ("5 ft. tall", "approx. 40"), so a capital after it
	// means a new sentence.
	for w, c := range abbrevs {
		if c == abGeneral && w[0] >= 'a' && w[0] <= 'z' {
			abbrevs[w] = abLower
		}
	}
}

// hyphenPrefixes are the prefixes after which UD English-EWT v2.15 keeps a
// hyphenated word whole ("e-mail", "non-profit", "re-election"); every
// other hyphen between letters is a token of its own ("Al - Zaman").
var hyphenPrefixes = map[string]bool{
	"e": true, "non": true, "pre": true, "post": true, "anti": true, "mid": true, "re": true,
	"co": true, "pro": true, "multi": true, "ex": true, "semi": true, "sub": true, "over": true,
	"neo": true, "cross": true, "socio": true, "psycho": true, "intra": true, "un": true,
	"counter": true,
}

// contractions are clitic combinations written without an apostrophe that
// EWT splits: the value lists the lengths of the parts before the last.
var contractions = map[string][]int{
	"cannot": {3}, "gonna": {3}, "wanna": {3}, "gotta": {3}, "outta": {3}, "dunno": {2, 1},
	"dont": {2}, "didnt": {3}, "doesnt": {4}, "isnt": {2}, "wasnt": {3}, "arent": {3},
	"werent": {4}, "hasnt": {3}, "havent": {4}, "hadnt": {3}, "couldnt": {5}, "wouldnt": {5},
	"shouldnt": {6}, "mustnt": {4}, "aint": {2}, "cant": {2}, "wont": {2},
	"im": {1}, "ive": {1}, "youre": {3}, "theyre": {4}, "youve": {3}, "theyve": {4}, "youll": {3},
	"theyll": {4}, "itll": {2}, "thats": {4}, "whats": {4}, "theres": {5}, "heres": {4},
}

// contractionEnds marks the last letters of the contractions, to skip
// most lookups.
var contractionEnds = func() (m [256]bool) {
	for w := range contractions {
		m[w[len(w)-1]] = true
	}
	return m
}()

// units are letter suffixes split from a number written against them
// ("5pm" → "5" "pm", "35mm" → "35" "mm"); ordinals and decades stay whole.
var units = map[string]bool{
	"am": true, "pm": true, "k": true, "m": true, "mm": true, "cm": true, "km": true, "kg": true,
	"mg": true, "ml": true, "ft": true, "mph": true, "kph": true, "lb": true, "lbs": true,
	"oz": true, "bn": true, "mn": true, "mln": true, "b": true, "tn": true, "gb": true, "mb": true,
	"kb": true, "tb": true, "ghz": true, "mhz": true, "khz": true, "hz": true, "kw": true, "mw": true,
	"gw": true, "kwh": true, "mwh": true, "gwh": true, "hr": true, "hrs": true, "h": true, "min": true,
	"mins": true, "sec": true, "secs": true, "yr": true, "yrs": true, "x": true, "yo": true,
	"mi": true, "in": true, "ha": true, "t": true, "l": true,
}

// upperUnits are units written in capitals that are split from a number
// ("11AM", "3M"); other capitals after digits stay ("4G", "10MM").
var upperUnits = map[string]bool{"AM": true, "PM": true, "K": true, "M": true, "GB": true, "MB": true,
	"KB": true, "TB": true, "BN": true}

// starters are capitalised words that commonly begin a sentence; an
// abbreviation's period ends the sentence when one of them follows.
var starters = map[string]bool{}

func init() {
	for _, w := range []string{
		"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
		"There", "Here", "But", "And", "Or", "So", "Yet", "Nor", "In", "On", "At", "For", "From", "With",
		"By", "To", "Of", "If", "When", "While", "After", "Before", "Although", "Though", "Because",
		"Since", "As", "Its", "His", "Her", "Their", "Our", "My", "Your", "What", "Who", "Whom", "Whose",
		"Why", "How", "Where", "Which", "Some", "Many", "Most", "All", "Any", "Every", "Each", "Both",
		"Several", "Few", "More", "Much", "Such", "Other", "Others", "Another", "One", "Not", "None",
		"Nothing", "Everyone", "Everything", "Nobody", "However", "Meanwhile", "Moreover",
		"Furthermore", "Also", "Still", "Then", "Now", "Today", "Yesterday", "Tomorrow", "Last",
		"Earlier", "Later", "Despite", "Under", "During", "Among", "Until", "Unless", "Instead", "Indeed",
		"Thus", "Therefore", "Hence", "Yes", "Please", "Thanks", "Thank", "Let", "Is", "Are", "Was",
		"Were", "Do", "Does", "Did", "Has", "Have", "Had", "Can", "Could", "Will", "Would", "Should",
		"Might", "Must", "Officials", "Police", "Mr", "Mrs", "Ms", "Dr", "Just", "Even", "Only",
		"Well", "Oh", "OK", "Ok", "Hi", "Hello", "Dear", "Also", "Again", "Once", "Otherwise",
	} {
		starters[w] = true
	}
}
