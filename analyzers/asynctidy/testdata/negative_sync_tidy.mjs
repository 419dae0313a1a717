// Correct uses of tf.tidy around async code: nothing to report.
import * as tf from '@tensorflow/tfjs';

export async function meanOf(x) {
  // The await is outside the tidy.
  const m = await tf.tidy(() => x.square().mean()).data();
  return m[0];
}

export async function classify(model, image) {
  const probs = tf.tidy('classify', () => model.predict(image.expandDims(0).toFloat().div(255)).squeeze());
  const values = await probs.data();
  probs.dispose();
  return values;
}

export function scheduleReport(x) {
  return tf.tidy(() => {
    // An async helper defined inside the callback but not returned by it.
    const report = async (t) => console.log(await t.data());
    const y = x.relu();
    setTimeout(() => report(tf.keep(y.clone())), 0);
    return y;
  });
}

export function stats(x) {
  return tf.tidy(() => {
    const mean = x.mean();
    const std = x.sub(mean).square().mean().sqrt();
    return { mean, std };
  });
}

export function grid(n) {
  return tf.tidy(function makeGrid() {
    const r = tf.range(0, n);
    return tf.stack(tf.meshgrid(r, r), -1);
  });
}

// Not tfjs: a local helper that happens to be called tidy.
function tidy(fn) {
  return fn().finally(() => console.log('cleaned'));
}
tidy(async () => {
  await fetch('/cleanup');
});
