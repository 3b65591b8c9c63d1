package eventfile

import (
	"strings"
)

// The tables in this file were written for dyad from general knowledge of
// ISO 3166-1, the CAMEO actor codebook and the ICEWS event files; they are
// not copied from any dataset.

// country is one country or territory: its three-letter code (ISO 3166-1
// alpha-3 as CAMEO uses it, plus CAMEO's own KSV for Kosovo), the name the
// ICEWS files give it where known (else the ISO short name in common use),
// and other names it goes by, for reading.
type country struct {
	code, name string
	aliases    []string
}

var countries = []country{
	{"AFG", "Afghanistan", nil},
	{"ALB", "Albania", nil},
	{"DZA", "Algeria", nil},
	{"AND", "Andorra", nil},
	{"AGO", "Angola", nil},
	{"ATG", "Antigua and Barbuda", nil},
	{"ARG", "Argentina", nil},
	{"ARM", "Armenia", nil},
	{"AUS", "Australia", nil},
	{"AUT", "Austria", nil},
	{"AZE", "Azerbaijan", nil},
	{"BHS", "Bahamas", []string{"The Bahamas"}},
	{"BHR", "Bahrain", nil},
	{"BGD", "Bangladesh", nil},
	{"BRB", "Barbados", nil},
	{"BLR", "Belarus", nil},
	{"BEL", "Belgium", nil},
	{"BLZ", "Belize", nil},
	{"BEN", "Benin", nil},
	{"BTN", "Bhutan", nil},
	{"BOL", "Bolivia", []string{"Plurinational State of Bolivia"}},
	{"BIH", "Bosnia and Herzegovina", []string{"Bosnia"}},
	{"BWA", "Botswana", nil},
	{"BRA", "Brazil", nil},
	{"BRN", "Brunei", []string{"Brunei Darussalam"}},
	{"BGR", "Bulgaria", nil},
	{"BFA", "Burkina Faso", nil},
	{"BDI", "Burundi", nil},
	{"KHM", "Cambodia", nil},
	{"CMR", "Cameroon", nil},
	{"CAN", "Canada", nil},
	{"CPV", "Cape Verde", []string{"Cabo Verde"}},
	{"CAF", "Central African Republic", nil},
	{"TCD", "Chad", nil},
	{"CHL", "Chile", nil},
	{"CHN", "China", []string{"People's Republic of China"}},
	{"COL", "Colombia", nil},
	{"COM", "Comoros", nil},
	{"COG", "Congo", []string{"Republic of the Congo", "Congo-Brazzaville", "Republic of Congo"}},
	{"COD", "Democratic Republic of Congo", []string{"Democratic Republic of the Congo", "Congo, The Democratic Republic of the", "Congo, Democratic Republic of the", "DR Congo", "Congo-Kinshasa"}},
	{"CRI", "Costa Rica", nil},
	{"CIV", "Cote d'Ivoire", []string{"Côte d'Ivoire", "Ivory Coast"}},
	{"HRV", "Croatia", nil},
	{"CUB", "Cuba", nil},
	{"CYP", "Cyprus", nil},
	{"CZE", "Czech Republic", []string{"Czechia"}},
	{"DNK", "Denmark", nil},
	{"DJI", "Djibouti", nil},
	{"DMA", "Dominica", nil},
	{"DOM", "Dominican Republic", nil},
	{"TLS", "Timor-Leste", []string{"East Timor"}},
	{"ECU", "Ecuador", nil},
	{"EGY", "Egypt", nil},
	{"SLV", "El Salvador", nil},
	{"GNQ", "Equatorial Guinea", nil},
	{"ERI", "Eritrea", nil},
	{"EST", "Estonia", nil},
	{"SWZ", "Swaziland", []string{"Eswatini"}},
	{"ETH", "Ethiopia", nil},
	{"FJI", "Fiji", nil},
	{"FIN", "Finland", nil},
	{"FRA", "France", nil},
	{"GAB", "Gabon", nil},
	{"GMB", "Gambia", []string{"The Gambia"}},
	{"GEO", "Georgia", nil},
	{"DEU", "Germany", nil},
	{"GHA", "Ghana", nil},
	{"GRC", "Greece", nil},
	{"GRD", "Grenada", nil},
	{"GTM", "Guatemala", nil},
	{"GIN", "Guinea", nil},
	{"GNB", "Guinea-Bissau", nil},
	{"GUY", "Guyana", nil},
	{"HTI", "Haiti", nil},
	{"VAT", "Holy See", []string{"Vatican City", "Vatican"}},
	{"HND", "Honduras", nil},
	{"HUN", "Hungary", nil},
	{"ISL", "Iceland", nil},
	{"IND", "India", nil},
	{"IDN", "Indonesia", nil},
	{"IRN", "Iran", []string{"Islamic Republic of Iran"}},
	{"IRQ", "Iraq", nil},
	{"IRL", "Ireland", nil},
	{"ISR", "Israel", nil},
	{"ITA", "Italy", nil},
	{"JAM", "Jamaica", nil},
	{"JPN", "Japan", nil},
	{"JOR", "Jordan", nil},
	{"KAZ", "Kazakhstan", nil},
	{"KEN", "Kenya", nil},
	{"KIR", "Kiribati", nil},
	{"PRK", "North Korea", []string{"Democratic People's Republic of Korea", "Korea, Democratic People's Republic of", "DPRK"}},
	{"KOR", "South Korea", []string{"Republic of Korea", "Korea, Republic of"}},
	{"KSV", "Kosovo", []string{"XKX"}},
	{"KWT", "Kuwait", nil},
	{"KGZ", "Kyrgyzstan", []string{"Kyrgyz Republic"}},
	{"LAO", "Laos", []string{"Lao People's Democratic Republic"}},
	{"LVA", "Latvia", nil},
	{"LBN", "Lebanon", nil},
	{"LSO", "Lesotho", nil},
	{"LBR", "Liberia", nil},
	{"LBY", "Libya", nil},
	{"LIE", "Liechtenstein", nil},
	{"LTU", "Lithuania", nil},
	{"LUX", "Luxembourg", nil},
	{"MKD", "Macedonia", []string{"North Macedonia", "Former Yugoslav Republic of Macedonia"}},
	{"MDG", "Madagascar", nil},
	{"MWI", "Malawi", nil},
	{"MYS", "Malaysia", nil},
	{"MDV", "Maldives", nil},
	{"MLI", "Mali", nil},
	{"MLT", "Malta", nil},
	{"MHL", "Marshall Islands", nil},
	{"MRT", "Mauritania", nil},
	{"MUS", "Mauritius", nil},
	{"MEX", "Mexico", nil},
	{"FSM", "Micronesia", []string{"Federated States of Micronesia"}},
	{"MDA", "Moldova", []string{"Republic of Moldova"}},
	{"MCO", "Monaco", nil},
	{"MNG", "Mongolia", nil},
	{"MNE", "Montenegro", nil},
	{"MAR", "Morocco", nil},
	{"MOZ", "Mozambique", nil},
	{"MMR", "Myanmar", []string{"Burma"}},
	{"NAM", "Namibia", nil},
	{"NRU", "Nauru", nil},
	{"NPL", "Nepal", nil},
	{"NLD", "Netherlands", []string{"The Netherlands", "Holland"}},
	{"NZL", "New Zealand", nil},
	{"NIC", "Nicaragua", nil},
	{"NER", "Niger", nil},
	{"NGA", "Nigeria", nil},
	{"NOR", "Norway", nil},
	{"OMN", "Oman", nil},
	{"PAK", "Pakistan", nil},
	{"PLW", "Palau", nil},
	{"PSE", "Occupied Palestinian Territory", []string{"Palestine", "State of Palestine", "Palestinian Territory", "Palestinian Territories"}},
	{"PAN", "Panama", nil},
	{"PNG", "Papua New Guinea", nil},
	{"PRY", "Paraguay", nil},
	{"PER", "Peru", nil},
	{"PHL", "Philippines", nil},
	{"POL", "Poland", nil},
	{"PRT", "Portugal", nil},
	{"QAT", "Qatar", nil},
	{"ROU", "Romania", nil},
	{"RUS", "Russian Federation", []string{"Russia"}},
	{"RWA", "Rwanda", nil},
	{"KNA", "Saint Kitts and Nevis", nil},
	{"LCA", "Saint Lucia", nil},
	{"VCT", "Saint Vincent and the Grenadines", nil},
	{"WSM", "Samoa", nil},
	{"SMR", "San Marino", nil},
	{"STP", "Sao Tome and Principe", nil},
	{"SAU", "Saudi Arabia", nil},
	{"SEN", "Senegal", nil},
	{"SRB", "Serbia", nil},
	{"SYC", "Seychelles", nil},
	{"SLE", "Sierra Leone", nil},
	{"SGP", "Singapore", nil},
	{"SVK", "Slovakia", []string{"Slovak Republic"}},
	{"SVN", "Slovenia", nil},
	{"SLB", "Solomon Islands", nil},
	{"SOM", "Somalia", nil},
	{"ZAF", "South Africa", nil},
	{"SSD", "South Sudan", nil},
	{"ESP", "Spain", nil},
	{"LKA", "Sri Lanka", nil},
	{"SDN", "Sudan", nil},
	{"SUR", "Suriname", nil},
	{"SWE", "Sweden", nil},
	{"CHE", "Switzerland", nil},
	{"SYR", "Syria", []string{"Syrian Arab Republic"}},
	{"TWN", "Taiwan", nil},
	{"TJK", "Tajikistan", nil},
	{"TZA", "Tanzania", []string{"United Republic of Tanzania"}},
	{"THA", "Thailand", nil},
	{"TGO", "Togo", nil},
	{"TON", "Tonga", nil},
	{"TTO", "Trinidad and Tobago", nil},
	{"TUN", "Tunisia", nil},
	{"TUR", "Turkey", []string{"Türkiye", "Turkiye"}},
	{"TKM", "Turkmenistan", nil},
	{"TUV", "Tuvalu", nil},
	{"UGA", "Uganda", nil},
	{"UKR", "Ukraine", nil},
	{"ARE", "United Arab Emirates", []string{"UAE"}},
	{"GBR", "United Kingdom", []string{"Great Britain", "Britain", "UK"}},
	{"USA", "United States", []string{"United States of America", "US", "USA"}},
	{"URY", "Uruguay", nil},
	{"UZB", "Uzbekistan", nil},
	{"VUT", "Vanuatu", nil},
	{"VEN", "Venezuela", []string{"Bolivarian Republic of Venezuela"}},
	{"VNM", "Vietnam", []string{"Viet Nam"}},
	{"YEM", "Yemen", nil},
	{"ZMB", "Zambia", nil},
	{"ZWE", "Zimbabwe", nil},
	// Territories that have codes of their own in ISO 3166 and CAMEO.
	{"HKG", "Hong Kong", nil},
	{"MAC", "Macau", []string{"Macao"}},
	{"PRI", "Puerto Rico", nil},
	{"GRL", "Greenland", nil},
	{"ESH", "Western Sahara", nil},
	{"GUM", "Guam", nil},
	{"VIR", "US Virgin Islands", []string{"U.S. Virgin Islands"}},
	{"NCL", "New Caledonia", nil},
	{"PYF", "French Polynesia", nil},
	{"ABW", "Aruba", nil},
	{"CUW", "Curacao", []string{"Curaçao"}},
	{"BMU", "Bermuda", nil},
	{"CYM", "Cayman Islands", nil},
	{"GIB", "Gibraltar", nil},
	{"FLK", "Falkland Islands", nil},
	{"FRO", "Faroe Islands", nil},
	{"REU", "Reunion", []string{"Réunion"}},
	{"GLP", "Guadeloupe", nil},
	{"MTQ", "Martinique", nil},
	{"GUF", "French Guiana", nil},
	{"MYT", "Mayotte", nil},
}

