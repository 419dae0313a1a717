package nondiff_test

import (
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/nondiff"
)

func TestNonDiff(t *testing.T) {
	for _, r := range analyzertest.Run(t, "testdata", nondiff.Analyzer) {
		for _, d := range r.Diagnostics {
			if d.Category != "nondifferentiable-loss" {
				t.Errorf("%s: category %q", r.File, d.Category)
			}
		}
	}
}
