import * as tf from '@tensorflow/tfjs';

export function project(x: tf.Tensor2D, w: tf.Variable): tf.Tensor2D {
  return x.matMul(w as tf.Tensor2D);
}
