// The same 2-4-5-1 XOR net at SGD(0.5) for 2000 epochs: rate × steps =
// 1000, below the 5000 a net with two hidden layers needs; still a warning.
const tf = require('@tensorflow/tfjs');

const xor = async () => {
  const model = tf.sequential();
  const sgdOpt = tf.train.sgd(0.5); // want "tf\\.train\\.sgd is plain SGD on a model with a hidden non-linear layer \\(dense layer with activation 'sigmoid', line 10\\)"
  const inputs = tf.tensor2d([[0, 0], [0, 1], [1, 0], [1, 1]]);
  const targets = tf.tensor2d([[0], [1], [1], [0]]);
  model.add(tf.layers.dense({units: 4, activation: 'sigmoid', inputDim: 2}));
  model.add(tf.layers.dense({units: 5, activation: 'sigmoid'}));
  model.add(tf.layers.dense({units: 1, activation: 'sigmoid'}));
  model.compile({loss: tf.losses.meanSquaredError, optimizer: sgdOpt});
  await model.fit(inputs, targets, {epochs: 2000});
  return model;
};

module.exports = {xor};
