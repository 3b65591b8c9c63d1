package main

import (
	"reflect"
	"testing"

	"github.com/dyadproject/dyad/nlp"
)

func TestTrainingData(t *testing.T) {
	cfg := nlp.TrainConfig{
		Train: []string{"d/en_ewt-ud-train.conllu", "g/dep/GUM_news_afghan.conllu", "x/mine.conllu"},
		Dev:   []string{"d/en_ewt-ud-dev.conllu"},
	}
	got := trainingData(cfg, "", "")
	want := []nlp.Source{
		{Name: "UD English-EWT", Files: []string{"en_ewt-ud-train.conllu", "en_ewt-ud-dev.conllu"}, License: "CC BY-SA 4.0"},
		{Name: "GUM (Georgetown University Multilayer corpus)", Files: []string{"GUM_news_afghan.conllu"},
			License: "annotations CC BY 4.0; texts under the licence of their genre in GUM's LICENSE.txt"},
		{Name: "other", Files: []string{"mine.conllu"}, License: "unknown"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	got = trainingData(cfg, "My Bank", "CC0")
	if len(got) != 1 || got[0].Name != "My Bank" || got[0].License != "CC0" || len(got[0].Files) != 4 {
		t.Errorf("named: got %+v", got)
	}
}

func TestTrainCommand(t *testing.T) {
	cfg := nlp.TrainConfig{Train: []string{"a.conllu", "b.conllu"}, Dev: []string{"d.conllu"},
		Test: []string{"t.conllu"}, TagIterations: 3, Seed: 1, Name: "en", Version: "0.1.0",
		TagPrune: 0.5, ParsePrune: 1}
	want := "dyad train ud --train a.conllu,b.conllu --dev d.conllu --test t.conllu --out m --tag-iter 3"
	if got := trainCommand(cfg, nil, "m", "", ""); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	cfg.Seed, cfg.Name, cfg.ParsePrune, cfg.ParseTwoStage = 7, "en news", 0, true
	want = "dyad train ud --train a.conllu,b.conllu --dev d.conllu --test t.conllu --out m --tag-iter 3" +
		" --parse-two-stage --parse-prune 0 --seed 7 --name 'en news' --data-license 'it'\\''s mine'"
	if got := trainCommand(cfg, nil, "m", "", "it's mine"); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
