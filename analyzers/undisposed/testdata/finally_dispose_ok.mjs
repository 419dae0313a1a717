// Tensors released in finally blocks, even when predict or fit throws.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({
  layers: [
    tf.layers.dense({ units: 16, activation: 'relu', inputShape: [6] }),
    tf.layers.dense({ units: 2, activation: 'softmax' }),
  ],
});
model.compile({ optimizer: tf.train.adam(0.001), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });

export async function train(rows, labels) {
  const xs = tf.tensor2d(rows);
  const ys = tf.tidy(() => tf.oneHot(tf.tensor1d(labels, 'int32'), 2));
  try {
    const history = await model.fit(xs, ys, { epochs: 15, batchSize: 32, validationSplit: 0.2 });
    return history.history.val_acc;
  } finally {
    xs.dispose();
    ys.dispose();
  }
}

export async function predictAll(batches) {
  const results = [];
  for (const rows of batches) {
    const input = tf.tensor2d(rows);
    let probs;
    try {
      probs = model.predict(input);
      results.push(...(await probs.array()));
    } finally {
      input.dispose();
      if (probs) probs.dispose();
    }
  }
  return results;
}

export async function accuracy(rows, labels) {
  const input = tf.tensor2d(rows);
  const truth = tf.tensor1d(labels, 'int32');
  const predicted = tf.tidy(() => model.predict(input).argMax(-1));
  const correct = tf.tidy(() => predicted.equal(truth).sum());
  try {
    return (await correct.data())[0] / labels.length;
  } finally {
    tf.dispose([input, truth, predicted, correct]);
  }
}
