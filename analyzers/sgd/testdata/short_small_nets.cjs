// The same small nets trained too briefly for plain SGD: still a warning.
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

async function trainShort() {
  const model = xorNet();
  // 1000 steps at 0.5: rate × steps = 500, far from converged.
  model.compile({optimizer: tf.train.sgd(0.5), loss: 'meanSquaredError'}); // want "tf\\.train\\.sgd is plain SGD on a model with a hidden non-linear layer \\(dense layer with activation 'sigmoid', line 9\\): it converges slowly and needs a hand-tuned learning rate; use tf\\.train\\.adam\\(0\\.01\\)"
  await model.fit(inputs, targets, {epochs: 1000});
}

module.exports = {trainShort};
