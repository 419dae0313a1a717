package badinit_test

import (
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/badinit"
)

func TestBadInit(t *testing.T) {
	for _, r := range analyzertest.Run(t, "testdata", badinit.Analyzer) {
		for _, d := range r.Diagnostics {
			if d.Category != "bad-initializer" {
				t.Errorf("%s: category %q", r.File, d.Category)
			}
		}
	}
}
