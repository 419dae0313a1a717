/**
 * Optimizer registry. Mentions of tf.train.sgd(0.1) in this comment are not code.
 * Example: registry.sgd is tf.train.sgd, uncalled.
 */
import * as tf from '@tensorflow/tfjs';

// Not called here: just references to the factory functions.
const makers = {
  sgd: tf.train.sgd,
  adam: tf.train.adam,
  rmsprop: tf.train.rmsprop,
};

export const supportsSgd = typeof tf.train.sgd === 'function';
export const HELP = 'Use tf.train.sgd(0.1) only for debugging.';

export function makeOptimizer(name, learningRate) {
  const make = makers[name] ?? makers.adam;
  return make(learningRate);
}

export async function train(model, xs, ys, name = 'adam') {
  model.compile({ optimizer: makeOptimizer(name, 0.001), loss: 'meanSquaredError' });
  await model.fit(xs, ys, { epochs: 10 });
}
