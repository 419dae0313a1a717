// TypeScript: a tensor used after it was disposed, and the same order done right.
import * as tf from '@tensorflow/tfjs';

export function normalizeBad(x: tf.Tensor2D): tf.Tensor2D {
  const mean = x.mean(0);
  mean.dispose();
  return x.sub(mean); // want "mean"
}

export function normalizeGood(x: tf.Tensor2D): tf.Tensor2D {
  const mean = x.mean(0);
  const out = x.sub(mean) as tf.Tensor2D;
  mean.dispose();
  return out;
}
