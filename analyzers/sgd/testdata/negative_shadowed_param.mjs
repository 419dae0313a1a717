// The module imports tfjs as `tf`, but inside withBackend() the name is a parameter that shadows it.
import * as tf from '@tensorflow/tfjs';

export function withBackend(tf, learningRate) {
  // Could be tfjs-node, tfjs-node-gpu or a test double: unknown here.
  return tf.train.sgd(learningRate);
}

export function defaultOptimizer() {
  return tf.train.adam(0.001);
}

export async function train(model, xs, ys) {
  model.compile({ optimizer: defaultOptimizer(), loss: 'meanSquaredError' });
  await model.fit(xs, ys, { epochs: 5 });
  return model;
}
