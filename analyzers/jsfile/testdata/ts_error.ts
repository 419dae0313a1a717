// A TypeScript file with a syntax error: reported where esbuild found it.
import * as tf from '@tensorflow/tfjs';

export function scale(x: tf.Tensor, factor: number): tf.Tensor {
  return tf.tidy(() => x.mul(factor);  // want "Expected \"\\)\" but found \";\""
}
