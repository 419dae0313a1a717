package notsaved_test

import (
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/notsaved"
)

func TestNotSaved(t *testing.T) {
	for _, r := range analyzertest.Run(t, "testdata", notsaved.Analyzer) {
		for _, d := range r.Diagnostics {
			if d.Category != "model-not-saved" {
				t.Errorf("%s: category %q", r.File, d.Category)
			}
		}
	}
}
