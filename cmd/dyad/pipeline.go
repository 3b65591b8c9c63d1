package main

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/engine"
	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/mention"
)

// newEngine builds the whole pipeline over a loaded model bundle: the
// built-in actor and verb dictionaries with the user's files added, and
// quotation extraction when quotes is set.
func newEngine(p annotator, actorFiles, verbFiles []string, quotes bool) (*engine.Engine, error) {
	dict, err := actor.Default()
	if err != nil {
		return nil, fmt.Errorf("built-in actor dictionaries: %w", err)
	}
	for _, f := range actorFiles {
		if err := dict.AddFile(f); err != nil {
			return nil, err
		}
	}
	verbs, err := event.Default()
	if err != nil {
		return nil, fmt.Errorf("built-in verb dictionary: %w", err)
	}
	for _, f := range verbFiles {
		if err := verbs.AddFile(f); err != nil {
			return nil, err
		}
	}
	c, err := coder(p, append(append([]string{}, actorFiles...), verbFiles...))
	if err != nil {
		return nil, err
	}
	return &engine.Engine{NLP: p, Mentions: &mention.Finder{Dict: dict}, Events: &event.Coder{Dict: verbs},
		Quotes: quotes, Coder: c}, nil
}

// coder names what codes documents, for each document's provenance:
// dyad's build (which holds the built-in dictionaries), the model bundle,
// and a digest of the user's dictionary files, if any.
func coder(p annotator, dictFiles []string) (string, error) {
	c := versionString()
	if id, ok := p.(interface{ Identity() string }); ok {
		c += "; model " + id.Identity()
	}
	if len(dictFiles) > 0 {
		h := sha256.New()
		for _, f := range dictFiles {
			b, err := os.ReadFile(f)
			if err != nil {
				return "", err
			}
			fmt.Fprintf(h, "%s %d\n", filepath.Base(f), len(b))
			h.Write(b)
		}
		c += fmt.Sprintf("; dictionaries sha256:%x", h.Sum(nil)[:6])
	}
	return c, nil
}
