// A training loop that leaks: the batch and the scaled input are made
// outside any tidy and never disposed (2 tensors per step).
import * as tf from '@tensorflow/tfjs';

const w = tf.variable(tf.randomNormal([8, 2]));
const opt = tf.train.adam(0.01);
const data = tf.randomNormal([256, 8]);
const labels = tf.randomNormal([256, 2]);

for (let i = 0; i < 15; i++) {
  const batch = data.slice([i * 16, 0], [16, 8]);
  const scaled = batch.mul(0.5);
  const target = labels.slice([i * 16, 0], [16, 2]);
  opt.minimize(() => tf.losses.meanSquaredError(target, scaled.matMul(w)));
  target.dispose();
}
