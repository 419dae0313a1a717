// Runs on the page's main thread, once per message from the worker: its
// read blocks the page.
import * as tf from '@tensorflow/tfjs';

export function render(message) {
  const probs = tf.tidy(() => tf.tensor1d(message.observation).softmax());
  document.getElementById('world').title = probs.arraySync().join(' '); // want "sync-readback: arraySync\(\) blocks the UI thread until the GPU finishes, once per message \(called from the 'message' handler in main.js:8\): use await x\.array\(\) in an async callback \(tip 17\)$"
  probs.dispose();
}
