// An endpoint without a file extension may answer something new each time:
// info, not warning.
import * as tf from '@tensorflow/tfjs';

export async function loop(model) {
  for (let step = 0; step < 1000; step++) {
    const res = await fetch('/api/batch'); // want "fetch\\('/api/batch'\\) downloads the same URL on every pass"
    const b = await res.json();
    await model.trainOnBatch(tf.tensor2d(b.x), tf.tensor2d(b.y));
  }
}
