// Default rates (no argument), string optimizers, and adadelta, which the rule does not range-check.
import * as tf from '@tensorflow/tfjs';

export function build(inputDim) {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [inputDim], units: 16, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 1 }));
  return model;
}

export async function compareDefaults(xs, ys) {
  const configs = [
    tf.train.adam(), // 0.001
    tf.train.adamax(),
    tf.train.adadelta(),
    tf.train.adadelta(1.0), // adadelta is meant to run with lr = 1
    'adam',
    'rmsprop',
  ];
  for (const optimizer of configs) {
    const model = build(xs.shape[1]);
    model.compile({ optimizer, loss: 'meanSquaredError' });
    await model.fit(xs, ys, { epochs: 5 });
  }
}
