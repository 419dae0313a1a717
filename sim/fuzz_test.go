package sim

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzRun feeds arbitrary scripts to the simulator: whatever the script,
// Run returns a report that marshals, within its budgets.
func FuzzRun(f *testing.F) {
	for _, file := range fixtures(f) {
		if filepath.Ext(file) == ".html" {
			continue
		}
		src, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(src))
	}
	for _, s := range []string{
		"while (true) {}",
		"tf.tidy(() => { throw new Error('x'); });",
		"const m = tf.sequential(); m.add(tf.layers.dense({units: 1}));",
		"tf.layers.conv2d({filters: 2, kernelSize: 9}).apply(tf.zeros([1, 4, 4, 1]));",
		"tf.zeros([2, 3]).reshape([7]);",
		"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
		"tf.variable(tf.zeros([2])).assign(tf.zeros([3]));",
		"Promise.reject(new Error('unhandled'));",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		dir := t.TempDir()
		file := filepath.Join(dir, "fuzz.js")
		if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		rep := Run(file, Options{Root: dir, Steps: 5, Timeout: 250 * time.Millisecond, MaxFrames: 20})
		if rep == nil {
			t.Fatal("nil report")
		}
		if _, err := json.Marshal(rep); err != nil {
			t.Fatalf("report does not marshal: %v", err)
		}
	})
}
