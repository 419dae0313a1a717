// A two-layer network fitted to a sine wave with a hand-written loop and
// plain SGD, which crawls on this problem; tfjslint suggests Adam.
import * as tf from '@tensorflow/tfjs';

const xs = tf.linspace(-3, 3, 64).reshape([64, 1]);
const ys = xs.sin();

const model = tf.sequential({
  layers: [
    tf.layers.dense({ inputShape: [1], units: 16, activation: 'relu' }),
    tf.layers.dense({ units: 16, activation: 'relu' }),
    tf.layers.dense({ units: 1 }),
  ],
});

const learningRate = 0.05;
const optimizer = tf.train.sgd(learningRate);

for (let step = 0; step < 60; step++) {
  const cost = optimizer.minimize(() => tf.losses.meanSquaredError(ys, model.predict(xs)), true);
  if (step % 10 === 0) console.log(`step ${step}: mse ${cost.dataSync()[0].toFixed(4)}`);
  cost.dispose();
}
