package eventfile

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/store"
)

// Dataset names where an Event comes from.
type Dataset string

// The datasets this package reads, and dyad's own store.
const (
	DatasetGDELT1  Dataset = "gdelt1"
	DatasetGDELT2  Dataset = "gdelt2"
	DatasetICEWS   Dataset = "icews"
	DatasetPOLECAT Dataset = "polecat"
	DatasetDyad    Dataset = "dyad"
)

// Event is one coded event, whatever dataset it comes from. A field holds
// what the dataset gives and stays empty (zero, nil) where it gives
// nothing; Complete fills in what follows from the CAMEO code. The comment
// of each field names the column of each format that fills it: G1 is
// GDELT 1.0, G2 GDELT 2.0 (which has every GDELT 1.0 column), I ICEWS, P
// POLECAT, D dyad's store (FromRow).
type Event struct {
	// Dataset is where the event comes from.
	Dataset Dataset `json:"dataset"`
	// ExternalID is the dataset's identifier of the event. G: GLOBALEVENTID;
	// I, P: Event ID; D: the document key, sentence index and trigger
	// offset (see FromRow).
	ExternalID string `json:"external_id"`
	// Date is the day of the event, YYYY-MM-DD. G: SQLDATE; I, P: Event
	// Date; D: the document's date.
	Date string `json:"date"`
	// Added is when the dataset added the event: YYYY-MM-DD (G1 DATEADDED)
	// or YYYY-MM-DDTHH:MM:SSZ, in UTC (G2 DATEADDED).
	Added string `json:"added,omitempty"`
	// Published is the publication date of the story as the dataset
	// writes it (P: Publication Date).
	Published string `json:"published,omitempty"`

	// Source and Target are who acted and who was acted upon (GDELT Actor1
	// and Actor2, ICEWS Source and Target, POLECAT Actor and Recipient).
	Source Actor `json:"source,omitzero"`
	Target Actor `json:"target,omitzero"`

	// CAMEO is the CAMEO event code, two to four digits ("0332"). G:
	// EventCode; I: CAMEO Code; D: the event's code. POLECAT has none.
	CAMEO string `json:"cameo,omitempty"`
	// BaseCode and RootCode are the code's first three and two digits
	// (G: EventBaseCode, EventRootCode).
	BaseCode string `json:"base_code,omitempty"`
	RootCode string `json:"root_code,omitempty"`
	// RootEvent reports whether the event was found in the lead paragraph
	// of its story (G: IsRootEvent). D: set for the first sentence.
	RootEvent bool `json:"root_event,omitempty"`
	// Quad is the quad class, 1 (verbal cooperation) to 4 (material
	// conflict), 0 when not given. G: QuadClass; P: Quad Code (PLOVER's
	// quad of the event type); D: the CAMEO code's quad class.
	Quad int `json:"quad,omitempty"`
	// Goldstein is the Goldstein conflict-cooperation score of the event
	// type, -10 to 10. G: GoldsteinScale; D: the code's value.
	Goldstein *float64 `json:"goldstein,omitempty"`
	// EventText names the event type in words (I: Event Text, the CAMEO
	// name of the code).
	EventText string `json:"event_text,omitempty"`
	// PLOVER is the PLOVER event type in capitals ("ASSAULT"), Mode its
	// mode and Contexts its contexts. P: Event Type, Event Mode,
	// Contexts; D: from the CAMEO code.
	PLOVER   string   `json:"plover,omitempty"`
	Mode     string   `json:"mode,omitempty"`
	Contexts []string `json:"contexts,omitempty"`
	// Intensity is the dataset's intensity score. I: Intensity (on the
	// Goldstein scale); P: Event Intensity; D: the Goldstein value.
	Intensity *float64 `json:"intensity,omitempty"`

	// NumMentions, NumSources and NumArticles count the mentions of the
	// event, the sources and the articles mentioning it (G columns of the
	// same names); AvgTone is the average tone of those articles (G:
	// AvgTone). D: one mention in one article from one source.
	NumMentions int      `json:"num_mentions,omitempty"`
	NumSources  int      `json:"num_sources,omitempty"`
	NumArticles int      `json:"num_articles,omitempty"`
	AvgTone     *float64 `json:"avg_tone,omitempty"`

	// Location is where the event happened. G: ActionGeo_*; I: City,
	// District, Province, Country, Latitude, Longitude; P: Placename ...
	// Feature Type.
	Location Location `json:"location,omitzero"`

	// URL is the story's address (G: SOURCEURL, which for some sources is
	// a citation rather than a URL; D: the document key when it is a URL).
	URL string `json:"url,omitempty"`
	// StoryID identifies the story (I: Story ID; P: Story ID, where given;
	// D: the document key).
	StoryID string `json:"story_id,omitempty"`
	// Sentence is the number of the sentence in the story, from 1, 0 when
	// not given (I: Sentence Number; D: the sentence index plus one).
	Sentence int `json:"sentence,omitempty"`
	// Publisher is who published the story (I: Publisher; P: Source).
	Publisher string `json:"publisher,omitempty"`
	// Language and Version are the story's language and the dataset's
	// version (P: Language, Version).
	Language string `json:"language,omitempty"`
	Version  string `json:"version,omitempty"`
	// Headline is the story's headline and Text the text coded (P:
	// Headline, Event Text, where given; D: Text is the sentence).
	Headline string `json:"headline,omitempty"`
	Text     string `json:"text,omitempty"`
	// StoryPeople, StoryOrganizations and StoryLocations list who and
	// what the story names, as POLECAT writes them (P: Story People,
	// Story Organizations, Story Locations).
	StoryPeople        string `json:"story_people,omitempty"`
	StoryOrganizations string `json:"story_organizations,omitempty"`
	StoryLocations     string `json:"story_locations,omitempty"`

	// Negated and Reported are dyad's flags: the event is denied ("did
	// not attack"), or is part of what someone said. No format has a
	// column for them: a writer writes a negated event as if it happened.
	Negated  bool `json:"negated,omitempty"`
	Reported bool `json:"reported,omitempty"`
}

