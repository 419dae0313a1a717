// Optimizers that are not TensorFlow.js: a local helper, another library, a fake `tf`, a parameter.
import { adam as adamOptimizer } from './toy-optimizers.js';
import * as myLib from 'my-ml-lib';

function adam(learningRate) {
  return { learningRate, beta1: 0.9, beta2: 0.999 };
}

export const local = adam(0.5);
export const imported = adamOptimizer(0.5);
export const other = myLib.train.adam(0.5);
export const otherSgd = myLib.train.sgd(5);

const tf = { train: { adam: (lr) => ({ lr }), sgd: (lr) => ({ lr }) } };
export const fake = tf.train.adam(0.5);

export function injected(tfjs) {
  return tfjs.train.adam(0.5);
}

export function shadowed(tf) {
  return tf.train.sgd(10);
}
