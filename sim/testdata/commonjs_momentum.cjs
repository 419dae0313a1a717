// CommonJS training script: require, a custom loss function, Nesterov
// momentum.
const tf = require('@tensorflow/tfjs');

function huber(yTrue, yPred) {
  return tf.tidy(() => tf.losses.huberLoss(yTrue, yPred));
}

async function main() {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [3], units: 16, activation: 'tanh' }));
  model.add(tf.layers.dense({ units: 1 }));
  model.compile({ optimizer: tf.train.momentum(0.01, 0.9, true), loss: huber });
  const xs = tf.randomNormal([50, 3]);
  const ys = tf.randomNormal([50, 1]);
  await model.fit(xs, ys, { epochs: 2, batchSize: 25 });
  xs.dispose();
  ys.dispose();
}

main();