// Actor is the source or the target of an event.
type Actor struct {
	// Code is the CAMEO-style actor code: a country or region and sectors
	// ("PRKGOV", "USAGOVMIL"), or an organisation ("IGOUNO"). G:
	// Actor1Code; D: the event's actor code. ICEWS and POLECAT give no
	// codes: the reader makes one of Country and the first of Sectors.
	Code string `json:"code,omitempty"`
	// Name is the actor's name. G: Actor1Name (in capitals); I: Source
	// Name; P: Actor Name; D: the words of the mention.
	Name string `json:"name,omitempty"`
	// Country is the actor's three-letter country code: CAMEO's (ISO
	// 3166-1 alpha-3 and a few more) in GDELT (Actor1CountryCode) and
	// dyad, ISO 3166-1 alpha-3 in POLECAT (Actor Country); for ICEWS the
	// code of CountryName where the package's table knows it.
	Country string `json:"country,omitempty"`
	// CountryName is the country as ICEWS names it (I: Source Country).
	CountryName string `json:"country_name,omitempty"`
	// Sectors are three-letter sector codes, the most telling first. G:
	// Actor1Type1Code to Type3Code; P: Primary Actor Sector, then Actor
	// Sectors; I: the codes of the SectorNames the package knows; D: from
	// the code.
	Sectors []string `json:"sectors,omitempty"`
	// SectorNames are the sectors as ICEWS names them (I: Source Sectors).
	SectorNames []string `json:"sector_names,omitempty"`
	// KnownGroup, Ethnic and Religion are GDELT's codes for a known
	// organisation, an ethnicity and up to two religions
	// (Actor1KnownGroupCode, Actor1EthnicCode, Actor1Religion1Code and
	// Religion2Code).
	KnownGroup string   `json:"known_group,omitempty"`
	Ethnic     string   `json:"ethnic,omitempty"`
	Religion   []string `json:"religion,omitempty"`
	// COW, Title, RawName and WikipediaID are POLECAT's Correlates of War
	// country code, the actor's title, the words naming it and its
	// Wikipedia identifier (Actor COW, Actor Title, Actor Name Raw,
	// Wikipedia Actor ID).
	COW         string `json:"cow,omitempty"`
	Title       string `json:"title,omitempty"`
	RawName     string `json:"raw_name,omitempty"`
	WikipediaID string `json:"wikipedia_id,omitempty"`
	// Geo is where the actor is (G: Actor1Geo_*).
	Geo Location `json:"geo,omitzero"`
}

