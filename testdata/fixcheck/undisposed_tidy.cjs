// Trains a small classifier with model.fit and reports, after every epoch,
// how confident it is on held-out points. The three tensors of the report
// are bound to locals and never disposed: three leaked tensors per epoch
// (the data is one batch, so one epoch is one optimizer step).
const tf = require('@tensorflow/tfjs');

function makeBlobs(n, seed) {
  return tf.tidy(() => {
    const labels = tf.randomUniform([n], 0, 3, 'int32', seed);
    const centers = tf.tensor2d([[0, 0], [3, 3], [-3, 3]]);
    const points = tf.gather(centers, labels).add(tf.randomNormal([n, 2], 0, 0.6, 'float32', seed));
    return { xs: points, ys: tf.oneHot(labels, 3) };
  });
}

const train = makeBlobs(96, 1);
const held = makeBlobs(32, 2);

const model = tf.sequential({
  layers: [
    tf.layers.dense({ inputShape: [2], units: 12, activation: 'relu' }),
    tf.layers.dense({ units: 3, activation: 'softmax' }),
  ],
});
model.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy' });

function reportConfidence(epoch) {
  const probs = model.predict(held.xs);
  const best = probs.max(1);
  const confidence = best.mean();
  console.log(`epoch ${epoch}: mean confidence ${confidence.dataSync()[0].toFixed(3)}`);
}

async function main() {
  await model.fit(train.xs, train.ys, {
    epochs: 30,
    batchSize: 96,
    verbose: 0,
    callbacks: { onEpochEnd: (epoch) => reportConfidence(epoch) },
  });
  tf.dispose([train.xs, train.ys, held.xs, held.ys]);
}

main();
