// Package testbundle gives tests the built-in model bundle and the built-in
// actor dictionaries, loaded once per test binary, so that packages above
// the language layer test themselves on real parses. A test that asks for
// the bundle is skipped, with a message, when the bundle has not been
// built.
package testbundle

import (
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/nlp"
)

var (
	once     sync.Once
	pipeline *nlp.Pipeline
	actors   *actor.Dictionary
	err      error
	dir      string
)

func load() {
	_, file, _, _ := runtime.Caller(0)
	dir = filepath.Join(filepath.Dir(file), "..", "..", "cmd", "dyad", "model", "en")
	if _, err = os.Stat(filepath.Join(dir, "manifest.json")); err != nil {
		return
	}
	if pipeline, err = nlp.Load(os.DirFS(dir)); err != nil {
		return
	}
	actors, err = actor.Default()
}

// Pipeline returns the built-in bundle, or skips tb when there is none.
func Pipeline(tb testing.TB) *nlp.Pipeline {
	tb.Helper()
	once.Do(load)
	if os.IsNotExist(err) {
		tb.Skipf("no model bundle in %s", dir)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return pipeline
}

// Actors returns the built-in actor dictionaries (and skips tb, as
// Pipeline does, without the bundle).
func Actors(tb testing.TB) *actor.Dictionary {
	tb.Helper()
	Pipeline(tb)
	return actors
}
