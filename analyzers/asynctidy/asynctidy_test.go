package asynctidy_test

import (
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/asynctidy"
)

func TestAsyncTidy(t *testing.T) {
	analyzertest.Run(t, "testdata", asynctidy.Analyzer)
}
