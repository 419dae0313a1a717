// Trains far past the step budget, correctly: the dry run stops at its
// budget, which is no finding.
import * as tf from '@tensorflow/tfjs';

const w = tf.variable(tf.zeros([3, 1]));
const xs = tf.randomNormal([64, 3]);
const ys = tf.randomNormal([64, 1]);
const optimizer = tf.train.adam(0.01);
for (let i = 0; i < 1000; i++) {
  const cost = optimizer.minimize(() => tf.losses.meanSquaredError(ys, xs.matMul(w)), true);
  cost.dispose();
}
