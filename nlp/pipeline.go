// Package nlp runs dyad's text understanding: segmentation and tokenization,
// part-of-speech tagging, lemmatization and dependency parsing, from a model
// bundle that our own code trains on open treebanks.
//
// A bundle is a directory (any fs.FS) holding manifest.json and the model
// files it lists with their SHA-256 checksums. Load reads one; Train builds
// one from CoNLL-U files; Save writes it. The default English bundle is
// embedded by cmd/dyad, not by this package.
package nlp

import (
	"errors"
	"io"
	"io/fs"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/nlp/conllu"
)

// Manifest describes a model bundle.
type Manifest struct {
	Name     string `json:"name"`
	Version  string `json:"version"`
	Language string `json:"language"`
	// Data names the treebanks the models were trained on, with licences.
	Data []Source `json:"data"`
	// Files maps each model file to its SHA-256 checksum (hex).
	Files map[string]string `json:"files"`
	// Scores holds evaluation results by split ("dev", "test") and measure
	// ("upos", "xpos", "lemma", "uas", "las").
	Scores map[string]map[string]float64 `json:"scores"`
	// Command is the command line that rebuilds the bundle.
	Command string `json:"command"`
}

// Source is one training data set.
type Source struct {
	Name    string   `json:"name"`
	Files   []string `json:"files"`
	License string   `json:"license"`
}

// Pipeline annotates documents with a loaded model bundle. It is safe for
// concurrent use.
type Pipeline struct {
	Manifest Manifest
}

// Load reads a model bundle from fsys, checking every file's checksum.
func Load(fsys fs.FS) (*Pipeline, error) {
	return nil, errors.New("nlp: not implemented yet")
}

// Annotate tokenizes d when it has no tokens yet, then tags, lemmatizes and
// parses every sentence.
func (p *Pipeline) Annotate(d *dyad.Document) {}

// TrainConfig names the data to train on.
type TrainConfig struct {
	Train []string // CoNLL-U files for training
	Dev   []string // CoNLL-U files for tuning and the manifest's dev scores
	Test  []string // optional CoNLL-U files for the manifest's test scores
	// Iterations of each model; zero picks the defaults.
	TagIterations, ParseIterations int
	Seed                           int64
}

// Train trains every model of a bundle, writing progress to log.
func Train(cfg TrainConfig, log io.Writer) (*Pipeline, error) {
	return nil, errors.New("nlp: not implemented yet")
}

// Save writes the bundle to dir, with its manifest and checksums.
func (p *Pipeline) Save(dir string) error { return errors.New("nlp: not implemented yet") }

// FromSentence builds a document from a gold CoNLL-U sentence: its text is
// the words joined by their SpaceAfter spacing, and its tokens carry the
// gold word boundaries but no annotation. Used to tag and parse with gold
// tokenization.
func FromSentence(s *conllu.Sentence) *dyad.Document {
	d := &dyad.Document{}
	var text []byte
	for i, w := range s.Words {
		start := len(text)
		text = append(text, w.Form...)
		d.Tokens = append(d.Tokens, dyad.Token{Start: start, End: len(text), Head: -1})
		if i < len(s.Words)-1 && spaceAfter(s, w) {
			text = append(text, ' ')
		}
	}
	d.Text = string(text)
	d.Sentences = []dyad.Sentence{{Span: dyad.Span{Start: 0, End: len(d.Tokens)}}}
	return d
}

// spaceAfter looks at the word's MISC, or that of the multi-word token it
// ends.
func spaceAfter(s *conllu.Sentence, w conllu.Word) bool {
	for _, m := range s.MWTs {
		if w.ID >= m.First && w.ID <= m.Last {
			if w.ID < m.Last {
				return false
			}
			return conllu.Word{Misc: m.Misc}.SpaceAfter()
		}
	}
	return w.SpaceAfter()
}