// cameoRegions are the CAMEO codes for regions and blocs that stand where
// a country code stands in an actor code (AFR, EUR, MEA, WST, ...).
var cameoRegions = map[string]string{
	"AFR": "Africa", "ASA": "Asia", "BLK": "Balkans", "CFR": "Central Africa", "CAS": "Central Asia",
	"CAU": "Caucasus", "CRB": "Caribbean", "EAF": "East Africa", "EEU": "Eastern Europe", "EUR": "Europe",
	"LAM": "Latin America", "MDT": "Mediterranean", "MEA": "Middle East", "NAF": "North Africa",
	"NMR": "North America", "PGS": "Persian Gulf", "SAF": "Southern Africa", "SAM": "South America",
	"SAS": "South Asia", "SCN": "Scandinavia", "SEA": "Southeast Asia", "WAF": "West Africa", "WST": "West",
}

var (
	countryByCode = map[string]*country{}
	countryByName = map[string]*country{} // lower-case names and aliases
)

func init() {
	for i := range countries {
		c := &countries[i]
		countryByCode[c.code] = c
		countryByName[strings.ToLower(c.name)] = c
		for _, a := range c.aliases {
			countryByName[strings.ToLower(a)] = c
		}
	}
}

// CountryName returns the name of a three-letter country code as the ICEWS
// files write it ("RUS": "Russian Federation"), the name of a CAMEO region
// code ("MEA": "Middle East"), or "" for a code the table does not know.
func CountryName(code string) string {
	if c := countryByCode[code]; c != nil {
		return c.name
	}
	return cameoRegions[code]
}

