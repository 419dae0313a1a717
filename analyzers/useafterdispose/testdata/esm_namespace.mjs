// Evaluation helpers for a dense classifier (ES module, namespace import).
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({
  layers: [
    tf.layers.dense({ inputShape: [16], units: 32, activation: 'relu' }),
    tf.layers.dense({ units: 3, activation: 'softmax' }),
  ],
});
model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy' });

export function accuracy(xs, ys) {
  const preds = model.predict(xs);
  preds.dispose(); // disposed one statement too early
  const hits = preds.argMax(-1).equal(ys.argMax(-1)); // want "^`preds` is used after preds\\.dispose\\(\\) on line 14: the tensor's memory is gone and preds\\.argMax\\(…\\) throws \"Tensor is disposed\"; dispose it after its last use \\(tip 13\\)$"
  return hits.mean().dataSync()[0];
}

export async function trainOnce(raw, labels) {
  const xs = tf.tensor2d(raw);
  const ys = tf.oneHot(tf.tensor1d(labels, 'int32'), 3);
  tf.dispose([xs, ys]);
  const history = await model.fit(xs, ys, { epochs: 3 }); // want "`xs` is used after tf\\.dispose\\(\\[xs, ys\\]\\) on line 22: .* model\\.fit\\(…\\) reads its data"
  return history.history.loss;
}

export function smooth(series, steps) {
  let x = tf.tensor1d(series);
  for (let i = 0; i < steps; i++) {
    const next = x.add(x.reverse()).div(2);
    x.dispose();
    x = next; // reassigned: fine
  }
  const out = x.arraySync();
  x.dispose();
  return out;
}

export function rescale(series) {
  let x = tf.tensor1d(series);
  x.dispose();
  x = x.div(x.max()); // want "`x` is used after x\\.dispose\\(\\) on line 41: .* x\\.div\\(…\\) throws"
  return x;
}
