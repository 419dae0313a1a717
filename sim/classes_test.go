package sim

import "testing"

// TestTensorClasses checks that tensors and variables are instances of
// tf.Tensor and tf.Variable, which tf.data and user code test with
// instanceof, while calling the constructors directly is noted as not
// simulated.
func TestTensorClasses(t *testing.T) {
	rep := runSource(t, "main.mjs", `import * as tf from '@tensorflow/tfjs';
const x = tf.zeros([2]);
const v = tf.variable(tf.zeros([2]));
if (!(x instanceof tf.Tensor) || x instanceof tf.Variable) throw new Error('tensor class');
if (!(v instanceof tf.Variable) || !(v instanceof tf.Tensor)) throw new Error('variable class');
`, Options{})
	if rep.Incomplete != nil {
		t.Fatalf("incomplete: %s", *rep.Incomplete)
	}
	rep = runSource(t, "main.mjs", `import * as tf from '@tensorflow/tfjs';
new tf.Tensor([2], 'float32', [1, 2], 1);
`, Options{})
	wantIncomplete(t, rep, "new tf.Tensor() is not simulated")
}
