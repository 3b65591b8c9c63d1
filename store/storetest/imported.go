package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/store"
)

// importedEvents are events of two datasets, as an import writes them.
func importedEvents() []store.ImportedEvent {
	ev := func(ds, id, date, src, tgt, code string, quad int, g float64, text string) store.ImportedEvent {
		rec, _ := json.Marshal(map[string]any{"dataset": ds, "id": id, "date": date, "cameo": code})
		return store.ImportedEvent{Dataset: ds, ID: id, Date: date, Source: src, Target: tgt,
			SourceName: strings.ToLower(src), TargetName: strings.ToLower(tgt), CAMEO: code, Quad: quad,
			Goldstein: g, Story: "story-" + id, Sentence: 1, Text: text, Record: store.JSON(rec)}
	}
	return []store.ImportedEvent{
		ev("gdelt2", "1001", "2023-01-29", "PRKGOV", "USAGOV", "112", 3, -2, "North Korea accused the US"),
		ev("gdelt2", "1002", "2023-01-30", "RUSGOV", "PRKGOV", "042", 1, 1.9, "Russian officials visited"),
		ev("icews", "9", "2023-01-29", "PRK", "RUS", "051", 1, 3.4, "Pyongyang praised Moscow"),
		ev("icews", "10", "2022-12-31", "CHN", "", "010", 1, 0, ""),
	}
}

func imported(t *testing.T, st store.Store, f store.Filter) []string {
	t.Helper()
	var out []string
	err := st.Events(context.Background(), f, func(r store.EventRow) error {
		s := fmt.Sprintf("%s:%s %s %s>%s %s q%d g%.1f", r.Dataset, r.ID, r.Date, r.Source, r.Target, r.CAMEO,
			r.Quad, r.Goldstein)
		if r.Dataset == "" {
			s = fmt.Sprintf("dyad %s %s>%s %s", r.Date, r.Source, r.Target, r.CAMEO)
		}
		out = append(out, s)
		return nil
	})
	if err != nil {
		t.Fatalf("%+v: %v", f, err)
	}
	return out
}

// testImported checks events imported from other datasets: idempotent
// import, replacement of a changed record, and queries by dataset beside
// dyad's own events.
func testImported(t *testing.T, b Backend) {
	ctx := context.Background()
	st := open(t, b, "")
	imp, ok := st.(store.Importer)
	if !ok {
		t.Fatalf("%T is not a store.Importer", st)
	}
	evs := importedEvents()
	for round, want := range [][3]int{{4, 0, 0}, {0, 0, 4}} {
		a, r, u, err := imp.PutImported(ctx, evs)
		if err != nil {
			t.Fatal(err)
		}
		if got := [3]int{a, r, u}; got != want {
			t.Errorf("import %d: added, replaced, unchanged = %v, want %v", round+1, got, want)
		}
	}
	changed := slices.Clone(evs[:1])
	changed[0].CAMEO, changed[0].Record = "111", `{"dataset":"gdelt2","id":"1001","cameo":"111"}`
	if a, r, u, err := imp.PutImported(ctx, changed); err != nil || a != 0 || r != 1 || u != 0 {
		t.Errorf("changed record: %d added, %d replaced, %d unchanged, %v; want one replaced", a, r, u, err)
	}
	putAll(t, st, Corpus()[:1])

	for _, tc := range []struct {
		name string
		f    store.Filter
		want []string
	}{
		{"gdelt2", store.Filter{Dataset: "gdelt2"}, []string{
			"gdelt2:1001 2023-01-29 PRKGOV>USAGOV 111 q3 g-2.0",
			"gdelt2:1002 2023-01-30 RUSGOV>PRKGOV 042 q1 g1.9"}},
		{"icews", store.Filter{Dataset: "icews"}, []string{
			"icews:10 2022-12-31 CHN> 010 q1 g0.0",
			"icews:9 2023-01-29 PRK>RUS 051 q1 g3.4"}},
		{"unknown dataset", store.Filter{Dataset: "acled"}, nil},
		{"source prefix", store.Filter{Dataset: store.DatasetAll, Source: "PRK"}, []string{
			"gdelt2:1001 2023-01-29 PRKGOV>USAGOV 111 q3 g-2.0",
			"icews:9 2023-01-29 PRK>RUS 051 q1 g3.4"}},
		{"target and dates", store.Filter{Dataset: store.DatasetAll, Target: "PRK", From: "2023-01-30"}, []string{
			"gdelt2:1002 2023-01-30 RUSGOV>PRKGOV 042 q1 g1.9"}},
		{"cameo and quad", store.Filter{Dataset: "gdelt2", CAMEO: "11", Quad: 3}, []string{
			"gdelt2:1001 2023-01-29 PRKGOV>USAGOV 111 q3 g-2.0"}},
		{"text", store.Filter{Dataset: "icews", Text: "MOSCOW"}, []string{"icews:9 2023-01-29 PRK>RUS 051 q1 g3.4"}},
		{"own only by default", store.Filter{Source: "KOR"}, []string{
			"dyad 2023-01-29 KOR>JAP 190", "dyad 2023-01-29 KOR>RUS 040"}},
		{"all, own first on a day", store.Filter{Dataset: store.DatasetAll, From: "2023-01-29", To: "2023-01-29"},
			[]string{"dyad 2023-01-29 KOR>JAP 190", "dyad 2023-01-29 KOR>RUS 040",
				"gdelt2:1001 2023-01-29 PRKGOV>USAGOV 111 q3 g-2.0", "icews:9 2023-01-29 PRK>RUS 051 q1 g3.4"}},
		{"all with limit", store.Filter{Dataset: store.DatasetAll, Limit: 1}, []string{"icews:10 2022-12-31 CHN> 010 q1 g0.0"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := imported(t, st, tc.f); !slices.Equal(got, tc.want) {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tc.want, "\n\t"))
			}
		})
	}

	// The record comes back as it went in, and the row names its story.
	var rows []store.EventRow
	if err := st.Events(ctx, store.Filter{Dataset: "icews", Source: "PRK"}, func(r store.EventRow) error {
		rows = append(rows, r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].Record != evs[2].Record || rows[0].Doc != "story-9" || rows[0].SourceText != "prk" ||
		rows[0].Text != "Pyongyang praised Moscow" || rows[0].Sentence != 1 {
		t.Errorf("got %+v", rows)
	}
	if _, err := json.Marshal(rows); err != nil {
		t.Errorf("encoding rows: %v", err)
	}
}
