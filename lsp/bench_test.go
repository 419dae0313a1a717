package lsp

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// trainingFile is a ~1,000-line training script: a model, a fit, and many
// helpers with loops that allocate tensors (some leak).
func trainingFile() string {
	var b strings.Builder
	b.WriteString("import * as tf from '@tensorflow/tfjs';\n\n")
	b.WriteString("const model = tf.sequential();\nmodel.add(tf.layers.dense({units: 32, inputShape: [8], activation: 'relu'}));\nmodel.add(tf.layers.dense({units: 1}));\nmodel.compile({optimizer: tf.train.adam(0.001), loss: 'meanSquaredError'});\n\n")
	for i := 0; b.Len() < 1 || strings.Count(b.String(), "\n") < 990; i++ {
		fmt.Fprintf(&b, `function step%d(xs) {
  for (let i = 0; i < 10; i++) {
    const t = tf.ones([2, 2]);
    const y = model.predict(xs);
    console.log(t.shape, y.shape);
    y.dispose();
  }
}

`, i)
	}
	b.WriteString("export async function train(xs, ys) {\n  await model.fit(xs, ys, {epochs: 5, batchSize: 32});\n}\n")
	return b.String()
}

// relint sends a one-character edit and waits for the diagnostics of the
// new version; it returns how long that took.
func relint(c *client, uri DocumentURI, version, after int) (time.Duration, int) {
	pos := Position{Line: 0, Character: 0}
	start := time.Now()
	text := " "
	if version%2 == 1 {
		text = "" // alternately insert and delete a space
	}
	end := pos
	if text == "" {
		end.Character = 1
	}
	c.notify("textDocument/didChange", DidChangeTextDocumentParams{
		TextDocument:   VersionedTextDocumentIdentifier{URI: uri, Version: version},
		ContentChanges: []TextDocumentContentChangeEvent{{Range: &Range{Start: pos, End: end}, Text: text}},
	})
	_, next := c.diagnostics(uri, after, func(p PublishDiagnosticsParams) bool { return p.Version != nil && *p.Version == version })
	return time.Since(start), next
}

func benchClient(b *testing.B) (*client, DocumentURI) {
	t := &testing.T{}
	dir := b.TempDir()
	file := filepath.Join(dir, "train.js")
	src := trainingFile()
	os.WriteFile(file, []byte(src), 0o644)
	c := newClientOpts(t, dir, Options{Debounce: time.Microsecond}) // the debounce is not what is measured
	c.t = t
	c.call("initialize", map[string]any{"rootUri": pathToURI(dir), "capabilities": map[string]any{}}, nil)
	c.notify("initialized", struct{}{})
	uri := c.open(file, "javascript", src)
	c.diagnostics(uri, 0, func(PublishDiagnosticsParams) bool { return true })
	b.Cleanup(func() { c.conn.Close() })
	return c, uri
}

// BenchmarkRelintAfterEdit: a one-character edit to a ~1,000-line training
// file, to its diagnostics (static rules, no dry run, no debounce). Reports
// the p50 and p95 latency.
//
//	go test ./lsp -run '^$' -bench RelintAfterEdit -benchtime 200x
func BenchmarkRelintAfterEdit(b *testing.B) {
	c, uri := benchClient(b)
	var times []time.Duration
	next := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var d time.Duration
		d, next = relint(c, uri, i+2, next)
		times = append(times, d)
		c.mu.Lock()
		c.notes = c.notes[:0] // keep the client's memory flat
		next = 0
		c.mu.Unlock()
	}
	b.StopTimer()
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(times[len(times)*95/100].Microseconds())/1000, "p95-ms")
}

// BenchmarkMemoryAfterEdits: 1,000 edits to one file; reports the live heap
// and the RSS after the first 100 edits and after all 1,000, and the growth
// between them (the target: within 10 %).
//
//	go test ./lsp -run '^$' -bench MemoryAfterEdits -benchtime 1x
func BenchmarkMemoryAfterEdits(b *testing.B) {
	for n := 0; n < b.N; n++ {
		c, uri := benchClient(b)
		next := 0
		var heap100, rss100 float64
		for i := 0; i < 1000; i++ {
			_, next = relint(c, uri, i+2, next)
			c.mu.Lock()
			c.notes, next = c.notes[:0], 0
			c.mu.Unlock()
			if i == 99 {
				heap100, rss100 = liveHeap(), rss()
			}
		}
		heap1000, rss1000 := liveHeap(), rss()
		b.ReportMetric(heap100/(1<<20), "heap100-MiB")
		b.ReportMetric(heap1000/(1<<20), "heap1000-MiB")
		b.ReportMetric(100*(heap1000-heap100)/heap100, "heap-growth-%")
		if rss100 > 0 {
			b.ReportMetric(rss100/(1<<20), "rss100-MiB")
			b.ReportMetric(rss1000/(1<<20), "rss1000-MiB")
			b.ReportMetric(100*(rss1000-rss100)/rss100, "rss-growth-%")
		}
	}
}

func liveHeap() float64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapAlloc)
}

// rss reads the resident set size from /proc (0 elsewhere).
func rss() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.Atoi(f[1])
			return float64(kb) * 1024
		}
	}
	return 0
}
