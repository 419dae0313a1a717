// Resizing tensors that do not come from the camera: nothing to flag.
import * as tf from '@tensorflow/tfjs';

export function augment(batch) {
  return tf.tidy(() => {
    const noise = tf.randomUniform([8, 64, 64, 3]);
    const zoomed = tf.image.resizeBilinear(batch, [72, 72]);
    const blank = tf.image.resizeNearestNeighbor(tf.zeros([1, 32, 32, 3]), [64, 64]);
    return [zoomed, blank, noise.resizeBilinear([32, 32])];
  });
}

export async function loadImages(urls) {
  const images = [];
  for (const url of urls) {
    const data = await (await fetch(url)).arrayBuffer();
    const t = tf.tensor3d(new Uint8Array(data), [480, 640, 3], 'int32');
    images.push(tf.image.resizeBilinear(t, [224, 224]));
    t.dispose();
  }
  return images;
}

export function fromSlice(frames) {
  // A crop out of a stored batch: its size is whatever the crop is.
  const first = frames.slice([0, 0, 0, 0], [1, 240, 320, 3]);
  return tf.image.resizeBilinear(first, [120, 160]);
}
