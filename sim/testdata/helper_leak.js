// A leak in a helper called every step: normalize() returns
// x.sub(mean).div(std) and the x.sub(mean) intermediate is never freed.
import * as tf from '@tensorflow/tfjs';

function normalize(x, mean, std) {
  return x.sub(mean).div(std);
}

const w = tf.variable(tf.randomNormal([3, 1]));
const opt = tf.train.sgd(0.1);
const mean = tf.scalar(0.5);
const std = tf.scalar(2);
const raw = tf.randomNormal([40, 3]);
const target = tf.randomNormal([40, 1]);

for (let i = 0; i < 10; i++) {
  const x = normalize(raw, mean, std);
  const cost = opt.minimize(() => x.matMul(w).sub(target).square().mean(), true);
  x.dispose();
  cost.dispose();
}
