package storetest

import (
	"context"
	"fmt"
	"github.com/dyadproject/dyad"
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

// BenchPut times storing documents of 30 sentences, 60 mentions and 30
// events on st, batch at a time in one transaction (Put for a batch of
// one, else PutBatch), and reports documents/s.
func BenchPut(b *testing.B, st store.Store, batch int) {
	text := strings.Repeat("Korea met Japan in Tokyo. ", 30)
	i := 0
	docs := make([]*dyad.Document, batch)
	for b.Loop() {
		for k := range docs {
			docs[k] = FakeDoc(strconv.Itoa(i), "2023-01-29", text)
			i++
		}
		var err error
		if batch == 1 {
			_, err = st.Put(context.Background(), docs[0])
		} else {
			_, err = st.PutBatch(context.Background(), docs)
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "docs/s")
}
