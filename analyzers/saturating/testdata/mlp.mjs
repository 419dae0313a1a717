import * as tf from '@tensorflow/tfjs';

// A tabular classifier with the textbook's sigmoid hidden layers.
export function createModel(features) {
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [features], units: 64, activation: 'sigmoid' }), // want "^a sigmoid on a hidden dense layer of a model with 4 weighted layers: its derivative is at most 1/4, so the gradient reaching the layers before it shrinks; use 'relu' \\(or 'elu', 'leakyReLU'\\) on hidden layers and keep sigmoid for the output \\(tip 4\\)$"
      tf.layers.dense({ units: 32, activation: 'sigmoid' }), // want "a sigmoid on a hidden dense layer"
      tf.layers.dense({ units: 16, activation: 'relu' }),
      tf.layers.dense({ units: 3, activation: 'softmax' }),
    ],
  });
  model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return model;
}
