package sim

import "testing"

// TestEntryChecks checks the idioms Node scripts use to run their main
// code only as the entry: the simulator must take that branch.
func TestEntryChecks(t *testing.T) {
	const train = `
  const w = tf.variable(tf.zeros([2, 1]));
  tf.train.sgd(0.1).minimize(() => tf.ones([4, 2]).matMul(w).sum());
`
	cases := []struct{ name, file, src string }{
		{"import.meta.url", "main.mjs", "import * as tf from '@tensorflow/tfjs';\nif (import.meta.url === `file://${process.argv[1]}`) {" + train + "}"},
		{"import.meta.filename", "main.mjs", "import * as tf from '@tensorflow/tfjs';\nif (import.meta.filename === process.argv[1]) {" + train + "}"},
		{"require.main", "main.cjs", "const tf = require('@tensorflow/tfjs');\nif (require.main === module) {" + train + "}"},
		{"__filename", "main.cjs", "const tf = require('@tensorflow/tfjs');\nif (__filename === process.argv[1]) {" + train + "}"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep := runSource(t, c.file, c.src, Options{})
			if rep.Incomplete != nil {
				t.Fatalf("incomplete: %s", *rep.Incomplete)
			}
			if len(rep.Steps) != 1 {
				t.Errorf("%d steps: the entry branch did not run", len(rep.Steps))
			}
		})
	}
}
