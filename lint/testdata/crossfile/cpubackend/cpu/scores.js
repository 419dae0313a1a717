import * as tf from '@tensorflow/tfjs';

export function readScores(t) {
  return tf.tidy(() => Array.from(t.softmax().dataSync()));
}
