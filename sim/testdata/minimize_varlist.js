// minimize with an explicit variable list that holds a non-trainable
// variable (Adam keeps slots for every position of the list).
import * as tf from '@tensorflow/tfjs';

const w1 = tf.variable(tf.randomNormal([4, 4]), true, 'w1');
const w2 = tf.variable(tf.randomNormal([4, 1]), true, 'w2');
const scale = tf.variable(tf.scalar(1), false, 'scale');
const x = tf.randomNormal([16, 4]);
const y = tf.randomNormal([16, 1]);
const opt = tf.train.adam(0.01);

for (let i = 0; i < 8; i++) {
  opt.minimize(() => x.matMul(w1).relu().matMul(w2).mul(scale).sub(y).square().mean(), false, [w1, w2, scale]);
}
