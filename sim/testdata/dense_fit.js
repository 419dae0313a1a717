// A dense classifier trained with model.fit: 3 epochs of 4 batches.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.dense({ units: 16, activation: 'relu', inputShape: [8] }));
model.add(tf.layers.dense({ units: 3, activation: 'softmax' }));
model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy', metrics: ['accuracy'] });

const xs = tf.randomNormal([100, 8]);
const ys = tf.oneHot(tf.randomUniform([100], 0, 3, 'int32'), 3);

await model.fit(xs, ys, { epochs: 3, batchSize: 32 });
