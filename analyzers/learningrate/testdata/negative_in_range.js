// Working learning rates, including the exact ends of each range and the textbook values of the tutorials: no
// findings.
import * as tf from '@tensorflow/tfjs';

export const optimizers = {
  adam: tf.train.adam(0.001),
  adamSmall: tf.train.adam(3e-4),
  adamHigh: tf.train.adam(0.01),
  adamTop: tf.train.adam(0.1), // the range is inclusive
  adamBottom: tf.train.adam(1e-6),
  adamax: tf.train.adamax(0.002),
  rmsprop: tf.train.rmsprop(0.001),
  rmspropText: tf.train.rmsprop(4e-3), // the time-series tutorials' rate
  adagrad: tf.train.adagrad(0.01),
  sgd: tf.train.sgd(0.05),
  sgdMnist: tf.train.sgd(0.15), // the MNIST layers tutorial
  sgdCurve: tf.train.sgd(0.5), // the curve-fitting tutorial
  sgdTop: tf.train.sgd(1),
  momentum: tf.train.momentum(0.01, 0.9),
  momentumTop: tf.train.momentum(1, 0.5),
  tinySgd: tf.train.sgd(1e-6), // no lower bound for sgd/momentum
};

export async function trainAll(buildModel, xs, ys) {
  const losses = {};
  for (const [name, optimizer] of Object.entries(optimizers)) {
    const model = buildModel();
    model.compile({ optimizer, loss: 'meanSquaredError' });
    const history = await model.fit(xs, ys, { epochs: 5, batchSize: 32 });
    losses[name] = history.history.loss.at(-1);
  }
  return losses;
}
