// Package store defines how dyad keeps a corpus: each document with its
// text and what the engine found in it (sentence spans, actor mentions,
// coded events), all traced back to the document's id, the sentence index
// and byte offsets into the text. Implementations live in subpackages
// (store/sqlite, store/postgres) and share the flattening done here,
// so that every backend stores the same rows.
//
// A document's identity is its Key (its ID, else its URL) together with
// the Hash of its text: storing a document whose key and hash are already
// stored changes nothing, and storing a changed one replaces all of its old
// rows in one transaction, so that a reader never sees half a document and
// a crash leaves each document either wholly old or wholly new. Each
// document also records its coder (dyad's version, model bundle and
// dictionaries): the same text coded by another coder replaces the old
// rows too, and Has can ask for documents of one coder, so that a corpus
// can be recoded after an upgrade.
//
// The package holds the Store interface, the query Filter and the row types
// queries return. It does no annotation (see engine) and no reading of
// files (see source); the Store interface sits here rather than in the
// root package so that the domain package need not know about queries.
package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/dyadproject/dyad"
)

// Store keeps annotated documents and answers queries over them. A Store
// is safe for concurrent use; implementations serialise writes.
type Store interface {
	// Has reports whether a document with key is stored with text hash h
	// and, unless coder is "", coded by coder (Document.Coder), so that a
	// caller can skip annotating it again.
	Has(ctx context.Context, key string, h Hash, coder string) (bool, error)
	// Put stores an annotated document, its sentences, mentions and
	// events, in one transaction, replacing whatever was stored under the
	// same key. A document already stored with the same text and the same
	// coder is left as it is (Unchanged).
	Put(ctx context.Context, d *dyad.Document) (Status, error)
	// PutBatch stores docs as Put does, one after another, all in one
	// transaction: either every one is stored or, on an error, none. A
	// writer that has several documents ready saves a commit for each.
	PutBatch(ctx context.Context, docs []*dyad.Document) ([]Status, error)

	// Documents, Events and Actors call fn for each row matching f, in a
	// stable order, and stop at fn's first error, which they return.
	Documents(ctx context.Context, f Filter, fn func(DocumentRow) error) error
	Events(ctx context.Context, f Filter, fn func(EventRow) error) error
	Actors(ctx context.Context, f Filter, fn func(ActorRow) error) error
	// Quotes lists quotations; Filter.Actor selects speakers by actor
	// code prefix.
	Quotes(ctx context.Context, f Filter, fn func(QuoteRow) error) error
	// Counts returns the number of rows in each table.
	Counts(ctx context.Context) (Counts, error)

	Close() error
}

// PutOne stores d with put, a store's PutBatch: Put for stores that write
// every document in a batch.
func PutOne(ctx context.Context, put func(context.Context, []*dyad.Document) ([]Status, error),
	d *dyad.Document) (Status, error) {
	st, err := put(ctx, []*dyad.Document{d})
	if err != nil {
		return 0, err
	}
	return st[0], nil
}

// Status says what Put did.
type Status uint8

const (
	Added     Status = iota + 1 // a new document
	Replaced                    // a document with the same key and other text or coder
	Unchanged                   // the same key and text were already stored
)

func (s Status) String() string {
	switch s {
	case Added:
		return "added"
	case Replaced:
		return "replaced"
	case Unchanged:
		return "unchanged"
	}
	return fmt.Sprintf("Status(%d)", s)
}

// Hash is the SHA-256 of a document's text.
type Hash [sha256.Size]byte

// HashText returns the hash of text.
func HashText(text string) Hash { return sha256.Sum256([]byte(text)) }

func (h Hash) String() string { return hex.EncodeToString(h[:]) }

// Key returns the identity of d: its ID, else its URL, else the hash of its
// text.
func Key(d *dyad.Document) string {
	switch {
	case d.ID != "":
		return d.ID
	case d.URL != "":
		return d.URL
	}
	return "sha256:" + HashText(d.Text).String()
}

// Counts is the number of rows of each kind in a store.
type Counts struct {
	Documents, Sentences, Mentions, Events int64
}

