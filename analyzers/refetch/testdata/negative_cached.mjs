// Loaded once before the loop, or behind a first-time guard.
import * as tf from '@tensorflow/tfjs';

let cache = null;

async function getData() {
  if (!cache) {
    const res = await fetch('data/train.json');
    cache = await res.json();
  }
  return cache;
}

export async function train(model) {
  const res = await fetch('data/train.json');
  const rows = await res.json();
  const xs = tf.tensor2d(rows.xs);
  const ys = tf.tensor2d(rows.ys);
  for (let epoch = 0; epoch < 20; epoch++) {
    await model.fit(xs, ys, {epochs: 1});
    const again = await getData();
    console.log(again.length);
  }
}
