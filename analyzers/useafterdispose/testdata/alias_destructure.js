// Destructured helpers from an aliased namespace.
import * as tfjs from '@tensorflow/tfjs';

const tf = tfjs;
const { tensor1d, dispose: free } = tf;

export function cumulative(values) {
  const t = tensor1d(values);
  const sums = t.cumsum();
  free(t);
  const mean = t.mean(); // want "`t` is used after free\\(t\\) on line 10: .* t\\.mean\\(\\) throws"
  return { sums, mean };
}

export function window(values, size) {
  const t = tensor1d(values);
  const frames = tf.signal.frame(t, size, 1);
  t.dispose();
  return frames;
}
