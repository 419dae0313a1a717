// Online training that fits one row at a time inside loops.
import * as tf from '@tensorflow/tfjs';

export async function trainRows(model, rows) {
  for (const row of rows) {
    const x = tf.tensor2d([row.features]);
    const y = tf.tensor2d([[row.label]]);
    await model.fit(x, y, { epochs: 1 }); // want "^model\\.fit is called on a single sample per training step: every call pays a whole fit's setup for one optimizer step on one row; collect the samples and fit them together with a batch of 16–64 \\(tip 15\\)$"
    tf.dispose([x, y]);
  }
}

export async function replay(model, memory) {
  for (let i = 0; i < memory.length; i++) {
    const { state, target } = memory[i];
    await model.fit(tf.tensor2d(state, [1, state.length]), tf.tensor2d([target])); // want "model\\.fit is called on a single sample"
  }
}

export async function batched(model, memory) {
  for (let epoch = 0; epoch < 10; epoch++) {
    const xs = tf.tensor2d(memory.map((m) => m.state));
    const ys = tf.tensor2d(memory.map((m) => m.target));
    await model.fit(xs, ys, { batchSize: 32 });
    tf.dispose([xs, ys]);
  }
}

export async function once(model, features, label) {
  await model.fit(tf.tensor2d([features]), tf.tensor2d([[label]]));
}
