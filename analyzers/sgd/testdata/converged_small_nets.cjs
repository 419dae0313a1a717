// Small dense nets that the file trains long enough for plain SGD to
// converge (rate × steps ≥ 2500 with one hidden layer, ≥ 5000 with two):
// a tip at info, not a warning.
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
    optimizer: tf.train.sgd(rate), // want "tf\\.train\\.sgd is plain SGD .*; a tip only: this net has 43 weights and trains for 3000 steps at rate 4 \\(rate × steps = 12000, from 5000"
    loss: 'meanSquaredError',
  });
  await model.fit(inputs, targets, {epochs: 3000});
}

async function trainOneHidden() {
  const model = tf.sequential();
  model.add(tf.layers.dense({inputShape: [2], units: 8, activation: 'sigmoid'}));
  model.add(tf.layers.dense({units: 1, activation: 'sigmoid'}));
  model.compile({optimizer: tf.train.sgd(1), loss: 'meanSquaredError'}); // want "a tip only: this net has 33 weights and trains for 3000 steps at rate 1 \\(rate × steps = 3000, from 2500"
  await model.fit(inputs, targets, {epochs: 3000});
}

module.exports = {trainLong, trainOneHidden};
