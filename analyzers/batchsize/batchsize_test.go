package batchsize_test

import (
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/batchsize"
)

func TestBatchSize(t *testing.T) {
	analyzertest.Run(t, "testdata", batchsize.Analyzer)
}
