// TypeScript: a small typed model whose shapes agree, saved to localStorage: nothing to report.
import * as tf from '@tensorflow/tfjs';

const model: tf.Sequential = tf.sequential();
model.add(tf.layers.dense({ inputShape: [4], units: 8, activation: 'relu' }));
model.add(tf.layers.dense({ units: 1 }));
model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
const xs: tf.Tensor2D = tf.randomNormal([16, 4]);
const ys: tf.Tensor2D = tf.randomNormal([16, 1]);
await model.fit(xs, ys, { epochs: 2, batchSize: 8 });
await model.save('localstorage://small');
tf.dispose([xs, ys]);
