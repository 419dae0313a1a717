// dispose called, or its method passed on to be called later.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({
  layers: [tf.layers.dense({ units: 4, activation: 'softmax', inputShape: [16] })],
});
model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy' });

export async function train(batches) {
  for (const rows of batches) {
    const xs = tf.tensor2d(rows);
    const ys = tf.tidy(() => tf.oneHot(tf.tensor1d(rows.map((r) => r[0] % 4), 'int32'), 4));
    await model.trainOnBatch(xs, ys);
    xs.dispose();
    ys.dispose();
  }
}

export function hasDispose(x) {
  return typeof x.dispose === 'function';
}
