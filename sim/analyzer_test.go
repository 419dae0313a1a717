package sim_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/sim"
)

// TestAnalyzer checks the findings of the dry run at their lines.
func TestAnalyzer(t *testing.T) {
	results := analyzertest.Run(t, "testdata/analyzer", sim.Analyzer)
	// Per-click growth is a warning from 4 KiB, or from 1 MB in all for a
	// handler that trains (a deliberate retrain click).
	sev := map[string]string{
		"#train ":      "memory-growth:info",
		"#train-big ":  "memory-growth:warning",
		"#capture ":    "memory-growth:info", // kept in an array: the page's to dispose
		"#train-file ": "memory-growth:info",
		"#step ":       "memory-growth:warning",
	}
	for _, r := range results {
		if filepath.Base(r.File) != "retrain_click.js" {
			continue
		}
		for _, d := range r.Diagnostics {
			for target, want := range sev {
				if strings.Contains(d.Message, "click on "+target) && d.Category != want {
					t.Errorf("%s: %s, want %s", d.Message, d.Category, want)
				}
			}
		}
	}
}
