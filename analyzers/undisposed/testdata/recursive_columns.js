// Min-max scaling that splits a feature matrix into columns and calls
// itself once per column: it recurses as far as the columns go, so its
// leaks grow as often as its callers run (once here; per frame below).
import * as tf from '@tensorflow/tfjs';

function normalize(xs) {
  if (xs.shape[1] > 1) {
    const columns = tf.split(xs, xs.shape[1], 1).map((column) => normalize(column));
    return tf.concat(columns, 1);
  }
  const min = xs.min(); // want "`min` from xs.min is never disposed: it leaks one tensor per element \\(called from the map callback on line 8\\), which runs once"
  const max = xs.max(); // want "`max` from xs.max is never disposed"
  return xs.sub(min).div(max.sub(min)); // want "2 intermediate tensors \\(sub, sub\\) are never disposed: it leaks 2 tensors per element \\(called from the map callback on line 8\\), which runs once"
}

const features = tf.tensor2d([[1, 200], [2, 300], [3, 250]]);
const scaled = normalize(features);
scaled.print();
