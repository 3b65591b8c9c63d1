package sqlite

// migrations are the schema's versions, in order: migrations[i] takes a
// database from user_version i to i+1. Never edit one that has shipped;
// append a new one.
var migrations = []string{
	// 1: documents, sentences, mentions, events.
	`
CREATE TABLE documents (
	id          INTEGER PRIMARY KEY,
	key         TEXT NOT NULL UNIQUE,   -- the document's id, else its URL
	hash        BLOB NOT NULL,          -- SHA-256 of text
	title       TEXT NOT NULL,
	url         TEXT NOT NULL,
	date        TEXT NOT NULL,          -- YYYY-MM-DD, or '' when unknown
	given_date  TEXT NOT NULL,          -- the date as the source gave it
	text        TEXT NOT NULL,          -- all offsets are bytes into this
	n_sentences INTEGER NOT NULL,
	n_mentions  INTEGER NOT NULL,
	n_events    INTEGER NOT NULL,
	problems    TEXT NOT NULL,          -- input defects, "byte N: message" a line
	stored      TEXT NOT NULL           -- when, RFC 3339
);
CREATE INDEX documents_date ON documents(date);

CREATE TABLE sentences (
	doc       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx       INTEGER NOT NULL,
	start     INTEGER NOT NULL,
	"end"     INTEGER NOT NULL,
	paragraph INTEGER NOT NULL,
	PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE mentions (
	doc        INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx        INTEGER NOT NULL,
	sentence   INTEGER NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	head_start INTEGER NOT NULL,
	head_end   INTEGER NOT NULL,
	type       TEXT NOT NULL,
	name       TEXT NOT NULL,
	actor      TEXT NOT NULL,
	antecedent INTEGER NOT NULL,
	PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX mentions_actor ON mentions(actor, name) WHERE actor <> '';

CREATE TABLE events (
	id             INTEGER PRIMARY KEY,
	doc            INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx            INTEGER NOT NULL,
	date           TEXT NOT NULL,       -- the document's, repeated for the indexes
	sentence       INTEGER NOT NULL,
	source         TEXT NOT NULL,
	target         TEXT NOT NULL,       -- '' without a target
	source_mention INTEGER NOT NULL,
	target_mention INTEGER NOT NULL,    -- -1 without a target
	cameo          TEXT NOT NULL,
	quad           INTEGER NOT NULL,
	goldstein      REAL NOT NULL,
	plover         TEXT NOT NULL,
	mode           TEXT NOT NULL,
	negated        INTEGER NOT NULL,
	reported       INTEGER NOT NULL,
	trigger_start  INTEGER NOT NULL,
	trigger_end    INTEGER NOT NULL,
	pattern        TEXT NOT NULL,
	UNIQUE (doc, idx)
);
CREATE INDEX events_dyad ON events(source, target, date);
CREATE INDEX events_target ON events(target, date);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_cameo ON events(cameo, date);
`,
	// 2: quotations.
	`
CREATE TABLE quotes (
	doc             INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx             INTEGER NOT NULL,
	kind            TEXT NOT NULL,          -- direct, indirect or mixed
	start           INTEGER NOT NULL,       -- the content's bytes, without quotation marks
	"end"           INTEGER NOT NULL,
	cue             TEXT NOT NULL,
	cue_start       INTEGER NOT NULL,       -- -1 without a cue
	cue_end         INTEGER NOT NULL,
	speaker         TEXT NOT NULL,
	speaker_title   TEXT NOT NULL,
	speaker_org     TEXT NOT NULL,
	speaker_actor   TEXT NOT NULL,
	speaker_start   INTEGER NOT NULL,       -- -1 without a speaker mention
	speaker_end     INTEGER NOT NULL,
	speaker_mention INTEGER NOT NULL,
	about           TEXT NOT NULL,          -- actor codes in the content, space-separated
	PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker_actor) WHERE speaker_actor <> '';
`,
	// 3: events imported from other datasets (GDELT, ICEWS, POLECAT).
	`
CREATE TABLE imported_events (
	id          INTEGER PRIMARY KEY,
	dataset     TEXT NOT NULL,          -- gdelt1, gdelt2, icews, polecat
	ext_id      TEXT NOT NULL,          -- the event's id in the dataset
	date        TEXT NOT NULL,          -- YYYY-MM-DD
	source      TEXT NOT NULL,          -- actor codes, '' when not given
	target      TEXT NOT NULL,
	source_name TEXT NOT NULL,
	target_name TEXT NOT NULL,
	cameo       TEXT NOT NULL,
	quad        INTEGER NOT NULL,
	goldstein   REAL NOT NULL,
	plover      TEXT NOT NULL,
	mode        TEXT NOT NULL,
	story       TEXT NOT NULL,          -- the story's id or URL
	sentence    INTEGER NOT NULL,       -- from 1, 0 when not given
	text        TEXT NOT NULL,
	record      TEXT NOT NULL,          -- the whole record as imported (JSON)
	UNIQUE (dataset, ext_id)
);
CREATE INDEX imported_dyad ON imported_events(source, target, date);
CREATE INDEX imported_target ON imported_events(target, date);
CREATE INDEX imported_date ON imported_events(date);
CREATE INDEX imported_cameo ON imported_events(cameo, date);
`,
	// 4: what coded each document.
	`
ALTER TABLE documents ADD COLUMN coder TEXT NOT NULL DEFAULT '';  -- dyad, model and dictionaries
`,
	// 5: a full-text index of titles and texts (Filter.Search), kept by
	// triggers; words are stemmed (Porter) and folded (Unicode 6.1,
	// diacritics removed).
	`
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id',
	tokenize='porter unicode61 remove_diacritics 2');
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
	INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
	INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
	INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
	INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
`,
}
