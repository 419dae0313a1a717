import * as tf from '@tensorflow/tfjs';

// A binary classifier: sigmoid on the output layer only is what
// binaryCrossentropy expects.
export function spamModel(vocab) {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [vocab], units: 64, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 32, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
  model.add(tf.layers.reshape({ targetShape: [1] }));
  model.compile({ optimizer: 'adam', loss: 'binaryCrossentropy' });
  return model;
}
