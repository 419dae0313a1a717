package minimizeargs_test

import (
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/minimizeargs"
)

func TestMinimizeArguments(t *testing.T) {
	analyzertest.RunWithSuggestedFixes(t, "testdata", minimizeargs.Analyzer)
}