// IsZero reports whether the actor is empty, as the target of an event
// without one is.
func (a Actor) IsZero() bool {
	return a.Code == "" && a.Name == "" && a.Country == "" && a.CountryName == "" && len(a.Sectors) == 0 &&
		len(a.SectorNames) == 0 && a.KnownGroup == "" && a.Ethnic == "" && len(a.Religion) == 0 && a.COW == "" &&
		a.Title == "" && a.RawName == "" && a.WikipediaID == "" && a.Geo.IsZero()
}

// Location is a place, as precise as the dataset gives it.
type Location struct {
	// Type is GDELT's resolution of the place: 1 country, 2 US state, 3
	// US city, 4 other city, 5 other first-level division; 0 when not
	// given (G: Geo_Type).
	Type int `json:"type,omitempty"`
	// Name is the place's full name (G: Geo_FullName, "City, Province,
	// Country"; P: Placename).
	Name string `json:"name,omitempty"`
	// RawName is the place as the story names it (P: Raw Placename).
	RawName string `json:"raw_name,omitempty"`
	// City, District and Province are the place's city and first- and
	// second-level divisions (I, P: City, District, Province).
	City     string `json:"city,omitempty"`
	District string `json:"district,omitempty"`
	Province string `json:"province,omitempty"`
	// Country is the place's ISO 3166-1 alpha-3 code (P: Country; I: the
	// code of CountryName where known) and CountryName its name as ICEWS
	// writes it (I: Country).
	Country     string `json:"country,omitempty"`
	CountryName string `json:"country_name,omitempty"`
	// FIPS is GDELT's FIPS 10-4 country code of the place, ADM1 and ADM2
	// its first- and second-level division codes (G: Geo_CountryCode,
	// Geo_ADM1Code; G2: Geo_ADM2Code).
	FIPS string `json:"fips,omitempty"`
	ADM1 string `json:"adm1,omitempty"`
	ADM2 string `json:"adm2,omitempty"`
	// Lat and Lon are its coordinates in degrees, nil when not given.
	Lat *float64 `json:"lat,omitempty"`
	Lon *float64 `json:"lon,omitempty"`
	// FeatureID identifies the place in GDELT's gazetteers (G:
	// Geo_FeatureID, a GNS or GNIS feature id, or an ADM1 code for a
	// division).
	FeatureID string `json:"feature_id,omitempty"`
	// GeoNamesID is the place's GeoNames identifier and FeatureType its
	// kind (P: GeoNames ID, Feature Type).
	GeoNamesID  string `json:"geonames_id,omitempty"`
	FeatureType string `json:"feature_type,omitempty"`
}

// IsZero reports whether the location gives nothing.
func (l Location) IsZero() bool {
	return l.Type == 0 && l.Name == "" && l.RawName == "" && l.City == "" && l.District == "" &&
		l.Province == "" && l.Country == "" && l.CountryName == "" && l.FIPS == "" && l.ADM1 == "" &&
		l.ADM2 == "" && l.Lat == nil && l.Lon == nil && l.FeatureID == "" && l.GeoNamesID == "" && l.FeatureType == ""
}

// Float returns a pointer to v, for the optional numbers of an Event.
func Float(v float64) *float64 { return &v }

