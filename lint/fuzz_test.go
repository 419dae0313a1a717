package lint

import (
	"go/token"
	"os"
	"path/filepath"
	"testing"

	"github.com/tfjslint/tfjslint/internal/corpus"
	"github.com/tfjslint/tfjslint/jsast"
)

// FuzzLint runs every analyzer on arbitrary input, as a JS module, a
// CommonJS script or an HTML page, from an in-memory buffer. It must never
// panic or fail internally, findings must lie inside the source, and every
// fix must leave text that still parses as well as the original did.
//
//	go test ./lint -run '^$' -fuzz FuzzLint -parallel 1
func FuzzLint(f *testing.F) {
	for i, style := range []corpus.Style{corpus.ESM, corpus.CommonJS, corpus.HTML} {
		f.Add(corpus.Generate(uint64(i+7), style, 3<<10), uint8(style))
	}
	// Every analyzer fixture of the repository is a seed.
	fixtures, _ := filepath.Glob("../analyzers/*/testdata/*.*")
	clean, _ := filepath.Glob("../testdata/clean/*.*")
	demo, _ := filepath.Glob("../testdata/demo/*.*")
	for _, p := range append(append(fixtures, clean...), demo...) {
		kind, ok := jsast.KindOf(p)
		if !ok {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		style := corpus.ESM
		switch {
		case kind == jsast.HTML:
			style = corpus.HTML
		case filepath.Ext(p) == ".cjs":
			style = corpus.CommonJS
		}
		f.Add(data, uint8(style))
	}
	f.Fuzz(func(t *testing.T, src []byte, style uint8) {
		name := "fuzz" + corpus.Style(style%3).Ext()
		res, err := Run([]string{name}, Options{Overlay: map[string][]byte{name: src}, ReportUnusedDirectives: true})
		if err != nil {
			t.Fatalf("Run: %v", err)
		}
		before := parses(name, src)
		for _, fd := range res.Findings {
			r := fd.Range
			if r.Start.Offset < 0 || r.End.Offset > len(src) || r.Start.Offset > r.End.Offset {
				t.Fatalf("%s finding outside the source: %+v (len %d)", fd.Rule, r, len(src))
			}
			for _, fix := range fd.Fixes {
				fixed, _ := ApplyFixes(src, []Finding{{Fixes: []Fix{fix}}}, WithSuggestions)
				if before && !parses(name, fixed) {
					t.Fatalf("%s fix %q breaks the file:\n%s", fd.Rule, fix.Message, fixed)
				}
			}
		}
	})
}

func parses(name string, src []byte) bool {
	return len(jsast.Parse(newFileSet(), name, src).Errors) == 0
}

func newFileSet() *token.FileSet { return token.NewFileSet() }
