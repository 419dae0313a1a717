package lossact_test

import (
	"path/filepath"
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/lossact"
)

func TestLossActivation(t *testing.T) {
	// Pairs that still train (a second softmax, a sigmoid per class) are
	// info; the broken ones keep the rule's default.
	info := map[string]bool{"double_softmax.ts": true, "sigmoid_categorical.mjs": true}
	for _, r := range analyzertest.Run(t, "testdata", lossact.Analyzer) {
		for _, d := range r.Diagnostics {
			want := "loss-activation-mismatch"
			if info[filepath.Base(r.File)] {
				want += ":info"
			}
			if d.Category != want {
				t.Errorf("%s: category %q, want %q", r.File, d.Category, want)
			}
		}
	}
}
