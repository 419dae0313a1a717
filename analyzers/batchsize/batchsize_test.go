package batchsize_test

import (
	"strings"
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/batchsize"
)

func TestBatchSize(t *testing.T) {
	results := analyzertest.Run(t, "testdata", batchsize.Analyzer)
	// A small model is a tip (info); the rest keep the rule's severity.
	for _, r := range results {
		for _, d := range r.Diagnostics {
			tip := strings.Contains(d.Message, "a tip only")
			if info := d.Category == "batch-size:info"; info != tip {
				t.Errorf("%s: category %q for %q", r.File, d.Category, d.Message)
			}
		}
	}
}
