const tf = require('@tensorflow/tfjs-node');

// A Node CNN whose convolutions squash with a sigmoid.
function buildCnn() {
  const model = tf.sequential();
  model.add(tf.layers.conv2d({ inputShape: [28, 28, 1], filters: 8, kernelSize: 5, activation: 'sigmoid' })); // want "a sigmoid on a hidden conv2d layer of a model with 4 weighted layers"
  model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  model.add(tf.layers.conv2d({ filters: 16, kernelSize: 5, activation: 'sigmoid' })); // want "a sigmoid on a hidden conv2d layer"
  model.add(tf.layers.flatten());
  model.add(tf.layers.dense({ units: 64, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 10, activation: 'softmax' }));
  return model;
}

module.exports = { buildCnn };
