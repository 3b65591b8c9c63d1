package eventfile

import (
	"strconv"
	"strings"
	"time"
)

// gdelt reads a GDELT 1.0 or 2.0 line.
func (c *rec) gdelt() Event {
	v2 := c.r.format == GDELT2
	if v2 {
		if !c.count(false, gdelt2Columns) {
			return Event{}
		}
	} else if !c.count(false, gdelt1Daily, gdelt1Backfile) {
		return Event{}
	}
	if !v2 && len(c.f) == gdelt1Backfile {
		c.r.cols = gdeltColumns(GDELT1Backfile)
	} else if !v2 {
		c.r.cols = gdeltColumns(GDELT1)
	}
	e := Event{Dataset: DatasetGDELT1}
	if v2 {
		e.Dataset = DatasetGDELT2
	}
	e.ExternalID = c.id(0, true)
	e.Date = c.date(1, "20060102", "YYYYMMDD", true)
	// MonthYear, Year and FractionDate (2-4) follow from SQLDATE.
	e.Source = c.gdeltActor(5)
	e.Target = c.gdeltActor(15)
	switch c.f[25] {
	case "1":
		e.RootEvent = true
	case "0":
	default:
		c.fail(25, ErrValue, "%q is not 0 or 1", cut(c.f[25]))
	}
	e.CAMEO = c.cameoCode(26, 0, true)
	e.BaseCode = c.cameoCode(27, 0, true)
	e.RootCode = c.cameoCode(28, 2, true)
	e.Quad = c.integer(29, true)
	if e.Quad < 1 || e.Quad > 4 {
		c.fail(29, ErrValue, "quad class %q is not 1 to 4", cut(c.f[29]))
	}
	e.Goldstein = c.float(30, true, -10, 10)
	e.NumMentions = c.integer(31, true)
	e.NumSources = c.integer(32, true)
	e.NumArticles = c.integer(33, true)
	e.AvgTone = c.float(34, true, -100, 100)
	i := 35
	e.Source.Geo, i = c.gdeltGeo(i, v2)
	e.Target.Geo, i = c.gdeltGeo(i, v2)
	e.Location, i = c.gdeltGeo(i, v2)
	if v2 {
		v := strings.TrimSpace(c.f[i])
		t, err := time.Parse("20060102150405", v)
		if err != nil || len(v) != 14 {
			c.fail(i, ErrDate, "%q is not a time (YYYYMMDDHHMMSS)", cut(c.f[i]))
		}
		e.Added = t.Format(time.RFC3339)
	} else {
		e.Added = c.date(i, "20060102", "YYYYMMDD", true)
	}
	if i+1 < len(c.f) {
		e.URL = c.f[i+1]
	}
	return e
}

// gdeltActor reads the ten actor columns from i.
func (c *rec) gdeltActor(i int) Actor {
	f := c.f[i : i+10]
	return Actor{Code: f[0], Name: f[1], Country: f[2], KnownGroup: f[3], Ethnic: f[4],
		Religion: nonEmpty(f[5], f[6]), Sectors: nonEmpty(f[7], f[8], f[9])}
}

// gdeltGeo reads the seven (GDELT 2.0: eight) place columns from i and
// returns the index after them.
func (c *rec) gdeltGeo(i int, v2 bool) (Location, int) {
	var l Location
	l.Type = c.integer(i, false)
	if l.Type > 5 {
		c.fail(i, ErrValue, "place type %d is not 0 to 5", l.Type)
	}
	l.Name, l.FIPS, l.ADM1 = c.f[i+1], c.f[i+2], c.f[i+3]
	i += 4
	if v2 {
		l.ADM2 = c.f[i]
		i++
	}
	l.Lat = c.float(i, false, -90, 90)
	l.Lon = c.float(i+1, false, -180, 180)
	l.FeatureID = c.f[i+2]
	return l, i + 3
}

