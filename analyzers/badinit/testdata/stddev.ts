import * as tf from '@tensorflow/tfjs';

// Weights drawn from N(0, 1), as in a from-scratch tutorial.
const init = tf.initializers.randomNormal({ mean: 0, stddev: 1 });

export function mlp(inputs: number): tf.Sequential {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [inputs], units: 128, activation: 'relu', kernelInitializer: init })); // want "^kernelInitializer randomNormal with stddev 1: each layer multiplies its activations' scale by about stddev·√fan-in, so a model of 3 weighted layers starts saturated or exploding; use the default glorotUniform, or heNormal before relu \\(tip 7\\)$"
  model.add(tf.layers.dense({ units: 128, activation: 'relu', kernelInitializer: tf.initializers.truncatedNormal({ stddev: 2 }) })); // want "kernelInitializer truncatedNormal with stddev 2"
  model.add(tf.layers.dense({ units: 10, activation: 'softmax' }));
  return model;
}
