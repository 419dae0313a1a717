package useafterdispose_test

import (
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/useafterdispose"
)

func TestUseAfterDispose(t *testing.T) {
	analyzertest.Run(t, "testdata", useafterdispose.Analyzer)
}
