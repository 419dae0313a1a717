// A TypeScript training loop whose batch scaling leaks one tensor per step;
// lint's dry run runs it, with its helper module ts_helpers.ts, and reports
// the leak at its place in the TypeScript.
import * as tf from '@tensorflow/tfjs';
import { project } from './ts_helpers';

const w: tf.Variable = tf.variable(tf.zeros([4, 1]));
const x: tf.Tensor2D = tf.ones([8, 4]);
const opt: tf.Optimizer = tf.train.adam(0.01);
for (let i: number = 0; i < 6; i++) {
  const scaled = x.mul(2) as tf.Tensor2D; // want "Tensor.mul allocates tensors that are never freed: \\+1 tensors \\(\\+128 bytes\\) more after every training step"
  opt.minimize((): tf.Scalar => project(scaled, w).square().mean());
}
