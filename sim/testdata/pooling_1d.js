// 1-D signal model: conv1d with causal and same padding, average and max
// pooling, global pooling.
import * as tf from '@tensorflow/tfjs';

const input = tf.input({ shape: [32, 2] });
const a = tf.layers.conv1d({ filters: 6, kernelSize: 5, padding: 'same', activation: 'relu' }).apply(input);
const b = tf.layers.averagePooling1d({ poolSize: 2 }).apply(a);
const c = tf.layers.conv1d({ filters: 6, kernelSize: 3, activation: 'relu' }).apply(b);
const d = tf.layers.maxPooling1d({ poolSize: 3, strides: 2 }).apply(c);
const g1 = tf.layers.globalAveragePooling1d({}).apply(d);
const g2 = tf.layers.globalMaxPooling1d({}).apply(d);
const out = tf.layers.dense({ units: 1 }).apply(tf.layers.concatenate().apply([g1, g2]));
const model = tf.model({ inputs: input, outputs: out });
model.compile({ optimizer: tf.train.rmsprop(0.001, 0.9, 0.1, undefined, true), loss: 'meanAbsoluteError' });

const xs = tf.randomNormal([20, 32, 2]);
const ys = tf.randomNormal([20, 1]);
await model.fit(xs, ys, { epochs: 2, batchSize: 7 });
