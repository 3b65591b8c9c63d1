package storetest

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/store"
)

// testSearch checks Filter.Search: whole words in any form, all required,
// in titles and texts, for documents and for their events and quotations.
func testSearch(t *testing.T, b Backend) {
	ctx := context.Background()
	st := open(t, b, "")
	corpus := Corpus()
	corpus[1].Title = "Sanctions on Kyiv"
	putAll(t, st, corpus)
	docs := func(f store.Filter) []string {
		var out []string
		if err := st.Documents(ctx, f, func(r store.DocumentRow) error {
			out = append(out, r.ID)
			return nil
		}); err != nil {
			t.Fatalf("%+v: %v", f, err)
		}
		return out
	}
	for _, tc := range []struct {
		name   string
		search string
		want   []string
	}{
		{"one word", "Moscow", []string{"a"}},
		{"another form", "attacks", []string{"a"}},
		{"all words", "russia MOSCOW", []string{"a"}},
		{"in no one document", "moscow ukraine", nil},
		{"two documents", "russia", []string{"a", "b"}},
		{"title", "sanction", []string{"b"}},
		{"punctuation separates", "korea,koryo!", []string{"d"}},
		{"part of a word is no word", "mosc", nil},
		{"operators are words", "korea NEAR japan", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := docs(store.Filter{Search: tc.search}); !slices.Equal(got, tc.want) {
				t.Errorf("documents %q, want %q", got, tc.want)
			}
		})
	}
	// Events and quotations of the matching documents.
	if got := strings.Join(events(t, st, store.Filter{Search: "weather"}), "\n"); strings.Count(got, "\n") != 1 ||
		!strings.Contains(got, "KOR>JAP") || !strings.Contains(got, "KOR>RUS") {
		t.Errorf("events of the weather document:\n%s", got)
	}
	if got := events(t, st, store.Filter{Search: "weather", Source: "RUS"}); got != nil {
		t.Errorf("with a source filter: %q", got)
	}
	var actors []string
	if err := st.Actors(ctx, store.Filter{Search: "pakistan"}, func(r store.ActorRow) error {
		actors = append(actors, r.Actor)
		return nil
	}); err != nil || !slices.Equal(actors, []string{"CHI", "PAK", "TAI"}) {
		t.Errorf("actors of the Pakistan document: %q, %v", actors, err)
	}
	// A replaced document is searched by its new text only.
	d := FakeDoc("a", "2023-01-29", "Korea praised Japan.")
	if s, err := st.Put(ctx, d); err != nil || s != store.Replaced {
		t.Fatalf("replace: %v %v", s, err)
	}
	if got := docs(store.Filter{Search: "moscow"}); got != nil {
		t.Errorf("old text still found: %q", got)
	}
	if got := docs(store.Filter{Search: "praise"}); !slices.Equal(got, []string{"a", "b"}) {
		t.Errorf("new text: %q", got)
	}
	if err := st.Documents(ctx, store.Filter{Search: "  ,;"}, func(store.DocumentRow) error { return nil }); err == nil {
		t.Error("a search without words is no error")
	}
}
