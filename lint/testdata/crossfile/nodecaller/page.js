// The page: it labels the webcam every frame.
import * as tf from '@tensorflow/tfjs';
import { label } from './model.js';

const video = document.querySelector('video');
let model;
function frame() {
  const input = tf.tidy(() => tf.browser.fromPixels(video).toFloat().mean(2).reshape([1, -1]).slice([0, 0], [1, 8]));
  document.title = String(label(model, input));
  input.dispose();
  requestAnimationFrame(frame);
}
tf.loadLayersModel('model/model.json').then((m) => {
  model = m;
  requestAnimationFrame(frame);
});
