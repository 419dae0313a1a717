// A leak in a fit callback: onBatchEnd predicts on a probe and never
// disposes the prediction (one tensor per batch).
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.dense({ inputShape: [4], units: 6, activation: 'relu' }));
model.add(tf.layers.dense({ units: 2, activation: 'softmax' }));
model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy' });

const xs = tf.randomNormal([64, 4]);
const ys = tf.oneHot(tf.tensor1d(Array.from({ length: 64 }, (_, i) => i % 2), 'int32'), 2).toFloat();
const probe = tf.randomNormal([1, 4]);
const predictions = [];

await model.fit(xs, ys, {
  epochs: 2,
  batchSize: 16,
  callbacks: {
    onBatchEnd: (batch, logs) => {
      predictions.push(model.predict(probe));
    },
  },
});
