// The same loop as leak_loop.js, written correctly: the per-step tensors
// live inside tf.tidy (RMSProp).
import * as tf from '@tensorflow/tfjs';

const w = tf.variable(tf.randomNormal([8, 2]));
const opt = tf.train.rmsprop(0.01);
const data = tf.randomNormal([256, 8]);
const labels = tf.randomNormal([256, 2]);

for (let i = 0; i < 15; i++) {
  tf.tidy(() => {
    const batch = data.slice([i * 16, 0], [16, 8]).mul(0.5);
    const target = labels.slice([i * 16, 0], [16, 2]);
    opt.minimize(() => tf.losses.meanSquaredError(target, batch.matMul(w)));
  });
}
