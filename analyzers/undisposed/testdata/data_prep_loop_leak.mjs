// Data set-up at load: a loop over the rows leaks per row, once. Bounded by
// the data, it does not grow while the page runs: a warning, not an error;
// info when each leaked tensor holds a few elements.
import * as tf from '@tensorflow/tfjs';

const rows = await (await fetch('digits.json')).json();
const images = [];
const labels = [];
for (const row of rows) {
  const pixels = tf.tensor3d(row.pixels, [28, 28, 1]); // want "`pixels` from tf\\.tensor3d is never disposed: it leaks one tensor per iteration, which runs once"
  images.push(pixels.div(255));
  labels.push(tf.oneHot(tf.tensor1d([row.label], 'int32'), 10)); // want "the tensor from tf\\.tensor1d is passed to tf\\.oneHot and never disposed: it leaks one tensor of a few elements per iteration, which runs once"
}
export const xs = tf.concat(images);
export const ys = tf.concat(labels);
tf.dispose([...images, ...labels]);
