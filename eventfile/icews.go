package eventfile

import (
	"slices"
	"strconv"
	"strings"
)

// field returns the value of the column named name (in lower case) and
// its index, or "" and -1 when the file has no such column. A value that
// is na, the dataset's word for a missing value, is "": ICEWS writes NA;
// POLECAT (na "") writes None.
func (c *rec) field(name, na string) (string, int) {
	i, ok := c.r.index[name]
	if !ok {
		return "", -1
	}
	switch v := c.f[i]; {
	case v == na, na == "" && v == "None":
		return "", i
	default:
		return v, i
	}
}

// str is field without the index.
func (c *rec) str(name, na string) string {
	v, _ := c.field(name, na)
	return v
}

// icews reads an ICEWS line.
func (c *rec) icews() Event {
	if !c.count(true, c.r.width) {
		return Event{}
	}
	const na = "NA"
	e := Event{Dataset: DatasetICEWS}
	_, i := c.field("event id", na)
	e.ExternalID = c.id(i, true)
	_, i = c.field("event date", na)
	e.Date = c.date(i, "2006-01-02", "YYYY-MM-DD", true)
	e.Source = c.icewsActor("source", na)
	e.Target = c.icewsActor("target", na)
	e.EventText = c.str("event text", na)
	_, i = c.field("cameo code", na)
	e.CAMEO = c.cameoCode(i, 0, true)
	if v, i := c.field("intensity", na); i >= 0 && v != "" {
		e.Intensity = c.float(i, false, -10, 10)
	}
	if v, i := c.field("story id", na); i >= 0 && v != "" {
		e.StoryID = c.id(i, false)
	}
	if v, i := c.field("sentence number", na); i >= 0 && v != "" {
		e.Sentence = c.integer(i, false)
	}
	e.Publisher = c.str("publisher", na)
	e.Location = c.place(na, "city", "district", "province")
	e.Location.CountryName = c.str("country", na)
	e.Location.Country = CountryCode(e.Location.CountryName)
	return e
}

// icewsActor reads the source or target columns. The code is made of the
// country and the first sector the package knows.
func (c *rec) icewsActor(role, na string) Actor {
	a := Actor{Name: c.str(role+" name", na), CountryName: c.str(role+" country", na)}
	a.SectorNames = splitList(c.str(role+" sectors", na), ",")
	a.Country = CountryCode(a.CountryName)
	for _, n := range a.SectorNames {
		if s := sectorByName[strings.ToLower(n)]; s != "" && !slices.Contains(a.Sectors, s) {
			a.Sectors = append(a.Sectors, s)
		}
	}
	slices.SortStableFunc(a.Sectors, func(x, y string) int { return sectorRank[x] - sectorRank[y] })
	a.Code = a.Country
	if len(a.Sectors) > 0 {
		a.Code += a.Sectors[0]
	}
	return a
}

// place reads the coordinates and the named place columns of a header
// format.
func (c *rec) place(na, city, district, province string) Location {
	l := Location{City: c.str(city, na), District: c.str(district, na), Province: c.str(province, na)}
	if v, i := c.field("latitude", na); i >= 0 && v != "" {
		l.Lat = c.float(i, false, -90, 90)
	}
	if v, i := c.field("longitude", na); i >= 0 && v != "" {
		l.Lon = c.float(i, false, -180, 180)
	}
	return l
}

// icewsRecord returns the fields of e as an ICEWS line.
func (w *Writer) icewsRecord(e *Event) ([]string, error) {
	date, err := w.eventDate(e)
	if err != nil {
		return nil, err
	}
	if !isDigits(e.CAMEO) || len(e.CAMEO) < 2 || len(e.CAMEO) > 4 {
		return nil, w.eventError(e, ErrNoCode, "no CAMEO event code")
	}
	intensity := ""
	if e.Intensity != nil {
		intensity = formatFloat(*e.Intensity)
	}
	sentence := ""
	if e.Sentence > 0 {
		sentence = strconv.Itoa(e.Sentence)
	}
	story := e.StoryID
	if story != "" && !isDigits(story) {
		story = hashID(story)
	}
	country := e.Location.CountryName
	if country == "" {
		country = countryNameOrCode(e.Location.Country)
	}
	f := []string{w.numericID(e.ExternalID), date.Format("2006-01-02")}
	f = appendICEWSActor(f, &e.Source)
	f = append(f, e.EventText, e.CAMEO, intensity)
	f = appendICEWSActor(f, &e.Target)
	f = append(f, story, sentence, e.Publisher, e.Location.City, e.Location.District, e.Location.Province, country,
		formatCoord(e.Location.Lat), formatCoord(e.Location.Lon))
	for i, v := range f {
		if v = plain(v); v == "" {
			v = "NA"
		}
		f[i] = v
	}
	return f, nil
}

func appendICEWSActor(f []string, a *Actor) []string {
	names := a.SectorNames
	if len(names) == 0 {
		for _, s := range a.Sectors {
			if n := sectorName[s]; n != "" {
				names = append(names, n)
			} else {
				names = append(names, s)
			}
		}
	}
	country := a.CountryName
	if country == "" {
		country = countryNameOrCode(a.Country)
	}
	return append(f, a.Name, strings.Join(names, ","), country)
}

// countryNameOrCode is the name of a country code, or the code when the
// table does not know it.
func countryNameOrCode(code string) string {
	if n := CountryName(code); n != "" {
		return n
	}
	return code
}
