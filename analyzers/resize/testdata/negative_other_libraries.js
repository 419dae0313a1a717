// Resizing with other libraries, in a file that also uses tfjs.
import * as tf from '@tensorflow/tfjs';
import * as image from './image-utils.js';
import sharp from 'sharp';

const video = document.querySelector('video');

export async function thumbnails(buffer) {
  const small = await sharp(buffer).resize(224, 224).raw().toBuffer();
  return tf.tensor3d(new Uint8Array(small), [224, 224, 3], 'int32');
}

export function viaHelpers() {
  // image.resizeBilinear is this project's canvas helper, not tf.image.
  const canvas = image.resizeBilinear(video, 224, 224);
  return tf.browser.fromPixels(canvas);
}

export function cropOnly() {
  // slice crops the frame: what is left is the region the model needs.
  return tf.tidy(() => {
    const frame = tf.browser.fromPixels(video);
    const center = frame.slice([16, 96, 0], [224, 224, 3]);
    return center.resizeBilinear([112, 112]);
  });
}
