// A schedule on another optimizer (or a commented-out one) does not make
// this SGD deliberate.
import * as tf from '@tensorflow/tfjs';

const OPTIMIZER = tf.train.sgd(0.01); // want "tf\\.train\\.sgd is plain SGD on a model with a hidden non-linear layer"
const other = tf.train.momentum(0.01, 0.9);

export function createModel() {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [8], units: 32, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 1 }));
  model.compile({ optimizer: OPTIMIZER, loss: 'meanSquaredError' });
  return model;
}

export async function train(model, xs, ys) {
  await model.fit(xs, ys, {
    epochs: 50,
    callbacks: {
      onEpochEnd: (epoch) => {
        other.setLearningRate(0.005);
        // OPTIMIZER.setLearningRate(0.005);
      },
    },
  });
}
