package separableconv_test

import (
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/separableconv"
)

func TestSeparableConv(t *testing.T) {
	for _, r := range analyzertest.Run(t, "testdata", separableconv.Analyzer) {
		for _, d := range r.Diagnostics {
			if d.Category != "prefer-separable-conv" {
				t.Errorf("%s: category %q", r.File, d.Category)
			}
		}
	}
}
