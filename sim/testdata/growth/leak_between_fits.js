// Online training: each round draws a fresh batch of data and fits on it,
// but never disposes it. Inside a fit call memory is flat; it grows by the
// two data tensors between calls.
const tf = require('@tensorflow/tfjs');

function sampleBatch(n) {
  const xs = tf.randomNormal([n, 4]);
  const ys = xs.sum(1, true).greater(0).toFloat();
  return {xs, ys};
}

async function main() {
  const model = tf.sequential();
  model.add(tf.layers.dense({units: 8, activation: 'relu', inputShape: [4]}));
  model.add(tf.layers.dense({units: 1, activation: 'sigmoid'}));
  model.compile({optimizer: tf.train.adam(0.01), loss: 'binaryCrossentropy'});
  for (let round = 0; round < 40; round++) {
    const {xs, ys} = sampleBatch(24);
    await model.fit(xs, ys, {epochs: 1, batchSize: 8});
  }
}

main();
