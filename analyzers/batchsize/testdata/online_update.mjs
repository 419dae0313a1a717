// A single new row per call: there is nothing to batch, and the size is spelled both ways.
import * as tf from '@tensorflow/tfjs';

export async function learnOne(model, features, label) {
  const x = tf.tensor2d([features]);
  const y = tf.tensor2d([[label]]);
  await model.fit(x, y, { epochs: 1, batchSize: 1 });
  const x2 = tf.tensor2d(features, [1, features.length]);
  await model.fit(x2, y, { epochs: 1, batchSize: 1 });
  tf.dispose([x, y, x2]);
}

export async function trainAll(model, xs, ys) {
  await model.fit(xs, ys, { epochs: 10, batchSize: 32 });
  await model.fit(xs, ys, { epochs: 10 });
}
