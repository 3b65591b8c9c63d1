// Package source reads news documents from the ways news arrives: plain
// text, HTML pages, RSS and Atom feeds, WARC web archives, JSONL files and
// directories of these, each also inside gzip. It yields dyad.Document
// values carrying ID, Title, URL, Date (YYYY-MM-DD) and Text, ready for the
// engine, and reports every unreadable file or bad record with its path and
// position as an *Error, going on with the rest.
//
// # Formats
//
// A file's format is chosen by its name (".txt", ".html", ".rss", ".atom",
// ".warc", ".jsonl", each optionally followed by ".gz"); for other names,
// and for ".xml", by its first bytes ("WARC/", "{", "<rss", "<feed",
// "<html"). Options.Format forces one.
//
//   - Text: the whole file is one document.
//   - HTML: the page's main text, title, publication date and canonical URL,
//     as go-trafilatura extracts them (with its readability fallback, and
//     favouring precision: menus and link lists read as sentences would be
//     coded as events, and a page without an article yields an error rather
//     than its boilerplate). The extracted text keeps one paragraph per
//     block element, blank lines between them.
//   - Feed (RSS, Atom, RDF, JSON Feed, via gofeed): one document per item,
//     its text from the item's content, else its description, HTML markup
//     removed; its date the publication date, else the update date.
//   - WARC (via nlnwa/gowarc): one document per successful (2xx) HTML
//     response or HTML resource record, extracted as an HTML page; the crawl
//     date stands in when the page gives no publication date. Other records
//     are skipped.
//   - JSONL: one object a line, {"id","title","date","url","text"}, or
//     "html" in place of "text" for a page to extract.
//
// Directories are walked recursively in lexical order. Inside them, hidden
// files and directories (names starting with ".") are skipped, and so are
// files that are neither of a known format by name nor text by content.
//
// # Identity
//
// A document's ID is what its source calls it: the JSONL "id", a feed
// item's GUID, a WARC record's target URL, an HTML page's canonical URL.
// Without one it is the URL, and without that the place it was read, the
// path as given ("dir/file.txt", "file.jsonl:12", "feed.xml#3"), so every
// document has an ID. Documents whose source gives no date take
// Options.Date.
//
// # Errors
//
// Errors are *Error values naming the file and, where there is one, the
// line (JSONL), item (feeds) or byte offset (WARC records, and the point
// where a compressed or truncated stream broke). A record that cannot be
// read is skipped; a file whose structure is lost (a truncated feed or
// archive) ends there. The package never panics on input.
//
// The package does no annotation and no storage; see engine and store.
package source
