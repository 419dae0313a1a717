// A tf.data pipeline: map callbacks run inside tidy, forEachAsync cleans up per element.
import * as tf from '@tensorflow/tfjs';

const FEATURES = 12;

const model = tf.sequential({
  layers: [
    tf.layers.dense({ units: 24, activation: 'relu', inputShape: [FEATURES] }),
    tf.layers.dense({ units: 1 }),
  ],
});
model.compile({ optimizer: tf.train.adam(0.001), loss: 'meanAbsoluteError' });

export function makeDataset(rows) {
  return tf.data
    .array(rows)
    .map((row) => ({
      xs: tf.tensor1d(row.features).sub(row.offset).div(row.scale),
      ys: tf.tensor1d([row.target]),
    }))
    .shuffle(rows.length)
    .batch(32);
}

export async function train(rows) {
  const ds = makeDataset(rows);
  await model.fitDataset(ds, { epochs: 10 });
}

export async function meanAbsoluteError(rows) {
  const ds = makeDataset(rows);
  const errors = [];
  let count = 0;
  // forEachAsync disposes each element after the callback; the per-batch sums live in `errors`.
  await ds.forEachAsync(({ xs, ys }) => {
    errors.push(tf.tidy(() => model.predict(xs).sub(ys).abs().sum()));
    count += xs.shape[0];
  });
  const total = tf.addN(errors);
  const value = (await total.data())[0];
  tf.dispose([total, ...errors]);
  return value / count;
}
