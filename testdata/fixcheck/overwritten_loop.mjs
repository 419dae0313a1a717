// Fits a curve one epoch at a time and keeps the latest predictions for a
// plot. Each epoch replaces `latest` with a new prediction without disposing
// the old one: one tensor leaks per epoch (one optimizer step per epoch).
import * as tf from '@tensorflow/tfjs';

const xs = tf.linspace(-1, 1, 50).reshape([50, 1]);
const ys = tf.tidy(() => xs.square().mul(2).sub(xs).add(tf.randomNormal([50, 1], 0, 0.05)));

const model = tf.sequential();
model.add(tf.layers.dense({ inputShape: [1], units: 10, activation: 'tanh' }));
model.add(tf.layers.dense({ units: 1 }));
model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });

let latest = tf.zerosLike(ys);
for (let epoch = 0; epoch < 40; epoch++) {
  const history = await model.fit(xs, ys, { epochs: 1, batchSize: 50, verbose: 0 });
  latest = model.predict(xs);
  if (epoch % 10 === 0) {
    console.log(`epoch ${epoch}: loss ${history.history.loss[0].toFixed(4)}, y(0) = ${latest.dataSync()[25].toFixed(3)}`);
  }
}
latest.print();
