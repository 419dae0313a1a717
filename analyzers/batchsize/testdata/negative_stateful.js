// A stateful LSTM fixes its batch: batchSize 1 is required by the model, not a choice.
const tf = require('@tensorflow/tfjs');

async function train(series) {
  const model = tf.sequential();
  model.add(tf.layers.lstm({ units: 8, batchInputShape: [1, 10, 1], stateful: true }));
  model.add(tf.layers.dense({ units: 1 }));
  model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
  const xs = tf.tensor3d(series.inputs);
  const ys = tf.tensor2d(series.targets);
  await model.fit(xs, ys, { epochs: 5, batchSize: 1, shuffle: false });
}

module.exports = { train };
