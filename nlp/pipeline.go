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
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/nlp/cluster"
	"github.com/dyadproject/dyad/nlp/conllu"
	"github.com/dyadproject/dyad/nlp/lemma"
	"github.com/dyadproject/dyad/nlp/ner"
	"github.com/dyadproject/dyad/nlp/parse"
	"github.com/dyadproject/dyad/nlp/tag"
	"github.com/dyadproject/dyad/nlp/tokenize"
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
	// Scores holds evaluation results with gold tokenization by split
	// ("dev", "test") and measure ("upos", "xpos", "lemma", "uas", "las").
	Scores map[string]map[string]float64 `json:"scores"`
	// Command is the command line that rebuilds the bundle.
	Command string `json:"command"`
}

// Identity names the bundle's models: its name and version and a digest of
// its files' checksums ("en 0.1.0 sha256:1f2e3d4c5b6a"), which changes
// whenever any model does.
func (m Manifest) Identity() string {
	names := make([]string, 0, len(m.Files))
	for n := range m.Files {
		names = append(names, n)
	}
	sort.Strings(names)
	h := sha256.New()
	for _, n := range names {
		fmt.Fprintf(h, "%s %s\n", n, m.Files[n])
	}
	return fmt.Sprintf("%s %s sha256:%x", m.Name, m.Version, h.Sum(nil)[:6])
}

// Source is one training data set.
type Source struct {
	Name    string   `json:"name"`
	Files   []string `json:"files"`
	License string   `json:"license"`
}

// Model file names inside a bundle.
const (
	manifestFile = "manifest.json"
	taggerFile   = "tagger.bin"
	lemmaFile    = "lemma.json"
	parserFile   = "parser.bin"
	clusterFile  = "clusters.tsv"
	nerFile      = "ner.bin"
)

// Pipeline annotates documents with a loaded model bundle. It is safe for
// concurrent use.
type Pipeline struct {
	Manifest Manifest
	tagger   *tag.Model
	lemmas   *lemma.Model
	parser   *parse.Model
	clusters *cluster.Clusters // nil when the bundle has none
	ner      *ner.Model        // nil when the bundle has none
}

// Load reads a model bundle from fsys, checking every file's checksum.
func Load(fsys fs.FS) (*Pipeline, error) {
	b, err := fs.ReadFile(fsys, manifestFile)
	if err != nil {
		return nil, fmt.Errorf("model bundle: %w", err)
	}
	p := &Pipeline{}
	if err := json.Unmarshal(b, &p.Manifest); err != nil {
		return nil, fmt.Errorf("model bundle: %s: %w", manifestFile, err)
	}
	// Each file is parsed as it streams through the checksum, so a bundle
	// is never held in memory twice.
	read := func(name string, load func(io.Reader) error) error {
		f, err := fsys.Open(name)
		if err != nil {
			return fmt.Errorf("model bundle: %w", err)
		}
		defer f.Close()
		h := sha256.New()
		if err := load(io.TeeReader(f, h)); err != nil {
			return fmt.Errorf("model bundle: %s: %w", name, err)
		}
		if _, err := io.Copy(h, f); err != nil {
			return fmt.Errorf("model bundle: %s: %w", name, err)
		}
		if want := p.Manifest.Files[name]; want != hex.EncodeToString(h.Sum(nil)) {
			return fmt.Errorf("model bundle: %s: checksum mismatch (manifest says %q)", name, want)
		}
		return nil
	}
	if _, ok := p.Manifest.Files[clusterFile]; ok {
		if err := read(clusterFile, func(r io.Reader) (err error) { p.clusters, err = cluster.Read(r, clusterFile); return }); err != nil {
			return nil, err
		}
	}
	if err := read(taggerFile, func(r io.Reader) (err error) { p.tagger, err = tag.Read(r); return }); err != nil {
		return nil, err
	}
	p.tagger.Clusters = p.clusters
	if _, ok := p.Manifest.Files[nerFile]; ok {
		if err := read(nerFile, func(r io.Reader) (err error) { p.ner, err = ner.Read(r); return }); err != nil {
			return nil, err
		}
		words := 0
		if p.clusters != nil {
			words = p.clusters.Words()
		}
		if p.ner.ClusterWords != words {
			return nil, fmt.Errorf("model bundle: %s was trained with word classes for %d words, the bundle has %d",
				nerFile, p.ner.ClusterWords, words)
		}
		p.ner.Clusters = p.clusters
	}
	if err := read(lemmaFile, func(r io.Reader) (err error) { p.lemmas, err = lemma.Read(r); return }); err != nil {
		return nil, err
	}
	if p.clusters != nil {
		p.lemmas.Known = p.clusters.Has
	}
	if err := read(parserFile, func(r io.Reader) (err error) { p.parser, err = parse.Read(r); return }); err != nil {
		return nil, err
	}
	return p, nil
}

