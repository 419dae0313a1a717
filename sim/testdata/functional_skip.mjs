// A functional model with a residual (skip) connection and a concatenated
// branch, fit with validation data and callbacks that read the logs.
import * as tf from '@tensorflow/tfjs';

const input = tf.input({ shape: [20] });
const h1 = tf.layers.dense({ units: 32, activation: 'relu' }).apply(input);
const h2 = tf.layers.dense({ units: 32, activation: 'relu' }).apply(h1);
const skip = tf.layers.add().apply([h1, h2]);
const side = tf.layers.dense({ units: 8, activation: 'tanh' }).apply(input);
const merged = tf.layers.concatenate().apply([skip, side]);
const output = tf.layers.dense({ units: 3, activation: 'softmax' }).apply(merged);
const model = tf.model({ inputs: input, outputs: output });
model.compile({ optimizer: tf.train.adamax(0.002), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });

const xs = tf.randomNormal([48, 20]);
const ys = tf.oneHot(tf.tensor1d(Array.from({ length: 48 }, (_, i) => i % 3), 'int32'), 3).toFloat();
const valXs = tf.randomNormal([16, 20]);
const valYs = tf.oneHot(tf.tensor1d(Array.from({ length: 16 }, (_, i) => i % 3), 'int32'), 3).toFloat();

const seen = [];
await model.fit(xs, ys, {
  epochs: 3,
  batchSize: 12,
  validationData: [valXs, valYs],
  callbacks: {
    onEpochEnd: async (epoch, logs) => { seen.push(logs.val_loss); },
    onBatchEnd: async (batch, logs) => { seen.push(logs.loss); },
  },
});
