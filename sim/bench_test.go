package sim

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkConvNet simulates 50 optimizer steps of a ~225k-parameter
// conv net (fit with validation): the cost of one sim run in the linter.
func BenchmarkConvNet(b *testing.B) {
	file := filepath.Join("testdata", "bench", "convnet.js")
	for b.Loop() {
		rep := Run(file, Options{})
		if len(rep.Steps) != defaultSteps {
			b.Fatalf("%d steps, want %d (incomplete: %v)", len(rep.Steps), defaultSteps, rep.Incomplete)
		}
	}
}

// BenchmarkFixtures runs every oracle fixture once per iteration.
func BenchmarkFixtures(b *testing.B) {
	files := fixtures(b)
	for b.Loop() {
		for _, f := range files {
			Run(f, Options{})
		}
	}
}

// TestOracleConvNet compares the benchmark's net with real tfjs and logs
// both times. Real tfjs needs about ten minutes for these 50 steps on the
// CPU backend, so it runs only with TFJSLINT_ORACLE_BENCH=1.
func TestOracleConvNet(t *testing.T) {
	if os.Getenv("TFJSLINT_ORACLE_BENCH") != "1" {
		t.Skip("set TFJSLINT_ORACLE_BENCH=1 to run the conv net on real tfjs (~10 min)")
	}
	node := needOracle(t)
	file := filepath.Join("testdata", "bench", "convnet.js")
	start := time.Now()
	want := runOracle(t, node, file, defaultSteps)
	oracle := time.Since(start)
	start = time.Now()
	got := Run(file, Options{})
	simulated := time.Since(start)
	if diff := compareReports(got, want); diff != "" {
		t.Errorf("simulator and tfjs differ:\n%s", diff)
	}
	t.Logf("real tfjs %v, simulator %v: %.0fx", oracle, simulated, oracle.Seconds()/simulated.Seconds())
}
