// Short univariate series fitted one sample per step. A tiny model costs a
// step's overhead at any batch size: a tip. A bigger one is a warning.
import * as tf from '@tensorflow/tfjs';

function windows(series, lookBack) {
  const xs = [];
  for (let i = 0; i + lookBack < series.length; i++) xs.push(series.slice(i, i + lookBack));
  return xs;
}

export async function fitSmallLstm(series) {
  const lookBack = 1;
  const rows = windows(series, lookBack);
  const x = tf.tensor3d(rows, [rows.length, lookBack, 1]);
  const y = tf.tensor1d(series.slice(lookBack));
  const model = tf.sequential();
  model.add(tf.layers.lstm({units: 4, inputShape: [lookBack, 1]}));
  model.add(tf.layers.dense({units: 1}));
  model.compile({optimizer: 'adam', loss: 'meanSquaredError'});
  await model.fit(x, y, {batchSize: 1, epochs: 30}); // want "^batchSize: 1 trains one sample per optimizer step \\(one step per sample\\); a tip only: the model has 101 weights, so a step costs about the same at any batch size"
}

export async function fitWideLstm(series) {
  const rows = windows(series, 12);
  const x = tf.tensor3d(rows, [rows.length, 12, 1]);
  const y = tf.tensor1d(series.slice(12));
  const model = tf.sequential();
  model.add(tf.layers.lstm({units: 64, inputShape: [12, 1]}));
  model.add(tf.layers.dropout({rate: 0.2}));
  model.add(tf.layers.dense({units: 1}));
  model.compile({optimizer: 'adam', loss: 'meanSquaredError'});
  await model.fit(x, y, {batchSize: 1, epochs: 30}); // want "^batchSize: 1 trains one sample per optimizer step \\(one step per sample\\): every step pays"
}
