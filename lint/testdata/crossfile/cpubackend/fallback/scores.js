import * as tf from '@tensorflow/tfjs';

export function readScores(t) {
  return tf.tidy(() => Array.from(t.softmax().dataSync())); // want "sync-readback: dataSync\(\) blocks the UI thread until the GPU finishes, once per frame"
}
