package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"

	"github.com/tfjslint/tfjslint/internal/corpus"
	"github.com/tfjslint/tfjslint/rules"
)

// BenchmarkLint lints a generated corpus of realistic training code (ES
// modules, CommonJS and HTML pages, 1 KB to 1 MB) and reports MB/s and
// files/s. Run with -cpu 1 for the per-core figure:
//
//	go test ./lint -run '^$' -bench Lint -cpu 1,2
func BenchmarkLint(b *testing.B) {
	// The CLI runs with GOGC=400 (cmd/tfjslint/main.go); measure that.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	for _, size := range []int{1 << 10, 16 << 10, 128 << 10, 1 << 20} {
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			dir := b.TempDir()
			files, total := writeCorpus(b, dir, size, max(3, (2<<20)/size), func(i int) corpus.Style { return corpus.Style(i % 3) })
			b.SetBytes(total)
			b.ResetTimer()
			for b.Loop() {
				if _, err := Run(files, Options{Config: noSim}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(files))*float64(b.N)/b.Elapsed().Seconds(), "files/s")
		})
	}
}

// BenchmarkLintTS compares TypeScript with the same code as JavaScript
// (ES modules; the .ts files carry type annotations on top). MB/s counts
// each file's own bytes; the target is TypeScript at no more than 1.5× the
// cost per byte of JavaScript:
//
//	go test ./lint -run '^$' -bench LintTS -cpu 1
func BenchmarkLintTS(b *testing.B) {
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	for _, size := range []int{16 << 10, 128 << 10} {
		for _, style := range []corpus.Style{corpus.ESM, corpus.TypeScript} {
			b.Run(fmt.Sprintf("%dKB%s", size>>10, style.Ext()), func(b *testing.B) {
				files, total := writeCorpus(b, b.TempDir(), size, max(3, (2<<20)/size), func(int) corpus.Style { return style })
				b.SetBytes(total)
				b.ResetTimer()
				for b.Loop() {
					if _, err := Run(files, Options{Config: noSim}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// noSim measures parse + tfapi + rules, as the target is stated; the
// simulator has its own benchmark (sim/bench_test.go).
var noSim = func() *rules.Config {
	c := rules.DefaultConfig()
	c.Sim.Enabled = false
	return c
}()

// writeCorpus writes n generated files of about size bytes, file i in
// style(i).
func writeCorpus(b *testing.B, dir string, size, n int, style func(i int) corpus.Style) ([]string, int64) {
	var files []string
	var total int64
	for i := range n {
		style := style(i)
		src := corpus.Generate(uint64(i), style, size)
		path := filepath.Join(dir, fmt.Sprintf("train%d%s", i, style.Ext()))
		if err := os.WriteFile(path, src, 0o644); err != nil {
			b.Fatal(err)
		}
		files = append(files, path)
		total += int64(len(src))
	}
	return files, total
}
