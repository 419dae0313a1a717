package sim

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// runSource simulates src as file name in a fresh directory.
func runSource(t *testing.T, name, src string, opts Options) *Report {
	t.Helper()
	dir := t.TempDir()
	file := filepath.Join(dir, name)
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	opts.Root = dir
	return Run(file, opts)
}

func wantIncomplete(t *testing.T, rep *Report, substr string) {
	t.Helper()
	if rep.Incomplete == nil {
		t.Fatalf("run is complete, want incomplete with %q", substr)
	}
	if !strings.Contains(*rep.Incomplete, substr) {
		t.Fatalf("incomplete = %q, want it to mention %q", *rep.Incomplete, substr)
	}
}

// TestBudgets checks that scripts that never end stop at a budget, with
// the budget named in the incomplete reason.
func TestBudgets(t *testing.T) {
	const training = `import * as tf from '@tensorflow/tfjs';
const w = tf.variable(tf.zeros([2, 1]));
const x = tf.ones([4, 2]);
const opt = tf.train.sgd(0.1);
`
	cases := []struct {
		name, src, want string
		opts            Options
	}{
		{"busy loop", "while (true) {}", "work budget of 1000 ", Options{MaxWork: 1000, Timeout: time.Hour}},
		{"busy loop past every budget", "while (true) {}", "wall-clock safety net", Options{MaxWork: 1 << 62, Timeout: 200 * time.Millisecond}},
		{"computing forever", training + "while (true) { tf.tidy(() => x.matMul(w).sum()); }", "operation budget of 20000", Options{MaxOps: 20000, Timeout: time.Hour}},
		{"training forever", training + "while (true) { opt.minimize(() => x.matMul(w).sum()); }", "step budget of 50", Options{}},
		{"animation forever", "function frame() { requestAnimationFrame(frame); }\nframe();", "animation-frame budget", Options{MaxFrames: 30}},
		{"timers forever", "function tick() { setTimeout(tick, 0); }\ntick();", "timer budget", Options{Timeout: time.Hour}},
		{"microtasks forever", "function spin() { Promise.resolve().then(spin); }\nspin();", "work budget of 1000 ", Options{MaxWork: 1000, Timeout: time.Hour}},
		{"array work forever", "const a = new Array(1000).fill(0);\nfor (;;) a.map((x) => x + 1);", "work budget of 5000 ", Options{MaxWork: 5000, Timeout: time.Hour}},
		{"deep recursion", "function f(n) { return f(n + 1) + 1; }\nf(0);", "call-depth budget", Options{}},
		{"huge readback", training + "tf.zeros([100000, 100000]).dataSync();", "readback", Options{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep := runSource(t, "main.mjs", c.src, c.opts)
			wantIncomplete(t, rep, c.want)
			if rep.SafetyNet != strings.Contains(c.want, "safety net") {
				t.Errorf("SafetyNet = %v for %q", rep.SafetyNet, *rep.Incomplete)
			}
			if c.name == "training forever" && len(rep.Steps) != 50 {
				t.Errorf("steps = %d, want the budget of 50", len(rep.Steps))
			}
		})
	}
}

