// Small dense nets that the file trains long enough for plain SGD to
// converge (rate × steps ≥ 2500): a tip at info, not a warning.
const tf = require('@tensorflow/tfjs');

const inputs = tf.tensor2d([[0, 0], [0, 1], [1, 0], [1, 1]]);
const targets = tf.tensor2d([[0], [1], [1], [0]]);

function xorNet() {
  const model = tf.sequential();
  model.add(tf.layers.dense({inputDim: 2, units: 4, activation: 'sigmoid'}));
  model.add(tf.layers.dense({units: 5, activation: 'sigmoid'}));
  model.add(tf.layers.dense({units: 1, activation: 'sigmoid'}));
  return model;
}

async function trainLong() {
  const rate = 4;
  const model = xorNet();
  model.compile({
    optimizer: tf.train.sgd(rate), // want "tf\\.train\\.sgd is plain SGD .*; a tip only: this net has 43 weights and trains for 1000 steps at rate 4 \\(rate × steps = 4000"
    loss: 'meanSquaredError',
  });
  await model.fit(inputs, targets, {epochs: 1000});
}

module.exports = {trainLong};
