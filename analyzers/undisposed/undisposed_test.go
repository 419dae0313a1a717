package undisposed_test

import (
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/undisposed"
)

func TestUndisposed(t *testing.T) {
	analyzertest.RunWithSuggestedFixes(t, "testdata", undisposed.Analyzer)
}
