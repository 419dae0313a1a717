package sim

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tfjslint/tfjslint/internal/oracle"
)

// TestOracleConsole runs the scripts of testdata/console on the simulator
// and on real tfjs and requires the same printed lines: they print
// tf.memory() and tensor state around the calls whose semantics they pin.
func TestOracleConsole(t *testing.T) {
	node := oracle.Need(t)
	files, err := filepath.Glob(filepath.Join("testdata", "console", "*.js"))
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			t.Parallel()
			want, err := oracle.Run(node, file, oracle.Options{Console: true})
			if err != nil {
				t.Fatal(err)
			}
			if f := want.Failed(); f != "" {
				t.Fatalf("the fixture fails on real tfjs: %s", f)
			}
			got := Run(file, Options{})
			if got.Incomplete != nil {
				t.Errorf("the simulation is incomplete: %s", *got.Incomplete)
			}
			// tfjs greets Node users once; that line is not the script's.
			lines := slices.DeleteFunc(slices.Clone(want.Console), func(s string) bool {
				return strings.Contains(s, "Hi, looks like you are running TensorFlow.js in Node.js")
			})
			if !slices.Equal(got.Console, lines) {
				t.Errorf("printed lines differ:\nsimulator: %q\ntfjs:      %q", got.Console, lines)
			}
		})
	}
}
