// ES module, namespace import: shuffle: false in fit configs.
import * as tf from '@tensorflow/tfjs';

const FIT_CONFIG = {
  epochs: 5,
  validationSplit: 0.1,
  shuffle: false // want "fit\\(…, \\{shuffle: false\\}\\) trains on the samples in the same order every epoch: drop it so tfjs shuffles \\(tip 8\\)"
};

export async function train(xs, ys) {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [4], units: 8, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 3, activation: 'softmax' }));
  model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy' });
  await model.fit(xs, ys, { epochs: 10, shuffle: false, batchSize: 32 }); // want "fit\\(…, \\{shuffle: false\\}\\)"
  await model.fit(xs, ys, FIT_CONFIG);
  await model.fit(xs, ys, { batchSize: 16, shuffle: false }); // want "shuffle: false"
  await model.fit(xs, ys, { shuffle: false }); // want "shuffle: false"
  return model;
}

const NO_SHUFFLE = false;

export async function again(model, xs, ys) {
  return model.fit(xs, ys, { epochs: 2, shuffle: NO_SHUFFLE }); // want "shuffle: false"
}
