const tf = require('@tensorflow/tfjs-node');

// A conv net whose filters start equal.
const model = tf.sequential();
model.add(tf.layers.conv2d({ inputShape: [28, 28, 1], filters: 8, kernelSize: 3, activation: 'relu',
  kernelInitializer: tf.initializers.constant({ value: 0.1 }) })); // want "kernelInitializer constant on a hidden conv2d layer"
model.add(tf.layers.flatten());
model.add(tf.layers.dense({ units: 10, activation: 'softmax' }));
module.exports = model;
