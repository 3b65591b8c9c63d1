package main

import (
	"fmt"

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
	return &engine.Engine{NLP: p, Mentions: &mention.Finder{Dict: dict}, Events: &event.Coder{Dict: verbs},
		Quotes: quotes}, nil
}