// Filter selects rows. Zero fields select everything. Not every field
// applies to every query: see each field.
type Filter struct {
	// Source and Target are actor-code prefixes of an event's source and
	// target ("PRK" matches PRK and PRKGOV). Documents: those with a
	// matching event.
	Source, Target string
	// Actor is an actor-code prefix of the actors listed (Actors only).
	Actor string
	// CAMEO is an event code or a prefix of one ("19" matches 190-196).
	// Documents: those with a matching event.
	CAMEO string
	// Quad is the quad class, 1 (verbal cooperation) to 4 (material
	// conflict), or 0 for all. Documents: those with a matching event.
	Quad int
	// From and To bound the document date, inclusive, as YYYY-MM-DD; with
	// either, undated documents are left out.
	From, To string
	// Text is a case-insensitive (for ASCII letters) substring: of the
	// title or text of a document, of an event's sentence, of an actor's
	// mention.
	Text string
	// Search holds words that a document must all contain, in any form
	// of the word ("sanction" finds "sanctions", "sanctioned"), looked up
	// in the store's full-text index of titles and texts: documents that
	// contain them, and the events, quotations and actor mentions of those
	// documents.
	// Words are runs of letters and digits; other characters separate
	// them. (PostgreSQL leaves English stop words such as "the" and "or"
	// out of its index and of the search; SQLite requires them too.)
	Search string
	// Dataset selects whose events Events returns: "" (or "dyad") dyad's
	// own, coded from the stored documents; the name of an imported
	// dataset ("gdelt1", "gdelt2", "icews", "polecat") the events imported
	// from it; "all" both. Other queries ignore it.
	Dataset string
	// Limit caps the number of rows; 0 means no limit.
	Limit int
}

// DatasetAll selects dyad's own events and every imported dataset's.
const DatasetAll = "all"

// SearchWords returns the words of Filter.Search, lower-cased, or nil.
func (f Filter) SearchWords() []string {
	return strings.FieldsFunc(strings.ToLower(f.Search), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

var (
	codeRE  = regexp.MustCompile(`^[A-Z0-9]*$`)
	cameoRE = regexp.MustCompile(`^[0-9]{0,4}$`)
	dateRE  = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
	// datasetRE matches the names of datasets.
	datasetRE = regexp.MustCompile(`^[a-z0-9]*$`)
)

// Validate reports a malformed filter.
func (f Filter) Validate() error {
	for _, c := range []struct{ name, v string }{{"source", f.Source}, {"target", f.Target}, {"actor", f.Actor}} {
		if !codeRE.MatchString(c.v) {
			return fmt.Errorf("%s %q is not an actor code or prefix (upper-case letters and digits)", c.name, c.v)
		}
	}
	if !cameoRE.MatchString(f.CAMEO) {
		return fmt.Errorf("CAMEO %q is not an event code or prefix (up to four digits)", f.CAMEO)
	}
	if f.Quad < 0 || f.Quad > 4 {
		return fmt.Errorf("quad class %d is not 1 to 4", f.Quad)
	}
	for _, d := range []struct{ name, v string }{{"from", f.From}, {"to", f.To}} {
		if d.v != "" && !dateRE.MatchString(d.v) {
			return fmt.Errorf("%s date %q is not YYYY-MM-DD (or YYYY-MM, YYYY)", d.name, d.v)
		}
	}
	if f.Search != "" && len(f.SearchWords()) == 0 {
		return fmt.Errorf("search %q has no words", f.Search)
	}
	if !datasetRE.MatchString(f.Dataset) {
		return fmt.Errorf("dataset %q is not a dataset name (lower-case letters and digits)", f.Dataset)
	}
	if f.Limit < 0 {
		return errors.New("negative limit")
	}
	return nil
}

// DateRange returns the filter's dates as bounds to compare YYYY-MM-DD
// strings with: from inclusive, to exclusive, either empty for no bound. A
// partial date covers its whole year or month ("2023" to "2023" is the
// year 2023). Any date bound leaves out undated documents (date ""): "up to
// January 2023" is no answer for a document whose date is unknown.
func (f Filter) DateRange() (from, toExcl string) {
	from = f.From
	if f.To != "" {
		toExcl = f.To + "\uffff" // after every date that starts with To
		if from == "" {
			from = "0" // before every date, after ""
		}
	}
	return from, toExcl
}

// PrefixRange returns bounds [lo, hi) holding exactly the strings that
// start with prefix, for index range scans; hi is "" when there is no
// upper bound.
func PrefixRange(prefix string) (lo, hi string) {
	b := []byte(prefix)
	for len(b) > 0 {
		if b[len(b)-1] < 0xff {
			b[len(b)-1]++
			return prefix, string(b)
		}
		b = b[:len(b)-1]
	}
	return prefix, ""
}

// DocumentRow is a stored document, without its text.
type DocumentRow struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Date      string `json:"date"`
	Hash      string `json:"hash"`
	Coder     string `json:"coder"`
	Bytes     int    `json:"bytes"`
	Sentences int    `json:"sentences"`
	Mentions  int    `json:"mentions"`
	Events    int    `json:"events"`
}

// EventRow is a stored event with its provenance: the document, the
// sentence and the byte offsets of the sentence and of the trigger word.
// QuoteRow is one stored quotation with its provenance.
type QuoteRow struct {
	Doc          string `json:"doc"`
	Date         string `json:"date"`
	Kind         string `json:"kind"`
	Start        int    `json:"start"` // the content's bytes in the document's text
	End          int    `json:"end"`
	Text         string `json:"text"`
	Cue          string `json:"cue"`
	Speaker      string `json:"speaker"`
	SpeakerTitle string `json:"speaker_title"`
	SpeakerOrg   string `json:"speaker_org"`
	SpeakerActor string `json:"speaker_actor"`
}

// An imported event (Dataset not "") has no document in the store: Doc is
// its story's id or URL as the dataset gives it, Sentence its sentence
// number from 1 (0 when not given), Start, End and the trigger's offsets
// 0, SourceText and TargetText the actors' names, Text the text or
// headline the dataset gives, and Record the whole record as imported.
type EventRow struct {
	// Dataset is "" for dyad's own events, else the dataset the event was
	// imported from; ID is its identifier there.
	Dataset string `json:"dataset,omitempty"`
	ID      string `json:"id,omitempty"`
	Doc     string `json:"doc"`
	// Index is the event's place among its document's events, from 0
	// (0 for an imported event).
	Index        int     `json:"index"`
	Date         string  `json:"date"`
	Sentence     int     `json:"sentence"`
	Start        int     `json:"start"` // the sentence's bytes in the document's text
	End          int     `json:"end"`
	Source       string  `json:"source"`
	Target       string  `json:"target"`
	CAMEO        string  `json:"cameo"`
	Quad         int     `json:"quad"`
	Goldstein    float64 `json:"goldstein"`
	PLOVER       string  `json:"plover,omitempty"`
	Mode         string  `json:"mode,omitempty"`
	Negated      bool    `json:"negated"`
	Reported     bool    `json:"reported"`
	SourceText   string  `json:"source_text"`
	TargetText   string  `json:"target_text"`
	Trigger      string  `json:"trigger"`
	TriggerStart int     `json:"trigger_start"`
	TriggerEnd   int     `json:"trigger_end"`
	Text         string  `json:"text"` // the sentence
	Pattern      string  `json:"pattern,omitempty"`
	// Record is an imported event's record, as ImportedEvent.Record.
	Record JSON `json:"record,omitempty"`
}

// JSON is a JSON value kept as text: it encodes as itself, not as a string,
// and, unlike json.RawMessage, leaves the rows holding it comparable.
type JSON string

// MarshalJSON implements json.Marshaler.
func (j JSON) MarshalJSON() ([]byte, error) {
	if j == "" {
		return []byte("null"), nil
	}
	if !json.Valid([]byte(j)) {
		return nil, fmt.Errorf("store: invalid JSON value %.40q", string(j))
	}
	return []byte(j), nil
}

// UnmarshalJSON implements json.Unmarshaler.
func (j *JSON) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*j = ""
		return nil
	}
	*j = JSON(b)
	return nil
}

