const tf = require('@tensorflow/tfjs');

// Normals with a small stddev, a string initializer with its defaults, and
// he/glorot initializers.
const model = tf.sequential({
  layers: [
    tf.layers.dense({ inputShape: [64], units: 64, activation: 'relu', kernelInitializer: tf.initializers.randomNormal({ stddev: 0.01 }) }),
    tf.layers.dense({ units: 64, activation: 'relu', kernelInitializer: 'randomNormal' }),
    tf.layers.dense({ units: 64, activation: 'relu', kernelInitializer: 'heNormal' }),
    tf.layers.dense({ units: 64, activation: 'relu', kernelInitializer: tf.initializers.glorotNormal({ seed: 1 }) }),
    tf.layers.dense({ units: 2, activation: 'softmax', kernelInitializer: tf.initializers.truncatedNormal({ stddev: 0.1 }) }),
  ],
});
module.exports = model;
