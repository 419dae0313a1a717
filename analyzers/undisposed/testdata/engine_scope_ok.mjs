// tf.engine().startScope() … endScope() frees every tensor made between them
// that was not kept or passed to endScope: an async-friendly tf.tidy.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({
  layers: [
    tf.layers.dense({ units: 8, activation: 'relu', inputShape: [4] }),
    tf.layers.dense({ units: 3, activation: 'softmax' }),
  ],
});

// Straight-line code in an async function: await inside the scope is fine.
export async function classify(rows) {
  tf.engine().startScope();
  const input = tf.tensor2d(rows).sub(0.5).div(0.25);
  const probs = model.predict(input);
  const best = await probs.argMax(-1).data();
  tf.engine().endScope();
  return Array.from(best);
}

// The scope brackets each iteration of a loop.
export async function scoreAll(batches) {
  const scores = [];
  for (const rows of batches) {
    tf.engine().startScope();
    const probs = model.predict(tf.tensor2d(rows));
    scores.push(...(await probs.max(-1).data()));
    tf.engine().endScope();
  }
  return scores;
}

// endScope in a finally block, the engine held in a variable.
export async function watch(frames, onScore) {
  const engine = tf.engine();
  for (const rows of frames) {
    engine.startScope();
    try {
      const out = model.predict(tf.tensor2d(rows).mul(2));
      onScore((await out.data())[0]);
    } finally {
      engine.endScope();
    }
  }
}
