package main

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/dyadproject/dyad/nlp"
)

// The default English model bundle, built by rebuildCommand.
//
//go:embed model/en
var embedded embed.FS

// rebuildCommand rebuilds the default bundle from the repository root.
const rebuildCommand = "go run ./cmd/dyad train ud" +
	" --train ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu" +
	" --dev ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu" +
	" --test ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu" +
	" --gum ../shared/data/gum-news,../shared/data/gum-more" +
	" --unlabeled ../shared/data/whitehouse-briefing-room/statements-intl.jsonl.gz," +
	"../shared/data/whitehouse-briefing-room/remarks-intl.jsonl.gz,../shared/data/wikinews-en/wikinews-en-2019-2020.jsonl" +
	" --ner-train ../shared/data/uner-english-ewt/en_ewt-ud-train.prerelease-2022-12-02.iob2," +
	"../shared/data/uner-english-ewt/en_ewt-ud-dev.iob2" +
	" --ner-gum ../shared/data/gum-news" +
	" --ner-test ../shared/data/uner-english-ewt/en_ewt-ud-test.iob2" +
	" --out cmd/dyad/model/en"

// defaultBundle returns the embedded bundle directory.
func defaultBundle() fs.FS {
	sub, err := fs.Sub(embedded, "model/en")
	if err != nil {
		panic(err) // a constant, valid path
	}
	return sub
}

// bundle returns the bundle in dir, or the built-in one when dir is "",
// with a name for messages. It fails when there is no manifest.json.
func bundle(dir string) (fs.FS, string, error) {
	if dir == "" {
		fsys := defaultBundle()
		if _, err := fs.Stat(fsys, "manifest.json"); err != nil {
			return nil, "", fmt.Errorf("no model bundle: this dyad was built without one; run\n  %s\n"+
				"from the repository root and build dyad again, or pass --model DIR", rebuildCommand)
		}
		return fsys, "built-in model bundle", nil
	}
	if _, err := os.Stat(dir); err != nil {
		return nil, "", fmt.Errorf("model bundle: %w", err)
	}
	fsys := os.DirFS(dir)
	if _, err := fs.Stat(fsys, "manifest.json"); errors.Is(err, fs.ErrNotExist) {
		return nil, "", fmt.Errorf("no model bundle in %s (no manifest.json): build one with\n"+
			"  dyad train ud --train TRAIN.conllu --dev DEV.conllu --out %s", dir, dir)
	} else if err != nil {
		return nil, "", fmt.Errorf("model bundle: %w", err)
	}
	return fsys, "model bundle " + dir, nil
}

// loadPipeline loads the bundle in dir, or the built-in one when dir is "".
func loadPipeline(dir string) (annotator, error) {
	fsys, name, err := bundle(dir)
	if err != nil {
		return nil, err
	}
	p, err := nlp.Load(fsys)
	if err != nil {
		return nil, fmt.Errorf("loading %s: %w", name, err)
	}
	return p, nil
}
