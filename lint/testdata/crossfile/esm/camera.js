import * as tf from '@tensorflow/tfjs';
import { IMAGE_SIZE } from './model.js';

const canvas = document.createElement('canvas');
canvas.width = canvas.height = IMAGE_SIZE;

// A new tensor per call: the caller owns it.
export function captureFrame(video) {
  canvas.getContext('2d').drawImage(video, 0, 0, IMAGE_SIZE, IMAGE_SIZE);
  return tf.tidy(() => tf.browser.fromPixels(canvas).toFloat().div(255).expandDims());
}

// Hands back its argument: not a new tensor.
export function ensureBatch(x) {
  return x;
}

export { captureFrame as grab };
