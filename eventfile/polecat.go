package eventfile

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad/cameo"
)

// polecat reads a POLECAT line. POLECAT writes "None" for a missing value.
func (c *rec) polecat() Event {
	if !c.count(true, c.r.width) {
		return Event{}
	}
	e := Event{Dataset: DatasetPOLECAT}
	v, i := c.field("event id", "")
	if e.ExternalID = v; v == "" {
		c.fail(i, ErrMissing, "no identifier")
	}
	v, i = c.field("event date", "")
	if len(v) > 10 && (v[10] == ' ' || v[10] == 'T') {
		v = v[:10] // a time after the date
	}
	if d, ok := parseDate(v, "2006-01-02"); ok {
		e.Date = d
	} else {
		c.fail(i, ErrDate, "%q is not a date (YYYY-MM-DD)", cut(c.f[i]))
	}
	v, i = c.field("event type", "")
	if e.PLOVER = strings.ToUpper(strings.TrimSpace(v)); e.PLOVER == "" {
		c.fail(i, ErrMissing, "no event type")
	}
	e.Mode = c.str("event mode", "")
	if v, i := c.field("event intensity", ""); i >= 0 && v != "" {
		e.Intensity = c.float(i, false, -1e6, 1e6)
	}
	if v, i := c.field("quad code", ""); i >= 0 && v != "" {
		if e.Quad = parseQuad(v); e.Quad == 0 {
			c.fail(i, ErrValue, "%q is not a quad class (VERBAL COOPERATION, ... MATERIAL CONFLICT, or 1 to 4)",
				cut(v))
		}
	}
	e.Contexts = splitList(strings.ReplaceAll(c.str("contexts", ""), ",", ";"), ";")
	e.Source = c.polecatActor("actor")
	e.Target = c.polecatActor("recipient")
	e.Location = c.place("", "city", "district", "province")
	e.Location.Name = c.str("placename", "")
	e.Location.RawName = c.str("raw placename", "")
	e.Location.Country = c.str("country", "")
	e.Location.GeoNamesID = c.str("geonames id", "")
	e.Location.FeatureType = c.str("feature type", "")
	e.Publisher = c.str("source", "")
	e.Published = c.str("publication date", "")
	e.StoryPeople = c.str("story people", "")
	e.StoryOrganizations = c.str("story organizations", "")
	e.StoryLocations = c.str("story locations", "")
	e.Language = c.str("language", "")
	e.Version = c.str("version", "")
	e.StoryID = c.str("story id", "")
	e.Headline = c.str("headline", "")
	e.Text = c.str("event text", "")
	return e
}

// polecatActor reads the actor or recipient columns. The code is made of
// the country and the primary sector.
func (c *rec) polecatActor(role string) Actor {
	a := Actor{
		Name:        c.str(role+" name", ""),
		Country:     c.str(role+" country", ""),
		COW:         c.str(role+" cow", ""),
		Title:       c.str(role+" title", ""),
		RawName:     c.str(role+" name raw", ""),
		WikipediaID: c.str("wikipedia "+role+" id", ""),
	}
	for _, s := range append(splitList(strings.ReplaceAll(c.str("primary "+role+" sector", ""), ",", ";"), ";"),
		splitList(strings.ReplaceAll(c.str(role+" sectors", ""), ",", ";"), ";")...) {
		if !slices.Contains(a.Sectors, s) {
			a.Sectors = append(a.Sectors, s)
		}
	}
	if isCode3(a.Country) {
		a.Code = a.Country
	}
	if len(a.Sectors) > 0 && isCode3(a.Sectors[0]) {
		a.Code += a.Sectors[0]
	}
	return a
}

// isCode3 reports whether s is three capital letters.
func isCode3(s string) bool {
	return len(s) == 3 && strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}

// parseQuad reads a quad class as POLECAT writes it ("VERBAL
// COOPERATION") or as a number, or returns 0.
func parseQuad(s string) int {
	s = strings.TrimSpace(s)
	if n, err := strconv.Atoi(s); err == nil {
		if n >= 1 && n <= 4 {
			return n
		}
		return 0
	}
	s = strings.NewReplacer("_", " ", "-", " ").Replace(strings.ToLower(s))
	for q := cameo.Quad(1); q <= 4; q++ {
		if q.String() == s {
			return int(q)
		}
	}
	return 0
}

// polecatRecord returns the fields of e as a POLECAT line, None for a
// missing value as POLECAT writes it. The quad code
// of an event from another dataset is its PLOVER type's, as POLECAT's is,
// which differs from the CAMEO code's for a few codes (081 to 083, CAMEO
// material cooperation, are CONCEDE, verbal cooperation).
func (w *Writer) polecatRecord(e *Event) ([]string, error) {
	date, err := w.eventDate(e)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(e.PLOVER) == "" {
		if e.CAMEO != "" {
			return nil, w.eventError(e, ErrNoPLOVER, "CAMEO code %s has no PLOVER event type", e.CAMEO)
		}
		return nil, w.eventError(e, ErrNoPLOVER, "no PLOVER event type")
	}
	quad := e.Quad
	if p, err := cameo.ParsePLOVER(e.PLOVER); err == nil && e.Dataset != DatasetPOLECAT {
		quad = int(p.Quad())
	}
	quadCode := ""
	if quad >= 1 && quad <= 4 {
		quadCode = strings.ToUpper(cameo.Quad(quad).String())
	}
	intensity := ""
	if e.Intensity != nil {
		intensity = formatFloat(*e.Intensity)
	}
	id := e.ExternalID
	if id == "" {
		id = w.numericID("")
	}
	l := &e.Location
	f := []string{id, date.Format("2006-01-02"), strings.ToUpper(e.PLOVER), e.Mode, intensity, quadCode,
		strings.Join(e.Contexts, "; ")}
	f = appendPOLECATActor(f, &e.Source)
	f = appendPOLECATActor(f, &e.Target)
	f = append(f, l.Name, l.City, l.District, l.Province, l.Country, formatCoord(l.Lat), formatCoord(l.Lon),
		l.GeoNamesID, l.RawName, l.FeatureType, e.Publisher, e.Published, e.StoryPeople, e.StoryOrganizations,
		e.StoryLocations, e.Language, e.Version, e.StoryID, e.Headline, e.Text)
	for i, v := range f {
		v = strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ").Replace(strings.ToValidUTF8(v, "\uFFFD"))
		switch {
		case v == "":
			v = "None"
		case strings.ContainsAny(v, "\"\t"):
			v = `"` + strings.ReplaceAll(v, `"`, `""`) + `"`
		}
		f[i] = v
	}
	return f, nil
}

func appendPOLECATActor(f []string, a *Actor) []string {
	return append(f, a.Name, a.Country, a.COW, item(a.Sectors, 0), strings.Join(a.Sectors, "; "), a.Title,
		a.RawName, a.WikipediaID)
}
