// The look-alike with a hidden layer: batch composition matters again.
import * as tf from '@tensorflow/tfjs';

export async function classify(url, epochs) {
  const rows = tf.data.csv(url, { columnConfigs: { label: { isLabel: true } } });
  const numFeatures = (await rows.columnNames()).length - 1;
  const ds = rows
    .map(({ xs, ys }) => ({ xs: Object.values(xs), ys: Object.values(ys) }))
    .batch(10).shuffle(100); // want "\\.batch\\(\\) before \\.shuffle\\(\\) shuffles whole batches"
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [numFeatures], units: 16, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'binaryCrossentropy' });
  return model.fitDataset(ds, { epochs });
}
