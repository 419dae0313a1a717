// Streams (x, y) pairs into fitDataset through a tf.data pipeline built
// step by step. The samples are sorted by x and the pipeline batches them in
// that order: it never shuffles.
import * as tf from '@tensorflow/tfjs';

const samples = [];
for (let i = 0; i < 48; i++) {
  const x = i / 48;
  samples.push({ x: [x, x * x], y: [3 * x - 1] });
}

let dataset = tf.data.array(samples);
dataset = dataset.map(({ x, y }) => ({ xs: tf.tensor1d(x), ys: tf.tensor1d(y) }));
dataset = dataset.batch(8);

const model = tf.sequential({
  layers: [
    tf.layers.dense({ inputShape: [2], units: 6, activation: 'relu' }),
    tf.layers.dense({ units: 1 }),
  ],
});
model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });

const history = await model.fitDataset(dataset, { epochs: 2 });
console.log(`loss after ${history.epoch.length} epochs: ${history.history.loss[1].toFixed(4)}`);
