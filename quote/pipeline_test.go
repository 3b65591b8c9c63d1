package quote

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/mention"
	"github.com/dyadproject/dyad/nlp"
)

// The whole pipeline, loaded once for all tests.
var (
	loadOnce sync.Once
	pipe     *nlp.Pipeline
	finder   *mention.Finder
	loadErr  error
)

// annotate runs the pipeline on text, or skips the test when the model
// bundle is missing.
func annotate(t testing.TB, text string) *dyad.Document {
	t.Helper()
	dir := filepath.Join("..", "cmd", "dyad", "model", "en")
	loadOnce.Do(func() {
		if _, err := os.Stat(filepath.Join(dir, "manifest.json")); err != nil {
			loadErr = err
			return
		}
		pipe, loadErr = nlp.Load(os.DirFS(dir))
		if loadErr != nil {
			return
		}
		var dict *actor.Dictionary
		dict, loadErr = actor.Default()
		finder = &mention.Finder{Dict: dict}
	})
	if loadErr != nil {
		t.Skipf("no pipeline: %v", loadErr)
	}
	d := &dyad.Document{Text: text, Date: "2023-01-29"}
	pipe.Annotate(d)
	finder.Find(d)
	return d
}
