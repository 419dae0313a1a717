import * as tf from '@tensorflow/tfjs';

const w = tf.variable(tf.zeros([4, 1]));
const x = tf.ones([8, 4]);
const opt = tf.train.adam(0.01);
for (let i = 0; i < 6; i++) {
  const scaled = x.mul(2); // want "Tensor.mul allocates tensors that are never freed: \\+1 tensors \\(\\+128 bytes\\) more after every training step"
  opt.minimize(() => scaled.matMul(w).square().mean());
}
