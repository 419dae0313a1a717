package sim

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestOracleErrors runs the scripts of testdata/errors, each of which
// throws a shape error on real tfjs, and requires the simulator to stop
// with the same message at a line of the script.
func TestOracleErrors(t *testing.T) {
	node := needOracle(t)
	files, err := filepath.Glob(filepath.Join("testdata", "errors", "*.*js"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no error fixtures: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			t.Parallel()
			want := runOracle(t, node, file, defaultSteps)
			if want.Incomplete == nil || !strings.HasPrefix(*want.Incomplete, "error: ") {
				t.Fatalf("the fixture does not throw on real tfjs: %v", want.Incomplete)
			}
			msg := strings.TrimPrefix(*want.Incomplete, "error: ")
			got := Run(file, Options{})
			if got.Incomplete == nil || *got.Incomplete != "stopped by a shape error: "+msg {
				t.Fatalf("simulator: %v\ntfjs threw: %s", got.Incomplete, msg)
			}
			if len(got.ShapeErrors) != 1 || got.ShapeErrors[0].At == nil || filepath.Base(got.ShapeErrors[0].At.File) != filepath.Base(file) {
				t.Errorf("the shape error has no position in the script: %+v", got.ShapeErrors)
			}
		})
	}
}
