package lint

import (
	"testing"
)

// TestCleanSuite lints testdata/clean, complete and correct training
// programs written the many ways real tfjs code is written: any finding
// there is a false positive (sim-incomplete notes excepted).
func TestCleanSuite(t *testing.T) {
	d, err := Discover([]string{"../testdata/clean"}, DiscoverOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Skipped {
		t.Errorf("%s skipped: %s", s.File, s.Reason)
	}
	files := d.Files
	if len(files) < 15 {
		t.Fatalf("the clean suite has %d programs, want at least 15", len(files))
	}
	res, err := Run(files, Options{ReportUnusedDirectives: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Findings {
		if f.Rule == "sim-incomplete" {
			// A note, not a problem: the dry run cannot fetch the remote
			// MobileNet that webcam_transfer_learning.html loads, and it
			// fires no UI events yet, so the pages that train from a
			// button or a frame loop started by one trained nothing.
			continue
		}
		t.Errorf("%s:%d:%d: %s: %s", f.File, f.Range.Start.Line, f.Range.Start.Column, f.Rule, f.Message)
	}
}