// CountryCode returns the three-letter code of a country named as the
// ICEWS files or common English name it ("Russian Federation", "Russia":
// "RUS"), case-insensitively, or "" for a name the table does not know.
func CountryCode(name string) string {
	if c := countryByName[strings.ToLower(strings.TrimSpace(name))]; c != nil {
		return c.code
	}
	return ""
}

// isCountry reports whether code is a country or region code that can
// begin a CAMEO actor code.
func isCountry(code string) bool {
	if countryByCode[code] != nil {
		return true
	}
	_, ok := cameoRegions[code]
	return ok
}

// sector is a three-letter CAMEO (or PLOVER) sector code with the name
// dyad writes for it in ICEWS files, where that name is the ICEWS sector
// name for the same role.
type sector struct {
	code, name string
}

// sectors lists, in order of precedence, the sector (CAMEO "type") codes
// that may follow a country in an actor code. The order decides which
// sector of an ICEWS actor becomes the one of its derived code: an ICEWS
// actor with sectors "Government,Police" is COP, one with "Military,
// Government" MIL, as CAMEO would code them.
var sectors = []sector{
	{"COP", "Police"},
	{"MIL", "Military"},
	{"SPY", "Intelligence"},
	{"JUD", "Judicial"},
	{"GOV", "Government"},
	{"LEG", "Legislative / Parliamentary"},
	{"REB", "Rebel"},
	{"INS", "Insurgents"},
	{"SEP", "Separatists"},
	{"UAF", "Unidentified Forces"},
	{"PRM", "Paramilitary"},
	{"OPP", "Dissident"},
	{"PTY", "Parties"},
	{"ELI", "Elite"},
	{"IGO", "International Government Organization"},
	{"NGO", "Non-Governmental Organization"},
	{"IMG", "International Militarized Group"},
	{"MNC", "Multinational Corporation"},
	{"PKO", "Peacekeepers"},
	{"BUS", "Business"},
	{"EDU", "Education"},
	{"MED", "Media"},
	{"JRN", "Journalists"},
	{"HLH", "Health"},
	{"LAB", "Labor"},
	{"AGR", "Agriculture"},
	{"REL", "Religious"},
	{"REF", "Refugees"},
	{"CRM", "Criminal"},
	{"HRI", "Human Rights"},
	{"ENV", "Environmental"},
	{"DEV", "Development"},
	{"SOC", "Civil Society"},
	{"CVL", "General Population / Civilian / Social"},
	{"NGM", "Non-Governmental Movement"},
	{"MOD", "Moderate"},
	{"RAD", "Radical"},
	{"SET", "Settlers"},
	{"PRE", "Partially Recognized Entity"},
	{"UIS", "Unidentified State Actor"},
	{"INT", "International"},
	{"UNK", "Unknown"},
}

