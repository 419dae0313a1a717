package lint

import (
	"encoding/json"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/tfjslint/tfjslint/rules"
)

// TestDeterministic lints every fixture of the analyzers and the demo
// several times, with different parallelism, and requires identical
// findings and fixes: no map order, no timing may show in the output (a
// fix once said tf.tidy or tfd.tidy depending on the run).
func TestDeterministic(t *testing.T) {
	dirs, err := filepath.Glob("../analyzers/*/testdata")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Discover(append(dirs, "../testdata/demo", "../testdata/fixcheck"), DiscoverOptions{})
	if err != nil {
		t.Fatal(err)
	}
	files := d.Files
	cfg := rules.DefaultConfig()
	cfg.Sim.Enabled = false // the dry run has its own fixtures; this is about the static rules
	run := func(procs int) string {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		res, err := Run(files, Options{Config: cfg})
		if err != nil {
			t.Fatal(err)
		}
		out, err := json.Marshal(res.Findings)
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	first := run(1)
	for i, procs := range []int{4, 2, 8} {
		if got := run(procs); got != first {
			t.Fatalf("run %d (GOMAXPROCS=%d) differs from the first run", i+2, procs)
		}
	}
}
