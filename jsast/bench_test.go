package jsast

import (
	"go/token"
	"testing"

	"github.com/grafana/sobek/parser"

	"github.com/tfjslint/tfjslint/internal/corpus"
)

// BenchmarkParse splits the front end's cost on a 1 MB generated module:
// sobek alone, jsast.Parse (guard, parse, inspector, comments), and scopes.
//
//	go test ./jsast -run '^$' -bench Parse -cpu 1
func BenchmarkParse(b *testing.B) {
	src := corpus.Generate(1, corpus.ESM, 1<<20)
	b.Run("sobek", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			if _, err := parser.ParseFile(nil, "x.mjs", string(src), 0, parser.IsModule, parser.WithDisableSourceMaps); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("jsast", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			Parse(token.NewFileSet(), "x.mjs", src)
		}
	})
	// The same code as TypeScript: esbuild, the position map, then jsast.
	ts := corpus.Generate(1, corpus.TypeScript, 1<<20)
	b.Run("jsast.ts", func(b *testing.B) {
		b.SetBytes(int64(len(ts)))
		for b.Loop() {
			Parse(token.NewFileSet(), "x.ts", ts)
		}
	})
	b.Run("jsast+scopes", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			Parse(token.NewFileSet(), "x.mjs", src).Info()
		}
	})
}
