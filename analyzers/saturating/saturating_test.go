package saturating_test

import (
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/saturating"
)

func TestSaturating(t *testing.T) {
	for _, r := range analyzertest.Run(t, "testdata", saturating.Analyzer) {
		for _, d := range r.Diagnostics {
			if d.Category != "saturating-activation" {
				t.Errorf("%s: category %q", r.File, d.Category)
			}
		}
	}
}
