// Plain SGD whose model cannot be determined here: the rule stays silent rather than guess.
import * as tf from '@tensorflow/tfjs';
import { describe, it } from 'mocha';

// An optimizer factory: which model it trains is up to callers elsewhere.
export function optimizerByName(name, learningRate) {
  switch (name) {
    case 'sgd':
      return tf.train.sgd(learningRate);
    case 'adam':
      return tf.train.adam(learningRate);
    default:
      return tf.train.rmsprop(learningRate);
  }
}

// A model loaded at run time: its layers are not in this file.
export async function fineTune(url, xs, ys) {
  const model = await tf.loadLayersModel(url);
  model.compile({ optimizer: tf.train.sgd(0.0001), loss: 'categoricalCrossentropy' });
  await model.fit(xs, ys, { epochs: 3 });
  return model;
}

// Stored on some other library's object: whether and how it trains is that library's business.
export function configure(recognizer) {
  recognizer.optimizer = tf.train.sgd(0.000002);
}

// Unit tests check that training runs, not how fast it converges.
describe('trainer', () => {
  it('fits random data', async () => {
    const model = tf.sequential({
      layers: [tf.layers.dense({ inputShape: [10], units: 100, activation: 'relu' }), tf.layers.dense({ units: 1 })],
    });
    model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
    await model.fit(tf.randomNormal([100, 10]), tf.randomNormal([100, 1]), { epochs: 2 });
  });
});
