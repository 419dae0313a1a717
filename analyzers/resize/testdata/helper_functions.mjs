// Frames reach the resize through small local helpers.
import * as tf from '@tensorflow/tfjs';

const video = document.createElement('video');

function grabFrame() {
  return tf.browser.fromPixels(video);
}

const grabFloat = () => tf.tidy(() => grabFrame().toFloat());

async function grabAsync() {
  return tf.browser.fromPixelsAsync(video);
}

// Every caller passes a full frame.
function preprocess(img) {
  return tf.tidy(() => tf.image.resizeBilinear(img, [224, 224]).div(255)); // want "tf\\.image\\.resizeBilinear resizes the full camera frame from tf\\.browser\\.fromPixels \\(line 28\\)"
}

export function predict(model) {
  const x = tf.image.resizeBilinear(grabFrame(), [224, 224]); // want "resizes the full camera frame from tf\\.browser\\.fromPixels \\(line 7\\)"
  const y = tf.image.resizeNearestNeighbor(grabFloat(), [32, 32]); // want "resizeNearestNeighbor resizes the full camera frame from tf\\.browser\\.fromPixels \\(line 7\\)"
  return [model.predict(x), y];
}

export function classify(model) {
  const input = preprocess(tf.browser.fromPixels(video));
  return model.predict(input.expandDims(0));
}

export function classifyMirrored(model) {
  const input = preprocess(tf.browser.fromPixels(video).reverse(1));
  return model.predict(input.expandDims(0));
}

export async function snapshot() {
  const frame = await grabAsync();
  return frame.resizeBilinear([100, 100]); // want "frame\\.resizeBilinear resizes the full camera frame from tf\\.browser\\.fromPixelsAsync \\(line 13\\)"
}
