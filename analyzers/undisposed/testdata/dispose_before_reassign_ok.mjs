// Accumulators that release the previous value before taking the new one.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({
  layers: [
    tf.layers.dense({ units: 16, activation: 'relu', inputShape: [8] }),
    tf.layers.dense({ units: 1 }),
  ],
});

export async function meanPrediction(batches) {
  let sum = tf.zeros([1]);
  let count = 0;
  for (const batch of batches) {
    const partial = tf.tidy(() => model.predict(batch).sum(0));
    const next = sum.add(partial);
    sum.dispose();
    sum = next;
    partial.dispose();
    count += batch.shape[0];
  }
  const mean = (await sum.data())[0] / count;
  sum.dispose();
  return mean;
}

export async function maxActivation(batches) {
  let best = tf.scalar(-Infinity);
  for (const batch of batches) {
    const batchMax = tf.tidy(() => model.predict(batch).max());
    const candidate = tf.maximum(best, batchMax);
    tf.dispose([best, batchMax]);
    best = candidate;
  }
  const value = (await best.data())[0];
  best.dispose();
  return value;
}
