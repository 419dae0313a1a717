const tf = require('@tensorflow/tfjs-node');

// A hello-world that fits random inputs to random targets: there is
// nothing to learn, so the optimizer does not matter.
async function smoke() {
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 100, activation: 'relu', inputShape: [10] }));
  model.add(tf.layers.dense({ units: 1 }));
  model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
  const xs = tf.randomNormal([100, 10]);
  const ys = tf.randomUniform([100, 1]);
  return model.fit(xs, ys, { epochs: 10 });
}

module.exports = { smoke };
