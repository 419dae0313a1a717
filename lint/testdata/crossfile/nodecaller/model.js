// Shared by a Node training script and a page.
import * as tf from '@tensorflow/tfjs';

export function decode(model, input) {
  const best = tf.tidy(() => model.predict(input).argMax(-1));
  const index = best.dataSync()[0]; // want "sync-readback: dataSync\(\) blocks the UI thread until the GPU finishes, once per iteration \(called from the loop body in evaluate.js:11\) \(repeated by a Node script: no UI thread there\)"
  best.dispose();
  return index;
}

export function label(model, input) {
  const best = tf.tidy(() => model.predict(input).argMax(-1));
  const index = best.dataSync()[0]; // want "sync-readback: dataSync\(\) blocks the UI thread until the GPU finishes, once per frame \(called from the requestAnimationFrame callback in page.js:9\): use await x\.data\(\) in an async callback \(tip 17\)$"
  best.dispose();
  return index;
}
