// Two tfjs namespaces: the fix must name the same one on every run.
import * as tfd from '@tensorflow/tfjs-data';
import * as tf from '@tensorflow/tfjs';

export async function norms(rows) {
  const out = [];
  await tfd.array(rows).forEachAsync((row) => {
    out.push(tf.tensor1d(row).square().sum().dataSync()[0]); // want "3 intermediate tensors \\(tensor1d, square, sum\\) are never disposed: it leaks 3 tensors per element"
  });
  return out;
}
