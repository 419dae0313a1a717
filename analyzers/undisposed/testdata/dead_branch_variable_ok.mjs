// A debug branch behind a constant false never runs, and a variable shares
// the buffer of the tensor it is made from.
import * as tf from '@tensorflow/tfjs';

const DEBUG = false;
const video = document.querySelector('video');
const model = await tf.loadLayersModel('indexeddb://pose');

function frame() {
  const scores = tf.tidy(() => model.predict(tf.browser.fromPixels(video).toFloat().div(255).expandDims(0)));
  if (DEBUG) {
    tf.browser.fromPixels(video).mean().print();
    console.log(scores.argMax(-1).dataSync());
  }
  scores.dispose();
  requestAnimationFrame(frame);
}
requestAnimationFrame(frame);

export function makeWeights(inputs, units) {
  const kernel = tf.variable(tf.randomNormal([inputs, units], 0, 0.05));
  const bias = tf.variable(tf.zeros([units]));
  return { kernel, bias };
}
