// Values that are only sometimes a camera frame, and a shadowed tf.
import * as tf from '@tensorflow/tfjs';

const video = document.getElementById('video');

export function input(useCamera, stored) {
  let img = stored;
  if (useCamera) img = tf.browser.fromPixels(video);
  return tf.image.resizeBilinear(img, [224, 224]);
}

function preprocess(img) {
  return tf.image.resizeBilinear(img, [64, 64]);
}

export function both(batch) {
  const a = preprocess(tf.browser.fromPixels(video));
  const b = preprocess(batch);
  return [a, b];
}

export function either(useCamera) {
  const x = useCamera ? tf.browser.fromPixels(video) : tf.zeros([480, 640, 3]);
  return tf.image.resizeBilinear(x, [224, 224]);
}

export function fake(tf, frame) {
  // `tf` here is whatever the caller passes (a test double).
  return tf.image.resizeBilinear(tf.browser.fromPixels(frame), [10, 10]);
}
