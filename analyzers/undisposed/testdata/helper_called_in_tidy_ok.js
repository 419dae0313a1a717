// Helpers with bare op chains are fine when every caller wraps them in tf.tidy.
import * as tf from '@tensorflow/tfjs';

const MEAN = [0.485, 0.456, 0.406];
const STD = [0.229, 0.224, 0.225];

function normalizeImage(pixels) {
  return pixels.toFloat().div(255).sub(MEAN).div(STD);
}

function centerCrop(image, size) {
  const [h, w] = image.shape;
  const top = Math.floor((h - size) / 2);
  const left = Math.floor((w - size) / 2);
  return image.slice([top, left, 0], [size, size, 3]).expandDims(0);
}

function softmaxTemperature(logits, temperature) {
  return logits.div(temperature).softmax();
}

export function preprocess(canvas) {
  return tf.tidy(() => centerCrop(normalizeImage(tf.browser.fromPixels(canvas)), 224));
}

export async function classify(model, canvas, temperature = 1.5) {
  const input = preprocess(canvas);
  const probs = tf.tidy(() => softmaxTemperature(model.predict(input), temperature));
  const values = await probs.data();
  tf.dispose([input, probs]);
  return Array.from(values);
}

export function batchOf(canvases) {
  return tf.tidy(() => tf.concat(canvases.map((c) => centerCrop(normalizeImage(tf.browser.fromPixels(c)), 224))));
}
