// `x.dispose;` reads the method and drops it: nothing is freed.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({
  layers: [tf.layers.dense({ units: 4, activation: 'softmax', inputShape: [16] })],
});
model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy' });

// Per training step: the input batch stays in memory.
export async function train(batches) {
  for (const rows of batches) {
    const xs = tf.tensor2d(rows);
    const ys = tf.tidy(() => tf.oneHot(tf.tensor1d(rows.map((r) => r[0] % 4), 'int32'), 4));
    await model.trainOnBatch(xs, ys);
    xs.dispose; // want "`xs\\.dispose` is read but not called, so `xs` from tf\\.tensor2d is never disposed: it leaks one tensor per training step"
    ys.dispose();
  }
}

// Stored examples meant to be freed on reset: none of them is.
const examples = [];

export function addExample(row) {
  examples.push(tf.tensor1d(row));
}

export function reset() {
  for (let i = 0; i < examples.length; i++) {
    examples[i].dispose; // want "`examples\\[i\\]\\.dispose` is read but not called, so nothing is disposed"
  }
  examples.length = 0;
}

document.getElementById('reset').addEventListener('click', reset);
