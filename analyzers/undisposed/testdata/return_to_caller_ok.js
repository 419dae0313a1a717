// Pre-processing helpers that hand their tensors to the caller, who disposes them.
import * as tf from '@tensorflow/tfjs';

export const IMAGE_SIZE = 64;

// Decode a canvas into a normalized [1, 64, 64, 3] batch.
export function canvasToBatch(canvas) {
  const batch = tf.tidy(() => tf.browser.fromPixels(canvas).toFloat().div(255).expandDims(0));
  return batch;
}

// Training tensors for a list of {pixels, label} examples.
export function toTensors(examples, numClasses) {
  const xs = tf.tensor4d(
    examples.flatMap((e) => Array.from(e.pixels)),
    [examples.length, IMAGE_SIZE, IMAGE_SIZE, 3],
  );
  const labels = tf.tensor1d(examples.map((e) => e.label), 'int32');
  const ys = tf.oneHot(labels, numClasses);
  labels.dispose();
  return { xs, ys };
}

// Per-channel mean and standard deviation of a batch.
export function channelStats(xs) {
  const { mean, variance } = tf.moments(xs, [0, 1, 2]);
  const std = variance.sqrt();
  variance.dispose();
  return [mean, std];
}

export async function trainOn(model, examples, numClasses) {
  const { xs, ys } = toTensors(examples, numClasses);
  const [mean, std] = channelStats(xs);
  const normalized = tf.tidy(() => xs.sub(mean).div(std));
  try {
    await model.fit(normalized, ys, { epochs: 8, batchSize: 32, shuffle: true });
  } finally {
    tf.dispose([xs, ys, mean, std, normalized]);
  }
}
