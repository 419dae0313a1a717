// Regression on CSV rows: .shuffle(…) after .batch(…) only reorders whole
// batches, which is harmless for one dense layer (a convex fit).
import * as tf from '@tensorflow/tfjs';

export async function logistic(url, epochs) {
  const rows = tf.data.csv(url, { columnConfigs: { label: { isLabel: true } } });
  const numFeatures = (await rows.columnNames()).length - 1;
  const ds = rows
    .map(({ xs, ys }) => ({ xs: Object.values(xs), ys: Object.values(ys) }))
    .batch(10)
    .shuffle(100);
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [numFeatures], units: 1, activation: 'sigmoid' }));
  model.compile({ optimizer: tf.train.adam(0.1), loss: 'binaryCrossentropy' });
  return model.fitDataset(ds, { epochs });
}
