package resize_test

import (
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/resize"
)

func TestResize(t *testing.T) {
	analyzertest.Run(t, "testdata", resize.Analyzer)
}
