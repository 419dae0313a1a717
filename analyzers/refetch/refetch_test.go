package refetch_test

import (
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/refetch"
)

func TestRefetch(t *testing.T) {
	analyzertest.Run(t, "testdata", refetch.Analyzer)
}