// Annotate tokenizes d when it has no tokens yet, then tags, lemmatizes and
// parses every sentence and finds its named entities.
//
// Each model runs over the whole document before the next one starts:
// scoring waits on memory, and a model's most used weights stay in the
// processor's caches while it runs, where they were evicted by the other
// models' when each sentence went through all three in turn.
func (p *Pipeline) Annotate(d *dyad.Document) {
	if d.Tokens == nil {
		tokenize.Document(d)
	}
	d.Entities = d.Entities[:0]
	inputs := make([]parse.Input, len(d.Sentences))
	for k, s := range d.Sentences {
		forms := make([]string, 0, s.End-s.Start)
		for i := s.Start; i < s.End; i++ {
			forms = append(forms, d.TokenText(i))
		}
		inputs[k] = p.tag(d.Tokens[s.Start:s.End], forms)
	}
	for k, s := range d.Sentences {
		heads, deps := p.parser.Parse(inputs[k])
		toks := d.Tokens[s.Start:s.End]
		for i := range toks {
			toks[i].Head = -1
			if heads[i] > 0 {
				toks[i].Head = s.Start + heads[i] - 1
			}
			toks[i].Dep = deps[i]
		}
	}
	if p.ner == nil {
		return
	}
	for k, s := range d.Sentences {
		for _, e := range p.ner.Recognize(inputs[k].Forms, inputs[k].UPOS) {
			e.Start += s.Start
			e.End += s.Start
			d.Entities = append(d.Entities, e)
		}
	}
}

// tag tags and lemmatizes the tokens of one sentence, whose words are
// forms, and returns the parser's input.
func (p *Pipeline) tag(toks []dyad.Token, forms []string) parse.Input {
	classes := p.tagger.Tag(forms)
	in := parse.Input{Forms: forms, XPOS: make([]dyad.XPOS, len(forms)), UPOS: make([]dyad.UPOS, len(forms)),
		Classes: p.classes(forms)}
	for i, c := range classes {
		t := &toks[i]
		t.UPOS, t.XPOS = c.UPOS, c.XPOS
		t.Lemma = p.lemmas.Lemma(forms[i], c.UPOS, c.XPOS)
		in.XPOS[i], in.UPOS[i] = c.XPOS, c.UPOS
	}
	return in
}

// Tag returns the part-of-speech classes of a sentence's words.
func (p *Pipeline) Tag(forms []string) []tag.Class { return p.tagger.Tag(forms) }

// Identity names the loaded bundle (Manifest.Identity).
func (p *Pipeline) Identity() string { return p.Manifest.Identity() }

// NER returns the bundle's named-entity recogniser (nil when it has none).
func (p *Pipeline) NER() *ner.Model { return p.ner }

// Clusters returns the bundle's word classes (nil when it has none).
func (p *Pipeline) Clusters() *cluster.Clusters { return p.clusters }

// classes returns the word class of each form, or nil without clusters.
func (p *Pipeline) classes(forms []string) []int {
	if p.clusters == nil {
		return nil
	}
	out := make([]int, len(forms))
	for i, f := range forms {
		out[i] = p.clusters.Fine(f)
	}
	return out
}

// Save writes the bundle to dir, with its manifest and checksums.
func (p *Pipeline) Save(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	p.Manifest.Files = map[string]string{}
	write := func(name string, w io.WriterTo) error {
		var buf bytes.Buffer
		if _, err := w.WriteTo(&buf); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		sum := sha256.Sum256(buf.Bytes())
		p.Manifest.Files[name] = hex.EncodeToString(sum[:])
		return os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644)
	}
	if p.clusters != nil {
		if err := write(clusterFile, p.clusters); err != nil {
			return err
		}
	}
	if err := write(taggerFile, p.tagger); err != nil {
		return err
	}
	if err := write(lemmaFile, p.lemmas); err != nil {
		return err
	}
	if err := write(parserFile, p.parser); err != nil {
		return err
	}
	if p.ner != nil {
		if err := write(nerFile, p.ner); err != nil {
			return err
		}
	}
	b, err := json.MarshalIndent(p.Manifest, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, manifestFile), append(b, '\n'), 0o644)
}

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

// Prune drops tagger and parser weights below the given magnitudes, to
// make a bundle smaller and faster at a small cost in accuracy.
func (p *Pipeline) Prune(tagMin, parseMin float32) {
	p.tagger = p.tagger.Prune(tagMin)
	p.parser = p.parser.Prune(parseMin)
}
