// The page's entry sets the CPU backend; the read in scores.js, which it
// calls every frame, waits for no GPU.
import * as tf from '@tensorflow/tfjs';
import { readScores } from './scores.js';

tf.setBackend('cpu');
const weights = tf.randomNormal([4, 3]);

function frame() {
  const scores = tf.tidy(() => tf.randomNormal([1, 4]).matMul(weights));
  document.getElementById('plot').title = readScores(scores).join(',');
  scores.dispose();
  requestAnimationFrame(frame); // want "sim-incomplete: the dry run stopped early: animation-frame budget"
}
requestAnimationFrame(frame);
