// The compile config is assembled in a variable first.
import * as tf from '@tensorflow/tfjs';

const BASE_CONFIG = {
  optimizer: 'sgd', // want "optimizer 'sgd' is plain SGD"
  loss: 'meanSquaredError',
  metrics: ['mse'],
};

export function buildRegressor(inputDim) {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [inputDim], units: 8, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 1 }));
  model.compile(BASE_CONFIG);
  return model;
}

export function buildClassifier(inputDim, numClasses) {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [inputDim], units: 32, activation: 'tanh' }));
  model.add(tf.layers.dense({ units: numClasses, activation: 'softmax' }));
  const cfg = { optimizer: "sgd", loss: 'categoricalCrossentropy', metrics: ['accuracy'] }; // want "optimizer 'sgd' is plain SGD"
  model.compile(cfg);
  return model;
}

// Softmax regression: the softmax is the output layer, nothing is hidden. Not reported.
export function buildLinearClassifier(inputDim, numClasses) {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [inputDim], units: numClasses, activation: 'softmax' }));
  const cfg = { optimizer: 'sgd', loss: 'categoricalCrossentropy', metrics: ['accuracy'] };
  model.compile(cfg);
  return model;
}

export function buildWithAdam(inputDim) {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [inputDim], units: 1 }));
  const cfg = { optimizer: 'adam', loss: 'meanSquaredError' };
  model.compile(cfg);
  return model;
}
