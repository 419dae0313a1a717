package learningrate_test

import (
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/learningrate"
)

func TestLearningRate(t *testing.T) {
	analyzertest.Run(t, "testdata", learningrate.Analyzer)
}
