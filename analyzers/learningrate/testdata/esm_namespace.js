// Sentiment model on pre-computed embeddings: several optimizers with out-of-range literal rates.
import * as tf from '@tensorflow/tfjs';

const EMBEDDING_DIM = 128;

function buildModel() {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [EMBEDDING_DIM], units: 64, activation: 'relu' }));
  model.add(tf.layers.dropout({ rate: 0.3 }));
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
  return model;
}

export async function trainSentiment(xs, ys) {
  const model = buildModel();
  model.compile({
    optimizer: tf.train.adam(0.2), // want "^learning rate 0\\.2 for tf\\.train\\.adam is above the sensible range 1e-06–0\\.1 \\(tip 6\\)$"
    loss: 'binaryCrossentropy',
    metrics: ['accuracy'],
  });
  await model.fit(xs, ys, { epochs: 10, batchSize: 64, validationSplit: 0.1 });
  return model;
}

// Other optimizers tried during the comparison runs.
export const candidates = {
  rmsprop: () => tf.train.rmsprop(0.5), // want "learning rate 0\\.5 for tf\\.train\\.rmsprop is above"
  adagrad: () => tf.train.adagrad(0.5), // want "learning rate 0\\.5 for tf\\.train\\.adagrad is above"
  adamax: () => tf.train.adamax(0.25, 0.9, 0.999), // want "learning rate 0\\.25 for tf\\.train\\.adamax is above"
  adamaxHigh: () => tf.train.adamax(0.02, 0.9, 0.999), // high but still working: not reported
  tiny: () => tf.train.adam(1e-7), // want "^learning rate 1e-07 for tf\\.train\\.adam is below the sensible range 1e-06–0\\.1 \\(tip 6\\)$"
  fine: () => tf.train.adam(0.001),
};

export async function compare(xs, ys) {
  const results = {};
  for (const [name, makeOptimizer] of Object.entries(candidates)) {
    const model = buildModel();
    model.compile({ optimizer: makeOptimizer(), loss: 'binaryCrossentropy' });
    const history = await model.fit(xs, ys, { epochs: 5, batchSize: 64 });
    results[name] = history.history.loss.at(-1);
  }
  return results;
}
