package shuffle_test

import (
	"strings"
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/shuffle"
)

func TestShuffle(t *testing.T) {
	results := analyzertest.RunWithSuggestedFixes(t, "testdata", shuffle.Analyzer)
	// Rows in no label order make a tip (info); the rest keep the rule's
	// severity.
	for _, r := range results {
		for _, d := range r.Diagnostics {
			mixed := strings.Contains(d.Message, "already mix the labels")
			if info := d.Category == "missing-shuffle:info"; info != mixed {
				t.Errorf("%s: category %q for %q", r.File, d.Category, d.Message)
			}
		}
	}
}