// gdeltRecord returns the fields of e as a GDELT line.
func (w *Writer) gdeltRecord(e *Event) ([]string, error) {
	v2 := w.format == GDELT2
	date, err := w.eventDate(e)
	if err != nil {
		return nil, err
	}
	if !isDigits(e.CAMEO) || len(e.CAMEO) < 2 || len(e.CAMEO) > 4 {
		return nil, w.eventError(e, ErrNoCode, "no CAMEO event code")
	}
	quad := e.Quad
	if quad == 0 {
		quad = rootQuad(e.CAMEO[:2])
	}
	if quad < 1 || quad > 4 {
		return nil, w.eventError(e, ErrNoCode, "CAMEO code %q has no quad class", e.CAMEO)
	}
	goldstein := e.Goldstein
	if goldstein == nil {
		ec := *e
		ec.Goldstein = nil
		ec.Complete()
		if goldstein = ec.Goldstein; goldstein == nil {
			return nil, w.eventError(e, ErrNoCode, "no Goldstein score, and %q is not a code of the CAMEO codebook",
				e.CAMEO)
		}
	}
	base, root := e.BaseCode, e.RootCode
	if base == "" {
		base = e.CAMEO[:min(3, len(e.CAMEO))]
	}
	if root == "" {
		root = e.CAMEO[:2]
	}
	f := make([]string, 0, gdelt2Columns)
	yday := (date.YearDay()*10000 + 182) / 365 // the fraction of the year, rounded to 4 digits
	f = append(f, w.numericID(e.ExternalID), date.Format("20060102"), date.Format("200601"), date.Format("2006"),
		date.Format("2006")+"."+pad4(min(yday, 9999)))
	f = appendGDELTActor(f, &e.Source)
	f = appendGDELTActor(f, &e.Target)
	f = append(f, boolDigit(e.RootEvent), e.CAMEO, base, root, strconv.Itoa(quad), formatGoldstein(*goldstein),
		strconv.Itoa(max(e.NumMentions, 0)), strconv.Itoa(max(e.NumSources, 0)), strconv.Itoa(max(e.NumArticles, 0)),
		formatFloat(orZero(e.AvgTone)))
	for _, l := range []*Location{&e.Source.Geo, &e.Target.Geo, &e.Location} {
		f = append(f, strconv.Itoa(max(l.Type, 0)), gdeltPlaceName(l), l.FIPS, l.ADM1)
		if v2 {
			f = append(f, l.ADM2)
		}
		f = append(f, formatCoord(l.Lat), formatCoord(l.Lon), l.FeatureID)
	}
	added := addedTime(e.Added, date)
	if v2 {
		f = append(f, added.Format("20060102150405"))
	} else {
		f = append(f, added.Format("20060102"))
	}
	if w.format != GDELT1Backfile {
		url := e.URL
		if url == "" {
			url = e.StoryID
		}
		f = append(f, url)
	}
	for i, v := range f {
		f[i] = plain(v)
	}
	return f, nil
}

func appendGDELTActor(f []string, a *Actor) []string {
	return append(f, a.Code, a.Name, a.Country, a.KnownGroup, a.Ethnic, item(a.Religion, 0), item(a.Religion, 1),
		item(a.Sectors, 0), item(a.Sectors, 1), item(a.Sectors, 2))
}

// gdeltPlaceName is a place's full name: Name, or its city, province and
// country joined as GDELT joins them.
func gdeltPlaceName(l *Location) string {
	if l.Name != "" {
		return l.Name
	}
	country := l.CountryName
	if country == "" {
		country = CountryName(l.Country)
	}
	return strings.Join(nonEmpty(l.City, l.Province, country), ", ")
}

// rootQuad is the quad class of a CAMEO root code ("01" to "20"), or 0.
func rootQuad(root string) int {
	n, err := strconv.Atoi(root)
	switch {
	case err != nil || n < 1 || n > 20:
		return 0
	case n <= 5:
		return 1
	case n <= 8:
		return 2
	case n <= 13:
		return 3
	}
	return 4
}

// addedTime is when an event was added: Added (a date or an RFC 3339
// time), else its date.
func addedTime(added string, date time.Time) time.Time {
	if t, err := time.Parse(time.RFC3339, added); err == nil {
		return t.UTC()
	}
	if t, err := time.Parse("2006-01-02", added); err == nil {
		return t
	}
	return date
}

func pad4(n int) string {
	s := strconv.Itoa(n)
	return strings.Repeat("0", 4-len(s)) + s
}

func boolDigit(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

func item(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return ""
}

func orZero(p *float64) float64 {
	if p == nil {
		return 0
	}
	return *p
}

func formatFloat(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

// formatGoldstein writes a Goldstein score as GDELT does, with at least
// one decimal ("-10.0", "3.4").
func formatGoldstein(x float64) string {
	s := formatFloat(x)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

func formatCoord(p *float64) string {
	if p == nil {
		return ""
	}
	return formatFloat(*p)
}
