// Every optimizer here is something other than plain SGD: no findings.
import * as tf from '@tensorflow/tfjs';

export function compileAll(models) {
  models.dense.compile({ optimizer: tf.train.adam(0.001), loss: 'meanSquaredError' });
  models.rnn.compile({ optimizer: tf.train.rmsprop(0.001), loss: 'categoricalCrossentropy' });
  // Momentum is SGD with momentum, not plain SGD.
  models.conv.compile({ optimizer: tf.train.momentum(0.01, 0.9), loss: 'categoricalCrossentropy' });
  models.sparse.compile({ optimizer: tf.train.adagrad(0.01), loss: 'binaryCrossentropy' });
  models.embed.compile({ optimizer: tf.train.adamax(0.002), loss: 'meanSquaredError' });
  models.old.compile({ optimizer: tf.train.adadelta(), loss: 'meanSquaredError' });
}

export function compileWithStrings(model, kind) {
  if (kind === 'regression') {
    model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
  } else {
    model.compile({ optimizer: 'rmsprop', loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  }
}

export function fromClasses() {
  return [new tf.AdamOptimizer(0.001, 0.9, 0.999), new tf.MomentumOptimizer(0.01, 0.9, true)];
}

export async function trainDense(xs, ys) {
  const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [xs.shape[1]], units: 1 })] });
  const optimizer = tf.train.adam();
  model.compile({ optimizer, loss: 'meanSquaredError' });
  await model.fit(xs, ys, { epochs: 10, batchSize: 32 });
  return model;
}
