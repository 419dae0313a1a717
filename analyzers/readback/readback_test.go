package readback_test

import (
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/readback"
)

func TestReadback(t *testing.T) {
	analyzertest.RunWithSuggestedFixes(t, "testdata", readback.Analyzer)
}
