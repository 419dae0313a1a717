package loopalloc_test

import (
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/loopalloc"
)

func TestLoopAlloc(t *testing.T) {
	analyzertest.Run(t, "testdata", loopalloc.Analyzer)
}
