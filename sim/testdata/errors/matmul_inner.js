// A custom loop whose weight matrix has the wrong inner size.
const tf = require('@tensorflow/tfjs');
const w = tf.variable(tf.randomNormal([4, 1]));
const xs = tf.randomNormal([8, 3]);
const ys = tf.randomNormal([8, 1]);
const opt = tf.train.sgd(0.1);
for (let i = 0; i < 5; i++) {
  opt.minimize(() => tf.losses.meanSquaredError(ys, tf.matMul(xs, w)));
}
