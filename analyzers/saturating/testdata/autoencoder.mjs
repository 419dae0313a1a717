import * as tf from '@tensorflow/tfjs';

// An autoencoder whose bottleneck squashes codes to (0, 1).
const code = 8;
export const autoencoder = tf.sequential({
  layers: [
    tf.layers.dense({ inputShape: [784], units: 128, activation: 'relu' }),
    tf.layers.dense({ units: code, activation: 'sigmoid' }), // want "a sigmoid on a hidden dense layer of a model with 4 weighted layers"
    tf.layers.dense({ units: 128, activation: 'sigmoid' }), // want "a sigmoid on a hidden dense layer"
    tf.layers.dense({ units: 784, activation: 'sigmoid' }),
  ],
});
