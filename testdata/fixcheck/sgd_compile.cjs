// Iris-like flower classification with model.fit; the model is compiled with
// the 'sgd' optimizer string.
const tf = require('@tensorflow/tfjs');

const NUM_CLASSES = 3;

function syntheticFlowers(n) {
  return tf.tidy(() => {
    const species = tf.randomUniform([n], 0, NUM_CLASSES, 'int32', 7);
    const means = tf.tensor2d([[5.0, 3.4, 1.5, 0.2], [5.9, 2.8, 4.3, 1.3], [6.6, 3.0, 5.5, 2.0]]);
    const measurements = tf.gather(means, species).add(tf.randomNormal([n, 4], 0, 0.3, 'float32', 7));
    return [measurements, tf.oneHot(species, NUM_CLASSES)];
  });
}

async function run() {
  const [xs, ys] = syntheticFlowers(120);
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [4], units: 10, activation: 'relu' }));
  model.add(tf.layers.dense({ units: NUM_CLASSES, activation: 'softmax' }));
  model.compile({ optimizer: 'sgd', loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  const history = await model.fit(xs, ys, { epochs: 4, batchSize: 30, verbose: 0 });
  const last = history.history;
  console.log(`loss ${last.loss[3].toFixed(3)} accuracy ${last.acc[3].toFixed(3)}`);
  tf.dispose([xs, ys]);
  model.dispose();
}

run();