// ImportedEvent is an event coded by others (GDELT, ICEWS, POLECAT) as a
// store keeps it: the fields that queries filter on, and the whole record
// as JSON, which the store keeps as given and returns unchanged. Its
// identity is Dataset and ID: importing the same event again changes
// nothing, importing it with another record replaces it.
type ImportedEvent struct {
	Dataset, ID            string
	Date                   string // YYYY-MM-DD
	Source, Target         string // actor codes, "" when not given
	SourceName, TargetName string
	CAMEO                  string
	Quad                   int
	Goldstein              float64
	PLOVER, Mode           string
	Story                  string // the story's id or URL
	Sentence               int
	Text                   string
	Record                 JSON
}

// Importer is a Store that also keeps events imported from other datasets,
// which Events returns when Filter.Dataset names them.
type Importer interface {
	Store
	// PutImported stores events in one transaction and reports how many
	// were new, how many replaced an event of the same dataset and ID
	// with another record, and how many were stored already.
	PutImported(ctx context.Context, evs []ImportedEvent) (added, replaced, unchanged int, err error)
}

// ActorRow summarises one actor code over the selected documents.
type ActorRow struct {
	Actor     string `json:"actor"`
	Name      string `json:"name"` // the name most often given
	Mentions  int    `json:"mentions"`
	Documents int    `json:"documents"`
	AsSource  int    `json:"as_source"` // events with the actor as source
	AsTarget  int    `json:"as_target"`
	First     string `json:"first"` // earliest and latest document dates
	Last      string `json:"last"`
}
