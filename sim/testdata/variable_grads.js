// A linear model trained with tf.variableGrads and applyGradients
// (Adagrad), gradients disposed by hand.
import * as tf from '@tensorflow/tfjs';

const w = tf.variable(tf.randomNormal([4, 1]), true, 'w');
const bias = tf.variable(tf.zeros([1]), true, 'bias');
const frozen = tf.variable(tf.ones([4]), false, 'frozen');
const x = tf.randomNormal([32, 4]);
const y = tf.randomNormal([32, 1]);
const opt = tf.train.adagrad(0.1);

for (let step = 0; step < 12; step++) {
  const { value, grads } = tf.variableGrads(() => tf.tidy(() => x.matMul(w).add(bias).sub(y).square().mean()));
  opt.applyGradients(grads);
  value.dispose();
  tf.dispose(grads);
}
frozen.dispose();
