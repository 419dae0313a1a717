// Asynchronous readback with await t.data() / t.array(), followed by dispose().
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({
  layers: [
    tf.layers.dense({ units: 32, activation: 'relu', inputShape: [20] }),
    tf.layers.dropout({ rate: 0.2 }),
    tf.layers.dense({ units: 5, activation: 'softmax' }),
  ],
});
model.compile({ optimizer: tf.train.adam(0.001), loss: 'sparseCategoricalCrossentropy', metrics: ['accuracy'] });

export async function topK(features, k = 3) {
  const input = tf.tensor2d([features]);
  const probs = model.predict(input);
  input.dispose();
  const { values, indices } = tf.topk(probs, k);
  const scores = await values.data();
  const classes = await indices.data();
  probs.dispose();
  values.dispose();
  indices.dispose();
  return Array.from(classes, (c, i) => ({ class: c, score: scores[i] }));
}

export async function evaluate(xs, ys) {
  const result = model.evaluate(xs, ys, { batchSize: 64 });
  const [loss, acc] = await Promise.all(result.map((t) => t.data()));
  tf.dispose(result);
  return { loss: loss[0], accuracy: acc[0] };
}

export async function streamPredictions(batches, onRow) {
  for (const rows of batches) {
    const input = tf.tensor2d(rows);
    const probs = model.predict(input);
    const table = await probs.array();
    input.dispose();
    probs.dispose();
    table.forEach(onRow);
    await tf.nextFrame();
  }
}
