// A curve-fit demo that animates its coefficients: the loop sleeps on a
// timer each step to slow the animation down, so its reads cost one short
// wait per paced step. The generation loop below never sleeps, but it
// yields a frame per token and needs each token for the next step.
import * as tf from '@tensorflow/tfjs';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const a = tf.variable(tf.scalar(Math.random()));
const b = tf.variable(tf.scalar(Math.random()));

async function pause(): Promise<void> {
  const tick = new Promise((resolve) => setTimeout(resolve, 50));
  await tick;
}

export async function fit(xs: tf.Tensor1D, ys: tf.Tensor1D, steps: number, show: (a: number, b: number) => void) {
  const optimizer = tf.train.sgd(0.1);
  for (let i = 0; i < steps; i++) {
    optimizer.minimize(() => tf.losses.meanSquaredError(ys, xs.mul(a).add(b)));
    show(a.dataSync()[0], b.dataSync()[0]); // want "dataSync\\(\\) blocks the UI thread until the GPU finishes, once per training step \\(the loop sleeps on a timer each step\\); in this" "dataSync\\(\\) blocks the UI thread until the GPU finishes, once per training step \\(the loop sleeps on a timer each step\\); in this"
    await delay(20);
  }
  for (let i = 0; i < steps; i++) {
    optimizer.minimize(() => tf.losses.meanSquaredError(ys, xs.mul(a).add(b)));
    show(a.dataSync()[0], 0); // want "dataSync\\(\\) blocks the UI thread until the GPU finishes, once per training step \\(the loop sleeps on a timer each step\\); in this"
    await pause();
  }
}

export async function generate(model: tf.LayersModel, seed: number[], length: number): Promise<number[]> {
  const out = [...seed];
  for (let i = 0; i < length; i++) {
    const next = tf.tidy(() => (model.predict(tf.tensor2d([out.slice(-seed.length)])) as tf.Tensor).argMax(-1));
    out.push(next.dataSync()[0]); // want "^dataSync\\(\\) blocks the UI thread until the GPU finishes, once per iteration \\(the next step needs the value, and the loop yields to the page after each step\\); in this async function use \\(await next\\.data\\(\\)\\) \\(tip 17\\)$"
    next.dispose();
    await tf.nextFrame();
  }
  return out;
}

// A zero-delay timer only yields to the page; it does not slow the loop.
export async function sample(model: tf.LayersModel, input: tf.Tensor2D, count: number): Promise<number[]> {
  const picks: number[] = [];
  for (let i = 0; i < count; i++) {
    const best = tf.tidy(() => (model.predict(input) as tf.Tensor).argMax(-1));
    picks.push(best.dataSync()[0]); // want "^dataSync\\(\\) blocks the UI thread until the GPU finishes, once per iteration; in this async function use \\(await best\\.data\\(\\)\\) \\(tip 17\\)$"
    best.dispose();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return picks;
}
