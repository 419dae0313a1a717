'use strict';
// Only the first argument is the learning rate: momentum, decay, betas and epsilon are not.
const tf = require('@tensorflow/tfjs');

function optimizers() {
  return [
    tf.train.momentum(0.01, 0.9),
    tf.train.momentum(0.05, 0.99, true),
    tf.train.rmsprop(0.001, 0.9, 0.5, 1e-7, true),
    tf.train.adam(0.001, 0.9, 0.999, 1e-7),
    tf.train.adamax(0.002, 0.9, 0.999, 1e-8, 0),
    tf.train.adagrad(0.01, 0.1),
  ];
}

async function main() {
  const xs = tf.randomNormal([128, 4]);
  const ys = tf.randomNormal([128, 1]);
  for (const optimizer of optimizers()) {
    const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [4], units: 1 })] });
    model.compile({ optimizer, loss: 'meanSquaredError' });
    const history = await model.fit(xs, ys, { epochs: 3, batchSize: 32, verbose: 0 });
    console.log(optimizer.getClassName(), history.history.loss.at(-1).toFixed(4));
  }
  tf.dispose([xs, ys]);
}

main();
