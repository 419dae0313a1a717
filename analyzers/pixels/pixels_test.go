package pixels_test

import (
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/pixels"
)

func TestPixels(t *testing.T) {
	analyzertest.Run(t, "testdata", pixels.Analyzer)
}
