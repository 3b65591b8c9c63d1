package storetest

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/store"
)

// EventQueryFilters are the queries BenchEventQueries times: a dyad over a
// year, a source over a month, a dyad over all dates.
var EventQueryFilters = []store.Filter{
	{Source: "PRK", Target: "USA", From: "2021-01-01", To: "2021-12-31"},
	{Source: "USA", From: "2022-03-01", To: "2022-03-31"},
	{Source: "RUS", Target: "UKR"},
}

// BenchEventQueries times each of EventQueryFilters on st, a store a
// backend's benchmark has filled, reporting the rows each returns.
func BenchEventQueries(b *testing.B, st store.Store) {
	for _, f := range EventQueryFilters {
		b.Run(fmt.Sprintf("%s-%s-%s-%s", f.Source, f.Target, f.From, f.To), func(b *testing.B) {
			n := 0
			for b.Loop() {
				n = 0
				if err := st.Events(context.Background(), f, func(store.EventRow) error { n++; return nil }); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n), "rows")
		})
	}
}

// BenchPut times Put of documents of 30 sentences, 60 mentions and 30
// events on st, each in its transaction, and reports documents/s.
func BenchPut(b *testing.B, st store.Store) {
	text := strings.Repeat("Korea met Japan in Tokyo. ", 30)
	i := 0
	for b.Loop() {
		if _, err := st.Put(context.Background(), FakeDoc(strconv.Itoa(i), "2023-01-29", text)); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
