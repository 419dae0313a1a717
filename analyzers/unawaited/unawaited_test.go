package unawaited_test

import (
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/unawaited"
)

func TestUnawaited(t *testing.T) {
	analyzertest.Run(t, "testdata", unawaited.Analyzer)
}
