package sgd_test

import (
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/sgd"
)

func TestSGD(t *testing.T) {
	analyzertest.RunWithSuggestedFixes(t, "testdata", sgd.Analyzer)
}
