package sim

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// oracleDir holds the Node harness and the pinned tfjs packages.
var oracleDir = filepath.Join("..", "testdata", "oracle")

// needOracle skips (or, in CI, fails) when real tfjs cannot run here.
func needOracle(t testing.TB) string {
	t.Helper()
	node, err := exec.LookPath("node")
	missing := ""
	switch {
	case err != nil:
		missing = "node is not installed"
	default:
		if _, err := os.Stat(filepath.Join(oracleDir, "node_modules", "@tensorflow", "tfjs")); err != nil {
			missing = "testdata/oracle/node_modules is missing (run `npm ci` in testdata/oracle)"
		}
	}
	if missing != "" {
		if os.Getenv("TFJSLINT_REQUIRE_EXTERNAL") == "1" {
			t.Fatalf("the tfjs oracle cannot run: %s", missing)
		}
		t.Skipf("skipping the comparison with real tfjs: %s", missing)
	}
	return node
}

// runOracle runs a fixture on real tfjs and parses the harness's JSON.
func runOracle(t testing.TB, node, file string, steps int, extra ...string) *Report {
	t.Helper()
	abs, err := filepath.Abs(file)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, append([]string{"run.js", abs, "--steps", fmt.Sprint(steps)}, extra...)...)
	cmd.Dir = oracleDir
	// A fixture's other packages (argparse) resolve to the oracle's.
	if mods, err := filepath.Abs(filepath.Join(oracleDir, "node_modules")); err == nil {
		cmd.Env = append(os.Environ(), "NODE_PATH="+mods)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("oracle on %s: %v\n%s", file, err, stderr.String())
	}
	var rep Report
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("oracle output for %s: %v\n%s", file, err, stdout.String())
	}
	return &rep
}

// fixtures are the scripts of testdata/ the oracle compares.
func fixtures(t testing.TB) []string {
	var out []string
	for _, pat := range []string{"*.js", "*.mjs", "*.cjs", "*.html"} {
		m, err := filepath.Glob(filepath.Join("testdata", pat))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, m...)
	}
	return out
}

// TestOracle runs every fixture on the simulator and on real tfjs 4.22.0
// and requires the same models (params, per-layer output shapes and
// params) and the same tf.memory() after every optimizer step.
func TestOracle(t *testing.T) {
	node := needOracle(t)
	for _, file := range fixtures(t) {
		t.Run(filepath.Base(file), func(t *testing.T) {
			t.Parallel()
			got := Run(file, Options{})
			want := runOracle(t, node, file, defaultSteps)
			if diff := compareReports(got, want); diff != "" {
				t.Errorf("%s: simulator and tfjs differ:\n%s", file, diff)
			}
			if want.Incomplete != nil && !strings.HasPrefix(*want.Incomplete, "step budget") {
				t.Errorf("%s: the fixture fails on real tfjs: %s", file, *want.Incomplete)
			}
			if got.Incomplete != nil && !strings.HasPrefix(*got.Incomplete, "step budget") {
				t.Errorf("%s: the simulation is incomplete: %s", file, *got.Incomplete)
			}
			t.Logf("%d models, %d steps equal", len(want.Models), len(want.Steps))
		})
	}
}

// compareReports lists the differences in the fields the oracle knows.
func compareReports(got, want *Report) string {
	var b strings.Builder
	if len(got.Models) != len(want.Models) {
		fmt.Fprintf(&b, "models: %d, tfjs has %d\n", len(got.Models), len(want.Models))
	}
	for i := range min(len(got.Models), len(want.Models)) {
		g, w := got.Models[i], want.Models[i]
		if g.Name != w.Name || g.Params != w.Params || g.WeightBytes != w.WeightBytes {
			fmt.Fprintf(&b, "model %d: %s %d params %d bytes, tfjs has %s %d params %d bytes\n", i, g.Name, g.Params, g.WeightBytes, w.Name, w.Params, w.WeightBytes)
		}
		if len(g.Layers) != len(w.Layers) {
			fmt.Fprintf(&b, "model %s: %d layers, tfjs has %d\n", w.Name, len(g.Layers), len(w.Layers))
		}
		for j := range min(len(g.Layers), len(w.Layers)) {
			gl, wl := g.Layers[j], w.Layers[j]
			gs, _ := json.Marshal(gl.OutputShape)
			ws, _ := json.Marshal(wl.OutputShape)
			if gl.Name != wl.Name || gl.Class != wl.Class || gl.Params != wl.Params || string(gs) != string(ws) {
				fmt.Fprintf(&b, "layer %d: %s %s %s %d, tfjs has %s %s %s %d\n", j, gl.Name, gl.Class, gs, gl.Params, wl.Name, wl.Class, ws, wl.Params)
			}
		}
	}
	if len(got.Steps) != len(want.Steps) {
		fmt.Fprintf(&b, "steps: %d, tfjs has %d\n", len(got.Steps), len(want.Steps))
	}
	for i := range min(len(got.Steps), len(want.Steps)) {
		if got.Steps[i] != want.Steps[i] {
			fmt.Fprintf(&b, "step %d: %d tensors %d bytes, tfjs has %d tensors %d bytes\n", i+1, got.Steps[i].NumTensors, got.Steps[i].NumBytes, want.Steps[i].NumTensors, want.Steps[i].NumBytes)
		}
	}
	return b.String()
}
