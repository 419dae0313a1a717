// A 2-4-5-1 sigmoid XOR net with a hand-tuned SGD rate of 5 for 1000
// full-batch epochs: rate × steps = 5000, where SGD solves XOR as often as
// Adam(0.01) does in the same steps. A tip, not a warning.
const tf = require('@tensorflow/tfjs');

const xor = async () => {
  const learningRate = 5;
  const model = tf.sequential();
  const sgdOpt = tf.train.sgd(learningRate); // want "a tip only: this net has 43 weights and trains for 1000 steps at rate 5 \\(rate × steps = 5000, from 5000"
  const inputs = tf.tensor2d([[0, 0], [0, 1], [1, 0], [1, 1]]);
  const targets = tf.tensor2d([[0], [1], [1], [0]]);
  model.add(tf.layers.dense({units: 4, activation: 'sigmoid', inputDim: 2}));
  model.add(tf.layers.dense({units: 5, activation: 'sigmoid'}));
  model.add(tf.layers.dense({units: 1, activation: 'sigmoid'}));
  model.compile({loss: tf.losses.meanSquaredError, optimizer: sgdOpt});
  await model.fit(inputs, targets, {epochs: 1000});
  return model;
};

module.exports = {xor};
