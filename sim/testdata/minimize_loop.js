// Fits a quadratic with tf.variable and optimizer.minimize; every
// temporary is inside minimize's tidy, the cost is disposed.
import * as tf from '@tensorflow/tfjs';

const a = tf.variable(tf.scalar(0.1));
const b = tf.variable(tf.scalar(0.2));
const c = tf.variable(tf.scalar(0.3));
const xs = tf.linspace(-1, 1, 64);
const ys = tf.tidy(() => xs.square().mul(2).add(xs.mul(-3)).add(1));
const optimizer = tf.train.momentum(0.05, 0.9);

const predict = (x) => a.mul(x.square()).add(b.mul(x)).add(c);

for (let i = 0; i < 20; i++) {
  const cost = optimizer.minimize(() => tf.losses.meanSquaredError(ys, predict(xs)), true);
  cost.dispose();
}
