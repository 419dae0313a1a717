// Tensors taken out of a multi-output prediction and a topk result leak
// when the ops made from them are not disposed.
import * as tf from '@tensorflow/tfjs';

const model = await tf.loadLayersModel('indexeddb://detector');
const video = document.querySelector('video');

function frame() {
  const input = tf.tidy(() => tf.browser.fromPixels(video).toFloat().div(255).expandDims(0));
  const outputs = model.predict(input);
  const box = outputs[0].squeeze().arraySync(); // want "the tensor from outputs\\[0\\]\\.squeeze is read with arraySync\\(\\) and never disposed: it leaks one tensor per frame"
  const [scores, classes] = outputs.slice(1);
  document.title = `${box} ${scores.shape} ${classes.shape}`;
  tf.dispose([input, outputs]);
  requestAnimationFrame(frame);
}
requestAnimationFrame(frame);
