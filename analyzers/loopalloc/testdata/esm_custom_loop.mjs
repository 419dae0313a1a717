// Linear regression with a hand-written training loop (ES module).
import * as tf from '@tensorflow/tfjs';

const xs = tf.randomUniform([256, 3]);
const ys = xs.matMul(tf.tensor2d([[2], [-1], [0.5]])).add(0.3);

export function trainBroken(steps) {
  for (let step = 0; step < steps; step++) {
    const w = tf.variable(tf.randomNormal([3, 1])); // want "^tf\\.variable is created every iteration of this loop: create it once outside and reuse it \\(assign\\(\\) new values\\) \\(tip 13\\)$"
    const b = tf.scalar(0).variable(); // want "^tf\\.scalar\\(0\\)\\.variable is created every iteration of this loop"
    const opt = tf.train.adam(0.05); // want "^tf\\.train\\.adam is created every iteration of this loop: create the optimizer once outside"
    opt.minimize(() => tf.losses.meanSquaredError(ys, xs.matMul(w).add(b)));
  }
}

export function trainFixed(steps) {
  const w = tf.variable(tf.randomNormal([3, 1]));
  const b = tf.variable(tf.scalar(0));
  const opt = tf.train.adam(0.05);
  for (let step = 0; step < steps; step++) {
    opt.minimize(() => tf.losses.meanSquaredError(ys, xs.matMul(w).add(b)));
    if (step % 10 === 0) {
      w.assign(w.clipByValue(-5, 5));
    }
  }
  return { w, b };
}

export function initLayers(shapes) {
  // Built once per shape at set-up: not a training loop.
  return shapes.map((shape) => tf.variable(tf.truncatedNormal(shape, 0, 0.1)));
}
