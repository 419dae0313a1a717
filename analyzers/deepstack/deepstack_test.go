package deepstack_test

import (
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/deepstack"
)

func TestDeepStack(t *testing.T) {
	for _, r := range analyzertest.Run(t, "testdata", deepstack.Analyzer) {
		for _, d := range r.Diagnostics {
			if d.Category != "deep-without-skip" {
				t.Errorf("%s: category %q", r.File, d.Category)
			}
		}
	}
}
