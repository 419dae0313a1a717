// Node CommonJS: batch before shuffle, and shuffle buffers that do nothing.
const tf = require('@tensorflow/tfjs-node');

const BUFFER = 1;

async function main() {
  const rows = Array.from({ length: 1000 }, (_, i) => ({ xs: [i / 1000], ys: [Math.sin(i / 100)] }));
  const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [1], units: 32, activation: 'relu' }), tf.layers.dense({ units: 1 })] });
  model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });

  const batched = tf.data.array(rows).batch(32).shuffle(100); // want "\\.batch\\(\\) before \\.shuffle\\(\\) shuffles whole batches, not samples: call \\.shuffle\\(…\\) first \\(tip 8\\)"
  await model.fitDataset(batched, { epochs: 5 });

  const one = tf.data.array(rows).shuffle(1).batch(32); // want "\\.shuffle\\(1\\) does not shuffle: use a buffer at least as large as the dataset \\(tip 8\\)"
  await model.fitDataset(one, { epochs: 5 });

  const constant = tf.data.array(rows)
    .shuffle(BUFFER) // want "\\.shuffle\\(BUFFER = 1\\) does not shuffle"
    .batch(32);
  await model.fitDataset(constant, { epochs: 5 });
}

main();
