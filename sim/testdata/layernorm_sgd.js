// Layer normalization, activation layers and dropout, SGD by name,
// several metrics.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.dense({ inputShape: [10], units: 24 }));
model.add(tf.layers.layerNormalization());
model.add(tf.layers.activation({ activation: 'relu' }));
model.add(tf.layers.dropout({ rate: 0.1 }));
model.add(tf.layers.dense({ units: 24, activation: 'elu' }));
model.add(tf.layers.leakyReLU());
model.add(tf.layers.dense({ units: 2 }));
model.compile({ optimizer: 'sgd', loss: 'meanSquaredError', metrics: ['mse', 'mae'] });

const xs = tf.randomNormal([30, 10]);
const ys = tf.randomNormal([30, 2]);
await model.fit(xs, ys, { epochs: 2, batchSize: 10 });
