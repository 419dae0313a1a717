// Learning rates kept in constants and a config object.
import * as tf from '@tensorflow/tfjs';

const LEARNING_RATE = 0.5;
const config = {
  learningRate: 0.25,
  epochs: 30,
  batchSize: 32,
};

export async function trainRegressor(xs, ys) {
  const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [xs.shape[1]], units: 1 })] });
  model.compile({ optimizer: tf.train.adam(LEARNING_RATE), loss: 'meanSquaredError' }); // want "^learning rate 0\\.5 \\(LEARNING_RATE\\) for tf\\.train\\.adam is above the sensible range 1e-06–0\\.1 \\(tip 6\\)$"
  await model.fit(xs, ys, { epochs: config.epochs, batchSize: config.batchSize });
  return model;
}

export async function trainClassifier(xs, ys, numClasses) {
  const model = tf.sequential({
    layers: [tf.layers.dense({ inputShape: [xs.shape[1]], units: numClasses, activation: 'softmax' })],
  });
  const optimizer = tf.train.adam(config.learningRate); // want "learning rate 0\\.25 .*for tf\\.train\\.adam is above"
  model.compile({ optimizer, loss: 'categoricalCrossentropy' });
  await model.fit(xs, ys, { epochs: config.epochs, batchSize: config.batchSize });
  return model;
}

export function fineTuneOptimizer() {
  let lr = 2e-7; // never reassigned
  return tf.train.rmsprop(lr); // want "learning rate 2e-07 \\(lr\\) for tf\\.train\\.rmsprop is below"
}

export function sgdOptimizer() {
  const lr = 2.5;
  return tf.train.sgd(lr); // want "learning rate 2\\.5 \\(lr\\) for tf\\.train\\.sgd is above"
}

// The MNIST tutorial's rate for plain SGD: a textbook value, not reported.
export function tutorialOptimizer() {
  const LEARNING_RATE_SGD = 0.15;
  return tf.train.sgd(LEARNING_RATE_SGD);
}
