// Train, then evaluate and predict in a tidy-correct loop; predict on a
// rank-1 input (expanded to rank 2 by tfjs).
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.dense({ inputShape: [3], units: 4, activation: 'relu' }));
model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
model.compile({ optimizer: tf.train.adagrad(0.05), loss: 'binaryCrossentropy', metrics: ['accuracy', 'mse'] });

const xs = tf.randomNormal([40, 3]);
const ys = tf.randomUniform([40]);
for (let round = 0; round < 3; round++) {
  await model.fit(xs, ys, { epochs: 1, batchSize: 20 });
  const [loss, acc, mse] = model.evaluate(xs, ys, { batchSize: 16 });
  tf.dispose([loss, acc, mse]);
  tf.tidy(() => {
    model.predict(xs.slice([0, 0], [5, 3]));
  });
}
