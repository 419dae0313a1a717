// The same page with the CPU backend as a fallback only: where WebGL
// exists, the read waits for the GPU every frame.
import * as tf from '@tensorflow/tfjs';
import { readScores } from './scores.js';

if (!(await tf.setBackend('webgl'))) {
  await tf.setBackend('cpu');
}
const weights = tf.randomNormal([4, 3]);

function frame() {
  const scores = tf.tidy(() => tf.randomNormal([1, 4]).matMul(weights));
  document.getElementById('plot').title = readScores(scores).join(',');
  scores.dispose();
  requestAnimationFrame(frame); // want "sim-incomplete: the dry run stopped early: animation-frame budget"
}
requestAnimationFrame(frame);
