package sim

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestReadbacksArePlausible checks that readbacks give deterministic,
// plausible, non-zero values: floats in [0.05, 0.95), int32 and bool 0 or 1
// (not all 0), the same on every run; and that a loss-threshold loop fed by
// them does not stop at its first check.
func TestReadbacksArePlausible(t *testing.T) {
	src := `const tf = require('@tensorflow/tfjs');
const f = tf.ones([64]).dataSync();
const i = tf.argMax(tf.ones([64, 2]), 1).dataSync();
const b = tf.greater(tf.ones([64]), 0).arraySync();
console.log(Array.from(f).join(' '));
console.log(Array.from(i).join(' '));
console.log(b.map(Number).join(' '));
const model = tf.sequential({layers: [tf.layers.dense({inputShape: [2], units: 1})]});
model.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
async function main() {
  let loss = Infinity;
  let rounds = 0;
  while (loss > 0.01 && rounds < 5) {
    const h = await model.fit(tf.zeros([4, 2]), tf.zeros([4, 1]));
    loss = h.history.loss[0];
    rounds++;
  }
  console.log(rounds, loss > 0);
}
main();
`
	first := runSource(t, "main.cjs", src, Options{})
	second := runSource(t, "main.cjs", src, Options{})
	if first.Incomplete != nil {
		t.Fatalf("incomplete: %s", *first.Incomplete)
	}
	if !slices.Equal(first.Console, second.Console) {
		t.Errorf("readbacks differ between two runs:\n%q\n%q", first.Console, second.Console)
	}
	if len(first.Console) != 4 {
		t.Fatalf("console = %q", first.Console)
	}
	check := func(line string, ok func(float64) bool, what string) {
		nonZero := false
		for _, w := range strings.Fields(line) {
			v, err := strconv.ParseFloat(w, 64)
			if err != nil || !ok(v) {
				t.Errorf("%s readback value %q is not plausible", what, w)
			}
			nonZero = nonZero || v != 0
		}
		if !nonZero {
			t.Errorf("%s readback is all zeros: %s", what, line)
		}
	}
	check(first.Console[0], func(v float64) bool { return v >= 0.05 && v < 0.95 }, "float32")
	check(first.Console[1], func(v float64) bool { return v == 0 || v == 1 }, "int32")
	check(first.Console[2], func(v float64) bool { return v == 0 || v == 1 }, "bool")
	if first.Console[3] != "5 true" {
		t.Errorf("the loss-threshold loop ran %q, want 5 rounds of a positive loss", first.Console[3])
	}
	if first.Ran.Readbacks == 0 {
		t.Errorf("Ran.Readbacks = 0")
	}
}
