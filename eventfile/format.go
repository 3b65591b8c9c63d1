package eventfile

import (
	"bytes"
	"fmt"
	"strings"
)

// Format is an event file format.
type Format uint8

// The formats. Auto, for a Reader, means: detect the format from the
// first line (see Detect).
const (
	Auto Format = iota
	// GDELT1 is the GDELT 1.0 daily event file from April 2013 on: 58
	// tab-separated columns, no header, SOURCEURL last. Its reader also
	// takes the 57 columns of the backfile.
	GDELT1
	// GDELT1Backfile is the GDELT 1.0 historical backfile (1979 to March
	// 2013): the 57 columns of GDELT1 without SOURCEURL.
	GDELT1Backfile
	// GDELT2 is the GDELT 2.0 event export: 61 columns, the GDELT 1.0 ones
	// with an ADM2Code for each of the three places and DATEADDED to the
	// second.
	GDELT2
	// ICEWS is the ICEWS coded event data of Harvard Dataverse: a header
	// line and 20 tab-separated columns, NA for missing values.
	ICEWS
	// POLECAT is the POLECAT event data of Harvard Dataverse: a header line
	// and about 40 tab-separated columns.
	POLECAT
)

var formatNames = [...]string{"auto", "gdelt1", "gdelt1-backfile", "gdelt2", "icews", "polecat"}

// String returns the format's name as ParseFormat takes it.
func (f Format) String() string {
	if int(f) < len(formatNames) {
		return formatNames[f]
	}
	return fmt.Sprintf("Format(%d)", f)
}

// Dataset returns the dataset whose files have the format.
func (f Format) Dataset() Dataset {
	switch f {
	case GDELT1, GDELT1Backfile:
		return DatasetGDELT1
	case GDELT2:
		return DatasetGDELT2
	case ICEWS:
		return DatasetICEWS
	case POLECAT:
		return DatasetPOLECAT
	}
	return ""
}

// Formats returns the formats a Writer writes, in order.
func Formats() []Format { return []Format{GDELT1, GDELT1Backfile, GDELT2, ICEWS, POLECAT} }

// ParseFormat returns the format named s ("gdelt1", "gdelt1-backfile",
// "gdelt2", "icews", "polecat" or "auto"), in any case.
func ParseFormat(s string) (Format, error) {
	for i, n := range formatNames {
		if strings.EqualFold(s, n) {
			return Format(i), nil
		}
	}
	return 0, fmt.Errorf("eventfile: unknown format %q (have gdelt1, gdelt1-backfile, gdelt2, icews, polecat)", cut(s))
}

// GDELT column counts.
const (
	gdelt1Backfile = 57
	gdelt1Daily    = 58
	gdelt2Columns  = 61
)

// Detect returns the format of a file whose first line is line (with or
// without its line end and a byte-order mark). ICEWS and POLECAT files
// start with a header whose first column is "Event ID": one with a "CAMEO
// Code" column is ICEWS, one with "Event Type" POLECAT. GDELT files have
// no header (a header starting "GLOBALEVENTID", as exports from other
// tools have, is taken too) and are told apart by their number of
// columns: 57 (GDELT 1.0 backfile), 58 (GDELT 1.0) or 61 (GDELT 2.0).
func Detect(line []byte) (Format, error) {
	line = bytes.TrimPrefix(line, bom)
	line = bytes.TrimRight(line, "\r\n")
	raw := strings.Split(string(line), "\t")
	first := strings.TrimSpace(unquote(raw[0]))
	if strings.EqualFold(first, "Event ID") {
		var cameoCol, typeCol bool
		for _, n := range splitFields(string(line), true) {
			switch normName(n) {
			case "cameo code":
				cameoCol = true
			case "event type":
				typeCol = true
			}
		}
		switch {
		case cameoCol:
			return ICEWS, nil
		case typeCol:
			return POLECAT, nil
		}
		return Auto, fmt.Errorf(`a header with "Event ID" but neither "CAMEO Code" (ICEWS) nor "Event Type" (POLECAT): %w`,
			ErrFormat)
	}
	switch len(raw) {
	case gdelt1Backfile:
		return GDELT1Backfile, nil
	case gdelt1Daily:
		return GDELT1, nil
	case gdelt2Columns:
		return GDELT2, nil
	}
	return Auto, fmt.Errorf("%d tab-separated columns and no ICEWS or POLECAT header "+
		"(GDELT 1.0 has 57 or 58 columns, GDELT 2.0 61): %w", len(raw), ErrFormat)
}

// normName is a header name as compared: unquoted, trimmed, lower case.
func normName(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// gdeltColumns returns the names of the columns of a GDELT format.
func gdeltColumns(f Format) []string {
	cols := []string{"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"}
	for _, a := range []string{"Actor1", "Actor2"} {
		for _, c := range []string{"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
			"Religion2Code", "Type1Code", "Type2Code", "Type3Code"} {
			cols = append(cols, a+c)
		}
	}
	cols = append(cols, "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
		"NumMentions", "NumSources", "NumArticles", "AvgTone")
	for _, g := range []string{"Actor1Geo_", "Actor2Geo_", "ActionGeo_"} {
		for _, c := range []string{"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
			"FeatureID"} {
			if c == "ADM2Code" && f != GDELT2 {
				continue
			}
			cols = append(cols, g+c)
		}
	}
	cols = append(cols, "DATEADDED")
	if f != GDELT1Backfile {
		cols = append(cols, "SOURCEURL")
	}
	return cols
}

// icewsColumns are the columns of an ICEWS file, in order.
var icewsColumns = []string{"Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
	"Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
	"Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude"}

// polecatColumns are the columns a Writer writes to a POLECAT file: the 40
// of the POLECAT files on Dataverse, then Story ID, Headline and Event
// Text, which some of them have too.
var polecatColumns = []string{"Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity",
	"Quad Code", "Contexts", "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors",
	"Actor Title", "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name", "Recipient Country",
	"Recipient COW", "Primary Recipient Sector", "Recipient Sectors", "Recipient Title", "Recipient Name Raw",
	"Wikipedia Recipient ID", "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude",
	"GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People",
	"Story Organizations", "Story Locations", "Language", "Version", "Story ID", "Headline", "Event Text"}

// polecatAliases are other names POLECAT files give columns.
var polecatAliases = map[string]string{
	"intensity": "event intensity",
	"story ids": "story id",
}
