// Package dyad holds the data model shared by every part of the dyad engine:
// a Document owns its text and one flat slice of Tokens; sentences, spans and
// later mentions, events and quotes point into it by token index or byte
// offset. Nothing here does any processing: tokenizers, taggers, parsers and
// coders live in their own packages and fill these structures in.
//
// A Document is plain data. It encodes to JSON and crosses a queue unchanged,
// and every annotation can be traced back to the bytes of Document.Text.
package dyad
