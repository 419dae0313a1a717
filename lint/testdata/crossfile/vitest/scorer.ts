// A scorer whose only callers are a vitest suite and a frame loop of the
// demo page: the suite runs once, the loop per frame.
import * as tf from '@tensorflow/tfjs';

export function scoreText(model: tf.LayersModel, codes: number[]): number {
  const input = tf.tensor2d([codes]);
  const output = model.predict(input) as tf.Tensor;
  return output.argMax(1).dataSync()[0];
}

export function scoreFrame(model: tf.LayersModel, codes: number[]): number {
  const input = tf.tensor2d([codes]); // want "undisposed-tensor: `input` from tf.tensor2d is never disposed: it leaks one tensor per frame"
  const output = model.predict(input) as tf.Tensor; // want "undisposed-tensor: `output` from model.predict is never disposed: it leaks one tensor per frame"
  return output.argMax(1).dataSync()[0]; // want "leaked-temporary: the tensor from output.argMax is read with dataSync\(\) and never disposed" "sync-readback: dataSync\(\) blocks the UI thread until the GPU finishes, once per frame"
}
