// TypeScript: shuffle: false in typed fit configs.
import * as tf from '@tensorflow/tfjs';

const FIT_CONFIG: tf.ModelFitArgs = {
  epochs: 5,
  validationSplit: 0.1,
  shuffle: false, // want "fit\\(…, \\{shuffle: false\\}\\) trains on the samples in the same order every epoch: drop it so tfjs shuffles \\(tip 8\\)"
};

export async function train(xs: tf.Tensor2D, ys: tf.Tensor2D): Promise<tf.Sequential> {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [4], units: 8, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 3, activation: 'softmax' }));
  model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy' });
  await model.fit(xs, ys, { epochs: 10, shuffle: false, batchSize: 32 }); // want "fit\\(…, \\{shuffle: false\\}\\)"
  await model.fit(xs, ys, FIT_CONFIG);
  return model;
}
