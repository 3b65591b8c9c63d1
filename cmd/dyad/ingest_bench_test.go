package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/source"
	"github.com/dyadproject/dyad/store/sqlite"
)

// BenchmarkIngest ingests 400 documents (the golden articles under
// distinct ids) into SQLite with the built-in bundle, one worker per core,
// and reports documents/s and how much the live heap grew between the
// first quarter of the run and its end: memory must stay flat however long
// an ingest runs.
func BenchmarkIngest(b *testing.B) {
	if _, err := os.Stat("model/en/manifest.json"); err != nil {
		b.Skip("no built-in model bundle")
	}
	p, err := loadPipeline("")
	if err != nil {
		b.Fatal(err)
	}
	e, err := newEngine(p, nil, nil, true)
	if err != nil {
		b.Fatal(err)
	}
	const n = 400
	var texts []string
	for _, name := range []string{"summit.txt", "ceasefire.txt"} {
		t, err := os.ReadFile(filepath.Join("testdata", "code", name))
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
	}
	corpus := filepath.Join(b.TempDir(), "corpus.jsonl")
	f, err := os.Create(corpus)
	if err != nil {
		b.Fatal(err)
	}
	enc := json.NewEncoder(f)
	for i := range n {
		enc.Encode(map[string]string{"id": fmt.Sprintf("doc-%04d", i), "date": "2024-11-15", "text": texts[i%len(texts)]})
	}
	f.Close()

	live := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	var growth float64
	for b.Loop() {
		b.StopTimer()
		st, err := sqlite.Open(filepath.Join(b.TempDir(), "dyad.db"))
		if err != nil {
			b.Fatal(err)
		}
		var done atomic.Int64
		var once sync.Once
		var quarter uint64
		in := &ingester{store: st, workers: runtime.GOMAXPROCS(0), stderr: io.Discard,
			src: source.Options{}, process: func(d *dyad.Document) {
				e.Process(d)
				if done.Add(1) == n/4 {
					once.Do(func() { quarter = live() })
				}
			}}
		b.StartTimer()
		sum, err := in.run(context.Background(), []string{corpus})
		if err != nil || sum.Added != n {
			b.Fatalf("%v, %+v", err, sum)
		}
		b.StopTimer()
		growth = (float64(live()) - float64(quarter)) / (1 << 20)
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(growth, "heap-growth-MB")
}
