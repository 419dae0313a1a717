// Data augmentation for the stripes demo.
//
// Everything here runs inside tf.tidy(), so the only tensor that survives a call is the one
// that is returned; the caller owns it and disposes it. The augmentations are chosen so they
// keep the label: no flips or rotations (a flipped diagonal is the other diagonal class).

import * as tf from '@tensorflow/tfjs';

const DEFAULTS = {
  maxShift: 2, // pixels, applied to the whole batch
  brightness: 25, // +/- on the 0..255 scale, per image
  contrast: 0.2, // +/- 20 %, per image
  noise: 8, // stddev of the additive gaussian noise
};

/**
 * Shift every image of a [n, h, w, c] batch by the same random (dy, dx) offset,
 * padding with the batch's darkest value so the border does not look like a stripe.
 */
export function randomShift(images, maxShift = DEFAULTS.maxShift) {
  return tf.tidy(() => {
    const [n, h, w, c] = images.shape;
    const dy = Math.floor(Math.random() * (2 * maxShift + 1));
    const dx = Math.floor(Math.random() * (2 * maxShift + 1));
    const fill = images.min();
    const padded = tf.pad(images.sub(fill), [[0, 0], [maxShift, maxShift], [maxShift, maxShift], [0, 0]]);
    return padded.slice([0, dy, dx, 0], [n, h, w, c]).add(fill);
  });
}

/** Per-image brightness/contrast jitter plus a little sensor noise. */
export function jitter(images, { brightness, contrast, noise } = DEFAULTS) {
  return tf.tidy(() => {
    const n = images.shape[0];
    const mean = images.mean([1, 2, 3], true);
    const scale = tf.randomUniform([n, 1, 1, 1], 1 - contrast, 1 + contrast);
    const offset = tf.randomUniform([n, 1, 1, 1], -brightness, brightness);
    const adjusted = images.sub(mean).mul(scale).add(mean).add(offset);
    return adjusted.add(tf.randomNormal(images.shape, 0, noise)).clipByValue(0, 255);
  });
}

/**
 * Returns a new batch twice the size of `images`: the originals followed by an augmented copy.
 * Labels have to be repeated the same way (see repeatLabels).
 */
export function augmentBatch(images, options = {}) {
  const opts = { ...DEFAULTS, ...options };
  return tf.tidy(() => {
    const augmented = jitter(randomShift(images, opts.maxShift), opts);
    return tf.concat([images, augmented], 0);
  });
}

/** Repeat a [n, k] label tensor so it lines up with augmentBatch's output. */
export function repeatLabels(labels, times = 2) {
  return tf.tidy(() => tf.concat(new Array(times).fill(labels), 0));
}

/** Summary numbers for logging; reads back asynchronously and frees its temporaries. */
export async function describeBatch(images) {
  const stats = tf.tidy(() => tf.stack([images.min(), images.max(), images.mean()]));
  const [min, max, mean] = await stats.data();
  stats.dispose();
  return { count: images.shape[0], min, max, mean };
}