// TestNoHostAccess checks that scripts reach no file outside the project,
// no network and no environment, and say so.
func TestNoHostAccess(t *testing.T) {
	t.Setenv("TFJSLINT_SIM_SECRET", "leaked")
	cases := []struct {
		name, file, src, want string
	}{
		{"fs module", "main.cjs", "const fs = require('fs');\nconst s = fs.readFileSync('/etc/hostname', 'utf8');\nif (typeof s === 'string' && s.length > 0) throw new Error('read the disk');", "outside the project root"},
		{"fs import", "main.mjs", "import { readFileSync } from 'node:fs';\nreadFileSync('/etc/hostname');", "outside the project root"},
		{"fs caught", "main.cjs", "const fs = require('fs');\ntry { fs.readFileSync('/etc/hostname'); } catch (e) {}", "the dry run did not read it"},
		{"fetch outside", "main.js", "document.getElementById('out');\nfetch('../../../etc/hostname').then((r) => r.text());", "outside the project root"},
		{"fetch", "main.mjs", "const r = await fetch('https://example.com/data.csv');", "network access is not simulated"},
		{"xhr", "main.js", "const x = new XMLHttpRequest();\nx.open('GET', 'https://example.com');", "network access is not simulated"},
		{"env", "main.cjs", "if (process.env.TFJSLINT_SIM_SECRET) throw new Error('saw ' + process.env.TFJSLINT_SIM_SECRET);", "no environment"},
		{"outside root", "main.mjs", "import x from '../outside.js';", "outside the project root"},
		{"data csv", "main.mjs", "import * as tf from '@tensorflow/tfjs';\nconst ds = tf.data.csv('https://example.com/d.csv');", "tf.data.csv"},
		{"load model", "main.mjs", "import * as tf from '@tensorflow/tfjs';\nconst m = await tf.loadLayersModel('https://example.com/model.json');", "loads a model"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep := runSource(t, c.file, c.src, Options{})
			wantIncomplete(t, rep, c.want)
			if strings.Contains(*rep.Incomplete, "read the disk") || strings.Contains(*rep.Incomplete, "leaked") {
				t.Errorf("the script reached the host: %s", *rep.Incomplete)
			}
		})
	}
}

// TestCompleteRun checks a plain training script runs to the end with no
// incomplete reason.
func TestCompleteRun(t *testing.T) {
	rep := runSource(t, "main.mjs", `import * as tf from '@tensorflow/tfjs';
const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 1 })] });
model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
await model.fit(tf.zeros([8, 2]), tf.zeros([8, 1]), { epochs: 2, batchSize: 4 });
`, Options{})
	if rep.Incomplete != nil {
		t.Fatalf("incomplete: %s", *rep.Incomplete)
	}
	if len(rep.Steps) != 4 || len(rep.Models) != 1 || rep.Models[0].Params != 3 {
		t.Fatalf("steps = %d, models = %+v", len(rep.Steps), rep.Models)
	}
}

// TestStopReason checks that the reason a report gives is what stopped the
// run, at the call that stopped it: a stop outranks a note about an API
// the simulator does not run, which outranks skipping training past the
// step budget; and that the report says what ran.
func TestStopReason(t *testing.T) {
	const model = `const tf = require('@tensorflow/tfjs');
const model = tf.sequential({layers: [tf.layers.dense({inputShape: [2], units: 1})]});
model.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
`
	cases := []struct {
		name, src, want string
		line            int
		steps           int
	}{
		{"stop after a note", model + "const home = process.env.HOME;\nmodel.fit(tf.zeros([4, 2]), tf.zeros([4, 1])).then(() => fetch('https://example.com/more.json'));\n", "fetch(https://example.com/more.json)", 5, 1},
		{"note after skipped training", model + "async function main() {\n  for (let i = 0; i < 3; i++) await model.fit(tf.zeros([8, 2]), tf.zeros([8, 1]), {batchSize: 1});\n  const home = process.env.HOME;\n}\nmain();\n", "process.env", 6, 3},
		{"skipped training only", model + "async function main() {\n  for (let i = 0; i < 3; i++) await model.fit(tf.zeros([8, 2]), tf.zeros([8, 1]), {batchSize: 1});\n}\nmain();\n", "step budget of 3", 5, 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep := runSource(t, "main.cjs", c.src, Options{Steps: 3})
			wantIncomplete(t, rep, c.want)
			if rep.IncompleteAt == nil || rep.IncompleteAt.Line != c.line {
				t.Errorf("incomplete at %v, want line %d", rep.IncompleteAt, c.line)
			}
			if rep.Ran.Steps != c.steps || rep.Ran.Models != 1 {
				t.Errorf("ran %s", rep.Ran)
			}
		})
	}
}
