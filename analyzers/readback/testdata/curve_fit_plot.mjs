// Fits a cubic and plots the coefficients after every step. Scalar
// coefficients read in a loop that yields a frame each step cost one short
// step's wait (info); a vector of coefficients is read as usual: the first
// read of a step waits for the GPU, the reads right after it copy values
// that are already there.
import * as tf from '@tensorflow/tfjs';

const a = tf.variable(tf.scalar(Math.random()));
const b = tf.variable(tf.scalar(Math.random()));
const c = tf.variable(tf.scalar(Math.random()));
const w = tf.variable(tf.randomNormal([3]));
const optimizer = tf.train.adam(0.05);

function predict(x) {
  return tf.tidy(() => a.mul(x.square()).add(b.mul(x)).add(c));
}

export async function train(xs, ys, steps, plot) {
  for (let step = 0; step < steps; step++) {
    optimizer.minimize(() => predict(xs).sub(ys).square().mean());
    const coeff = {
      a: a.dataSync()[0], // want "once per training step \\(one number, in a loop that yields a frame each step\\); in this async function use \\(await a\\.data\\(\\)\\)"
      b: b.dataSync()[0], // want "\\(one number, in a loop that yields a frame each step\\)"
    };
    const loss = predict(xs).sub(ys).square().mean();
    const third = c.dataSync()[0]; // want "\\(one number, in a loop that yields a frame each step\\)"
    plot(coeff, third, loss.dataSync()[0]); // want "\\(one number, in a loop that yields a frame each step\\)"
    loss.dispose();
    await new Promise(requestAnimationFrame);
  }
}

export async function trainVector(xs, ys, steps, plot) {
  for (let step = 0; step < steps; step++) {
    optimizer.minimize(() => xs.matMul(w.expandDims(1)).squeeze().sub(ys).square().mean());
    const first = w.dataSync(); // want "dataSync\\(\\) blocks the UI thread .*; in this async function use \\(await w\\.data\\(\\)\\)"
    const again = w.dataSync(); // want "after the read on line 36, which already waited for the GPU"
    plot(first, again);
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

// A loop that runs a model each step: one number still waits for it.
export async function confidence(model, frames, show) {
  for (const frame of frames) {
    const best = model.predict(frame).max();
    show(best.dataSync()[0]); // want "dataSync\\(\\) blocks the UI thread until the GPU finishes, once per iteration; in this async function use \\(await best\\.data\\(\\)\\)"
    best.dispose();
    await tf.nextFrame();
  }
}
