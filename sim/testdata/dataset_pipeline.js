// fitDataset over a pipeline: generator and array zipped, mapped,
// shuffled, batched, prefetched, with a dataset for validation.
import * as tf from '@tensorflow/tfjs';

function* features() {
  for (let i = 0; i < 30; i++) yield Array.from({ length: 4 }, (_, j) => (i + j) / 30);
}
const labels = tf.data.array(Array.from({ length: 30 }, (_, i) => [i % 2]));
const xs = tf.data.generator(features).map((x) => tf.tensor1d(x).mul(2));
const train = tf.data.zip({ xs, ys: labels }).shuffle(10, 42).batch(6).prefetch(2);
const valid = tf.data.zip({ xs: tf.data.generator(features), ys: labels }).take(12).batch(6);

const model = tf.sequential();
model.add(tf.layers.dense({ inputShape: [4], units: 8, activation: 'relu' }));
model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
model.compile({ optimizer: 'adam', loss: 'binaryCrossentropy', metrics: ['accuracy'] });
// yieldEvery 'never': tfjs would otherwise yield to the event loop on a
// wall-clock debounce, which makes its memory trace timing-dependent.
await model.fitDataset(train, { epochs: 2, validationData: valid, yieldEvery: 'never' });
