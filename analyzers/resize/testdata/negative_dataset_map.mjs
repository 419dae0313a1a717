// Resizing inside tf.data pipelines and in exported helpers: the images come
// from the dataset or from callers this file cannot see.
import * as tf from '@tensorflow/tfjs';

export function prepare(images, labels) {
  return tf.data
    .zip({ xs: tf.data.array(images), ys: tf.data.array(labels) })
    .map(({ xs, ys }) => ({ xs: tf.image.resizeBilinear(xs, [96, 96]), ys }))
    .shuffle(images.length)
    .batch(16);
}

export function preprocess(img) {
  return tf.tidy(() => tf.image.resizeBilinear(img, [224, 224]).div(255));
}

export async function fromFiles(files) {
  const out = [];
  for (const file of files) {
    const bitmap = await createImageBitmap(file, { resizeWidth: 224, resizeHeight: 224 });
    out.push(tf.browser.fromPixels(bitmap));
  }
  return out;
}
