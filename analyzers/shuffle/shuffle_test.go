package shuffle_test

import (
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/shuffle"
)

func TestShuffle(t *testing.T) {
	analyzertest.RunWithSuggestedFixes(t, "testdata", shuffle.Analyzer)
}