// icewsSectorAliases maps ICEWS sector names that are not the name dyad
// writes but stand for the same sector, in lower case.
var icewsSectorAliases = map[string]string{
	"executive":                              "GOV",
	"executive office":                       "GOV",
	"cabinet":                                "GOV",
	"foreign ministry":                       "GOV",
	"ministry":                               "GOV",
	"local government":                       "GOV",
	"provincial government":                  "GOV",
	"protestors / popular opposition / mobs": "CVL",
	"opposition major party (out of government)": "OPP",
	"legal":       "JUD",
	"rebels":      "REB",
	"insurgent":   "INS",
	"media":       "MED",
	"news media":  "MED",
	"labor union": "LAB",
	"refugee":     "REF",
	"police":      "COP",
	"religious":   "REL",
}

var (
	sectorRank   = map[string]int{} // code: position in sectors
	sectorName   = map[string]string{}
	sectorByName = map[string]string{} // lower-case name: code
)

func init() {
	for i, s := range sectors {
		sectorRank[s.code] = i
		sectorName[s.code] = s.name
		sectorByName[strings.ToLower(s.name)] = s.code
	}
	for n, c := range icewsSectorAliases {
		sectorByName[n] = c
	}
}

// isSector reports whether code is a known three-letter sector code.
func isSector(code string) bool {
	_, ok := sectorRank[code]
	return ok
}

// SplitActorCode splits a CAMEO-style actor code into its country (or
// region), its sector codes and a known-group code, as GDELT's actor
// columns hold them: "PRKGOV" gives PRK and [GOV]; "USAGOVMIL" USA and [GOV
// MIL]; "IGOUNO" no country, [IGO] and group UNO; "GOV" no country and
// [GOV]. The code is read three letters at a time: a first part that
// is a country or region code is the country, known sector codes are
// sectors, and the last other part is the group. A code whose length is
// not a multiple of three gives nothing. Ethnic and religion codes, which
// GDELT also takes from the code, are not told apart from group codes.
func SplitActorCode(code string) (country string, sectors []string, group string) {
	if code == "" || len(code)%3 != 0 {
		return "", nil, ""
	}
	for i := 0; i < len(code); i += 3 {
		part := code[i : i+3]
		switch {
		case i == 0 && isCountry(part):
			country = part
		case isSector(part):
			sectors = append(sectors, part)
		default:
			group = part
		}
	}
	return country, sectors, group
}
