package sgd_test

import (
	"strings"
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/sgd"
)

func TestSGD(t *testing.T) {
	results := analyzertest.RunWithSuggestedFixes(t, "testdata", sgd.Analyzer)
	// A converged small net is a tip (info, no fix); every other finding
	// keeps the rule's severity.
	for _, r := range results {
		for _, d := range r.Diagnostics {
			tip := strings.Contains(d.Message, "a tip only")
			if info := d.Category == "sgd-optimizer:info"; info != tip {
				t.Errorf("%s: category %q for %q", r.File, d.Category, d.Message)
			}
			if tip && len(d.SuggestedFixes) > 0 {
				t.Errorf("%s: a tip offers a fix: %q", r.File, d.Message)
			}
		}
	}
}
