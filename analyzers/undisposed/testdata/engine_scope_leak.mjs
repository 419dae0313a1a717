// startScope()/endScope() pairs that do not cover the leak.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({
  layers: [
    tf.layers.dense({ units: 8, activation: 'relu', inputShape: [4] }),
    tf.layers.dense({ units: 3, activation: 'softmax' }),
  ],
});

// The prediction is made after endScope: nothing frees it.
export async function scoreAll(batches) {
  const scores = [];
  for (const rows of batches) {
    tf.engine().startScope();
    const input = tf.tensor2d(rows).mul(2);
    tf.engine().endScope();
    const probs = model.predict(tf.tensor2d(rows)); // want "`probs` from model\\.predict is never disposed" "tensor from tf\\.tensor2d is passed to model\\.predict"
    scores.push(...(await probs.data()));
  }
  void model;
  return scores;
}

// startScope with no endScope in the same function: the scope is never closed here.
export async function open(batches) {
  const scores = [];
  for (const rows of batches) {
    tf.engine().startScope();
    const probs = model.predict(tf.tensor2d(rows)); // want "`probs` from model\\.predict is never disposed" "tensor from tf\\.tensor2d is passed to model\\.predict"
    scores.push(...(await probs.data()));
  }
  return scores;
}
