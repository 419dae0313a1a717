package corpus_test

import (
	"go/token"
	"testing"

	"github.com/tfjslint/tfjslint/internal/corpus"
	"github.com/tfjslint/tfjslint/jsast"
)

// TestTypeScriptParses keeps the generated TypeScript valid: every block
// annotated, and all of it read by esbuild and the parser.
func TestTypeScriptParses(t *testing.T) {
	src := corpus.Generate(7, corpus.TypeScript, 64<<10)
	f := jsast.Parse(token.NewFileSet(), "train.ts", src)
	if len(f.Errors) > 0 || !f.Transformed() {
		t.Fatalf("errors %v", f.Errors)
	}
	js := corpus.Generate(7, corpus.ESM, 64<<10)
	if len(src) <= len(js) {
		t.Errorf("TypeScript (%d bytes) has no annotations over the JavaScript (%d bytes)", len(src), len(js))
	}
}
