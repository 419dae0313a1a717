package sim_test

import (
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/sim"
)

// TestAnalyzer checks the findings of the dry run at their lines.
func TestAnalyzer(t *testing.T) {
	analyzertest.Run(t, "testdata/analyzer", sim.Analyzer)
}
