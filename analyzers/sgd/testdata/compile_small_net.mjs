// optimizer: 'sgd' on a small dense net: 'adam' would run at Adam's
// default 0.001, slower than the SGD it replaces on a net this small, so
// the fix names the rate (through the file's own name for tfjs).
import * as tfjs from '@tensorflow/tfjs';

export async function truthTable(xs, ys) {
  const model = tfjs.sequential();
  model.add(tfjs.layers.dense({ units: 8, inputShape: [2], activation: 'tanh' }));
  model.add(tfjs.layers.dense({ units: 1, activation: 'sigmoid' }));
  model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' }); // want "use tf\\.train\\.adam\\(0\\.01\\), Adam's rate for a small dense network"
  await model.fit(xs, ys, { batchSize: 1, epochs: 1000 });
  return model;
}

// A wider net keeps the plain 'adam' fix.
export async function wide(xs, ys) {
  const model = tfjs.sequential();
  model.add(tfjs.layers.dense({ units: 256, inputShape: [32], activation: 'relu' }));
  model.add(tfjs.layers.dense({ units: 10, activation: 'softmax' }));
  model.compile({ optimizer: 'sgd', loss: 'categoricalCrossentropy' }); // want "use 'adam' \\(tip 5\\)"
  await model.fit(xs, ys, { epochs: 20 });
  return model;
}
