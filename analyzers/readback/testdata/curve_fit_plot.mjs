// Fits a cubic and plots the coefficients after every step. The first read
// of a step waits for the GPU; the reads right after it copy values that
// are already there.
import * as tf from '@tensorflow/tfjs';

const a = tf.variable(tf.scalar(Math.random()));
const b = tf.variable(tf.scalar(Math.random()));
const c = tf.variable(tf.scalar(Math.random()));
const optimizer = tf.train.adam(0.05);

function predict(x) {
  return tf.tidy(() => a.mul(x.square()).add(b.mul(x)).add(c));
}

export async function train(xs, ys, steps, plot) {
  for (let step = 0; step < steps; step++) {
    optimizer.minimize(() => predict(xs).sub(ys).square().mean());
    const coeff = {
      a: a.dataSync()[0], // want "dataSync\\(\\) blocks the UI thread .*; in this async function use \\(await a\\.data\\(\\)\\)"
      b: b.dataSync()[0], // want "after the read on line 19, which already waited for the GPU"
    };
    const third = c.dataSync()[0]; // want "after the read on line 19, which already waited for the GPU"
    plot(coeff, third);
    await tf.nextFrame();
  }
}

// A read that runs an op after the previous read waits for the GPU again.
export async function act(qNet, state, render) {
  for (;;) {
    const q = qNet.predict(state);
    const values = q.dataSync(); // want "dataSync\\(\\) blocks the UI thread .*; in this async function use \\(await q\\.data\\(\\)\\)"
    const best = q.argMax(-1).dataSync()[0]; // want "dataSync\\(\\) blocks the UI thread .*; in this async function use \\(await q\\.argMax\\(-1\\)\\.data\\(\\)\\)"
    render(values, best);
    q.dispose();
    await tf.nextFrame();
  }
}
