// An input layer with batchSize: 1 fixes the batch for the whole model.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.inputLayer({ inputShape: [5], batchSize: 1 }));
model.add(tf.layers.dense({ units: 3, activation: 'softmax' }));
model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy' });

export async function train(xs, ys) {
  await model.fit(xs, ys, { epochs: 100, batchSize: 1 });
}
