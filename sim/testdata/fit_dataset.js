// model.fitDataset over an in-memory dataset: shuffled, batched.
import * as tf from '@tensorflow/tfjs';

const samples = [];
for (let i = 0; i < 40; i++) {
  samples.push({ xs: tf.randomNormal([6]), ys: tf.randomUniform([1]) });
}
const ds = tf.data.array(samples).shuffle(16).batch(8);

const model = tf.sequential({
  layers: [
    tf.layers.dense({ inputShape: [6], units: 12, activation: 'relu' }),
    tf.layers.dense({ units: 1, activation: 'sigmoid' }),
  ],
});
model.compile({ optimizer: tf.train.adam(0.01), loss: 'binaryCrossentropy', metrics: ['accuracy'] });
await model.fitDataset(ds, { epochs: 3 });
