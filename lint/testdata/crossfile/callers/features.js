import * as tf from '@tensorflow/tfjs';

// Its temporaries are freed by the tf.tidy every caller wraps it in.
export function normalize(x) {
  const mean = x.mean();
  return x.sub(mean).div(x.max().sub(x.min()));
}
