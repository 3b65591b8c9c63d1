// Package eventfile reads and writes the event files analysts already
// use: GDELT 1.0 and 2.0 event exports, ICEWS coded event data and POLECAT
// event data, through one neutral record, Event, that dyad's own stored
// events convert to (FromRow).
//
// # Formats
//
// All four are tab-separated text, one event a line, in UTF-8.
//
//   - GDELT 1.0 (GDELT1, GDELT1Backfile): no header. The daily files (from
//     April 2013) have 58 columns, SOURCEURL last; the historical
//     backfile 57, without it. Dates are SQLDATE, YYYYMMDD; DATEADDED is
//     YYYYMMDD. Columns as the GDELT 1.0 event codebook lists them:
//     GLOBALEVENTID, SQLDATE, MonthYear, Year, FractionDate, ten for each
//     actor (Actor1Code, Name, CountryCode, KnownGroupCode, EthnicCode,
//     Religion1Code, Religion2Code, Type1Code to Type3Code), IsRootEvent,
//     EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale,
//     NumMentions, NumSources, NumArticles, AvgTone, seven for each of
//     three places (Actor1Geo_, Actor2Geo_, ActionGeo_: Type, FullName,
//     CountryCode, ADM1Code, Lat, Long, FeatureID), DATEADDED, SOURCEURL.
//   - GDELT 2.0 (GDELT2): no header, 61 columns: those of GDELT 1.0 with
//     an ADM2Code after each ADM1Code and DATEADDED to the second,
//     YYYYMMDDHHMMSS in UTC (GDELT 2.0 event codebook, V2.0).
//   - ICEWS (ICEWS): the yearly and weekly files of the ICEWS Coded Event
//     Data on Harvard Dataverse (doi:10.7910/DVN/28075): a header, then
//     Event ID, Event Date (YYYY-MM-DD), Source Name, Source Sectors (a
//     comma-separated list of names), Source Country (a name), Event Text
//     (the CAMEO name of the code), CAMEO Code, Intensity (the Goldstein
//     value of the code), Target Name, Target Sectors, Target Country,
//     Story ID, Sentence Number, Publisher, City, District, Province,
//     Country, Latitude, Longitude. NA marks a missing value; quotes are
//     part of the values, but in a file whose header is quoted (Dataverse's
//     archival .tab), where quoted fields are unquoted.
//   - POLECAT (POLECAT): the files of the POLECAT event data on Harvard
//     Dataverse (doi:10.7910/DVN/AJGVIT): a header, then Event ID, Event
//     Date, Event Type (a PLOVER type), Event Mode, Event Intensity (in
//     some files Intensity), Quad Code (VERBAL COOPERATION ... MATERIAL
//     CONFLICT), Contexts, eight columns for the actor (Actor Name, Actor
//     Country (ISO 3166 alpha-3), Actor COW, Primary Actor Sector, Actor
//     Sectors, Actor Title, Actor Name Raw, Wikipedia Actor ID) and eight
//     for the recipient, Placename, City, District, Province, Country,
//     Latitude, Longitude, GeoNames ID, Raw Placename, Feature Type,
//     Source, Publication Date, Story People, Story Organizations, Story
//     Locations, Language, Version; some files add Story ID, Headline,
//     Event Text and Feed. Columns are found by name, in any order;
//     "None" marks a missing value; a field may be quoted as pandas quotes
//     it ("..." with "" for a quote, and then may hold a tab). Lists
//     (sectors, contexts) are separated by semicolons or commas.
//
// The field comments of Event, Actor and Location say which column of each
// format fills them.
//
// # Reading
//
// NewReader reads one format, or detects it from the first line (Auto,
// Detect). Next returns one Event a line, All ranges over them, and
// ReadBatch fills a slice, for callers that store events in batches. A
// line that cannot be read (wrong number of columns, a bad date, number
// or code, invalid UTF-8, a line longer than MaxLineBytes) gives a
// *ParseError naming the line, the column and the reason, and the reader
// goes on with the next line. Readers take CRLF line ends, a byte-order
// mark and blank lines. A record is one line: a quoted POLECAT field may
// hold tabs but not line breaks.
//
// A reader fills what the file gives and derives only the actor codes
// ICEWS and POLECAT lack (see Actor.Code). Event.Complete fills what
// follows from the CAMEO code (root code, quad class, Goldstein score,
// PLOVER type, mode and contexts) and splits actor codes into country and
// sectors.
//
// # Writing
//
// NewWriter writes Events in any of the formats; see Writer for what it
// derives and how it fills the columns it has nothing for (empty or 0 in
// GDELT, NA in ICEWS, None in POLECAT). The POLECAT writer adds Story ID,
// Headline and Event Text to the 40 columns, as some POLECAT files do. Reading a file
// and writing its events in its own format gives the same events again
// when read; converting between formats loses what the other format has
// no column for.
//
// # What each direction loses
//
// Into GDELT: actor names are dyad's mention words or ICEWS/POLECAT names,
// not GDELT's capitalised ones; ethnic and religion codes, and known-group
// codes that SplitActorCode does not find, are empty; places have no FIPS
// country code or ADM codes unless they came from GDELT, so ICEWS and
// POLECAT places keep only their full name, type and coordinates; NumMentions,
// NumSources and NumArticles are what the event says (1 for dyad's) and
// AvgTone is 0 when unknown; identifiers that are not numbers are hashed;
// dyad's sentence, trigger and Negated and Reported flags are lost (dyad
// export leaves negated events out). The GDELT 1.0 backfile also loses
// the URL.
//
// Into ICEWS: actors have names and country names but no codes: a dyad
// actor is written with the words of its mention, its sectors as the
// names of its sector codes and its country's name, and an ICEWS reader
// gets back only the country and the first sector it knows; GDELT's place
// names, ADM and feature codes, and POLECAT's place name, GeoNames id and
// story lists are lost; the story id becomes a number.
//
// Into POLECAT: CAMEO codes become PLOVER types, modes and contexts
// (Complete, from the PLOVER manual's CAMEO→PLOVER table), and events
// whose codes PLOVER drops (the 01 and 02 families, statements and
// appeals) cannot be written (ErrNoPLOVER); the CAMEO code, Goldstein
// score, GDELT's counts and tone and the actors' CAMEO codes beyond
// country and first sector are lost; Event Intensity is the Goldstein
// score (Complete copies it), not POLECAT's own scale; the quad code is
// the PLOVER type's.
//
// Out of ICEWS and POLECAT: their actor codes are made by the reader from
// country and sector and are coarser than CAMEO's (an ICEWS "Foreign
// Affairs (South Korea)" is KORGOV); ICEWS sector names the package does
// not know keep their names only; ICEWS country names it does not know
// give no country code. ICEWS's Intensity stays Intensity; Complete takes
// the Goldstein score, on the same scale, from the CAMEO code.
//
// Country and sector tables (CountryName, CountryCode, SplitActorCode)
// were written for this package; ICEWS country names are those of the
// ICEWS files where known.
package eventfile
