// trainOnBatch in a loop over slices of the data (plain SGD).
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.dense({ inputShape: [5], units: 8, activation: 'relu' }));
model.add(tf.layers.dense({ units: 1 }));
model.compile({ optimizer: tf.train.sgd(0.01), loss: 'meanSquaredError', metrics: ['mae'] });

const xs = tf.randomNormal([64, 5]);
const ys = tf.randomNormal([64, 1]);
for (let i = 0; i < 8; i++) {
  const [bx, by] = tf.tidy(() => [xs.slice([i * 8, 0], [8, 5]), ys.slice([i * 8, 0], [8, 1])]);
  await model.trainOnBatch(bx, by);
  tf.dispose([bx, by]);
}
