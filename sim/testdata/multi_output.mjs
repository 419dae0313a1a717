// A functional model with two outputs and a loss per output.
import * as tf from '@tensorflow/tfjs';

const input = tf.input({ shape: [12], name: 'features' });
const shared = tf.layers.dense({ units: 16, activation: 'relu' }).apply(input);
const cls = tf.layers.dense({ units: 3, activation: 'softmax', name: 'cls' }).apply(shared);
const reg = tf.layers.dense({ units: 1, name: 'reg' }).apply(shared);
const model = tf.model({ inputs: input, outputs: [cls, reg] });
model.compile({
  optimizer: tf.train.adam(0.005),
  loss: { cls: 'categoricalCrossentropy', reg: 'meanSquaredError' },
  metrics: ['accuracy'],
});

const xs = tf.randomNormal([36, 12]);
const yc = tf.oneHot(tf.tensor1d(Array.from({ length: 36 }, (_, i) => i % 3), 'int32'), 3).toFloat();
const yr = tf.randomNormal([36, 1]);
await model.fit(xs, { cls: yc, reg: yr }, { epochs: 2, batchSize: 12, validationSplit: 0.25 });