// Complete fills the fields of e that follow from others when they are
// empty: from the CAMEO code its base and root codes, quad class,
// Goldstein score, name (EventText) and PLOVER type, mode and contexts;
// from a PLOVER type the quad class; the intensity from the Goldstein
// score; each actor's country, sectors and known group from its code
// (SplitActorCode); and the GDELT type of each place from what it names. It changes no field that is set. Writers do not call
// it: call it before writing events from one dataset in the format of
// another.
func (e *Event) Complete() {
	if isDigits(e.CAMEO) && len(e.CAMEO) >= 2 {
		if e.RootCode == "" {
			e.RootCode = e.CAMEO[:2]
		}
		if e.BaseCode == "" {
			e.BaseCode = e.CAMEO[:min(3, len(e.CAMEO))]
		}
	}
	if c, err := cameo.Parse(e.CAMEO); err == nil {
		if e.Quad == 0 {
			e.Quad = int(c.Quad())
		}
		if e.Goldstein == nil {
			e.Goldstein = Float(c.Goldstein())
		}
		if e.EventText == "" {
			e.EventText = c.Name()
		}
		if p, mode := c.PLOVER(); p.Valid() {
			if e.PLOVER == "" {
				e.PLOVER = p.String()
				if e.Mode == "" {
					e.Mode = mode
				}
			}
			if len(e.Contexts) == 0 && strings.EqualFold(e.PLOVER, p.String()) {
				e.Contexts = c.PLOVERContexts()
			}
		}
	}
	if e.Quad == 0 {
		if p, err := cameo.ParsePLOVER(e.PLOVER); err == nil {
			e.Quad = int(p.Quad())
		}
	}
	if e.Intensity == nil && e.Goldstein != nil {
		e.Intensity = Float(*e.Goldstein)
	}
	e.Source.complete()
	e.Target.complete()
	e.Location.complete()
}

// complete sets the GDELT type of a place that has none from what it
// names: a city (3 in the United States, 4 elsewhere), a province (2 or
// 5), a country (1).
func (l *Location) complete() {
	if l.Type != 0 {
		return
	}
	us := l.Country == "USA" || l.FIPS == "US"
	switch {
	case l.City != "" && us:
		l.Type = 3
	case l.City != "":
		l.Type = 4
	case l.Province != "" && us:
		l.Type = 2
	case l.Province != "":
		l.Type = 5
	case l.Country != "" || l.CountryName != "" || l.FIPS != "":
		l.Type = 1
	}
}

// complete fills the country, sectors and known group from the code when
// none of them is set.
func (a *Actor) complete() {
	if a.Code == "" || a.Country != "" || len(a.Sectors) > 0 || a.KnownGroup != "" {
		a.Geo.complete()
		return
	}
	a.Country, a.Sectors, a.KnownGroup = SplitActorCode(a.Code)
	a.Geo.complete()
}

// FromRow converts an event of dyad's store to an Event, completed (see
// Complete). Its ExternalID is "DOC#INDEX" (the document key and the
// event's index among the document's events), unique in a store. The actors' names are the
// words of their mentions; StoryID is the document key, and URL too when
// the key is a web address; Text is the sentence. The event counts once,
// in one article from one source (NumMentions, NumSources, NumArticles
// are 1); RootEvent is set for events of the first sentence.
//
// An event the store imported from another dataset comes back as its
// record was read (EventRow.Record), so that exporting it loses nothing.
func FromRow(r store.EventRow) Event {
	if r.Dataset != "" && r.Record != "" {
		// An imported event: its record as it was read.
		var e Event
		if err := json.Unmarshal([]byte(r.Record), &e); err == nil {
			return e
		}
	}
	e := Event{
		Dataset:     DatasetDyad,
		ExternalID:  r.Doc + "#" + strconv.Itoa(r.Index),
		Date:        r.Date,
		Source:      Actor{Code: r.Source, Name: r.SourceText},
		Target:      Actor{Code: r.Target, Name: r.TargetText},
		CAMEO:       r.CAMEO,
		RootEvent:   r.Sentence == 0,
		Quad:        r.Quad,
		PLOVER:      r.PLOVER,
		Mode:        r.Mode,
		NumMentions: 1,
		NumSources:  1,
		NumArticles: 1,
		StoryID:     r.Doc,
		Sentence:    r.Sentence + 1,
		Text:        r.Text,
		Negated:     r.Negated,
		Reported:    r.Reported,
	}
	if r.CAMEO != "" {
		e.Goldstein = Float(r.Goldstein)
	}
	if strings.HasPrefix(r.Doc, "http://") || strings.HasPrefix(r.Doc, "https://") {
		e.URL = r.Doc
	}
	e.Complete()
	return e
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
