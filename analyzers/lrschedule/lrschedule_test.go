package lrschedule_test

import (
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/lrschedule"
)

func TestLRSchedule(t *testing.T) {
	for _, r := range analyzertest.Run(t, "testdata", lrschedule.Analyzer) {
		for _, d := range r.Diagnostics {
			if d.Category != "no-lr-schedule" {
				t.Errorf("%s: category %q", r.File, d.Category)
			}
		}
	}
}
