// Losses that fit their outputs, including an activation layer and a wrapped dense.
import * as tf from '@tensorflow/tfjs';

export function classifier() {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [10], units: 16, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 3 }));
  model.add(tf.layers.softmax());
  model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy' });
  return model;
}

export function binary() {
  const model = tf.sequential({
    layers: [tf.layers.dense({ inputShape: [10], units: 1, activation: 'sigmoid' })],
  });
  model.compile({ optimizer: 'adam', loss: 'binaryCrossentropy', metrics: ['accuracy'] });
  return model;
}

export function logits() {
  const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [10], units: 4 })] });
  model.compile({ optimizer: 'adam', loss: tf.losses.softmaxCrossEntropy });
  return model;
}

export function regression() {
  const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [10], units: 1 })] });
  model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
  return model;
}

export function sequenceTagger() {
  const model = tf.sequential();
  model.add(tf.layers.lstm({ inputShape: [20, 8], units: 32, returnSequences: true }));
  model.add(tf.layers.timeDistributed({ layer: tf.layers.dense({ units: 5, activation: 'softmax' }) }));
  model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy' });
  return model;
}

export function twoClassSoftmax() {
  const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [10], units: 2, activation: 'softmax' })] });
  model.compile({ optimizer: 'adam', loss: 'binaryCrossentropy' });
  return model;
}
