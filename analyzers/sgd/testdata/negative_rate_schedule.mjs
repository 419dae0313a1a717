// SGD whose rate the code halves by hand on a plateau: a tuned schedule,
// and Adam has no setLearningRate, so switching would throw at the call.
import * as tf from '@tensorflow/tfjs';

const LEARNING_RATE = 0.0001;
const OPTIMIZER = tf.train.sgd(LEARNING_RATE);

export function createModel() {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [1], units: 25, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 5, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 1 }));
  model.compile({ optimizer: OPTIMIZER, loss: 'meanSquaredError' });
  return model;
}

export async function train(model, xs, ys) {
  await model.fit(xs, ys, {
    epochs: 200,
    callbacks: {
      onEpochEnd: (epoch) => {
        if (epoch === 70) {
          OPTIMIZER.setLearningRate(LEARNING_RATE / 2);
        }
      },
    },
  });
}

// The same through the compiled model's optimizer.
export function classifier() {
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [4], units: 16, activation: 'relu' }),
      tf.layers.dense({ units: 3, activation: 'softmax' }),
    ],
  });
  model.compile({ optimizer: tf.train.sgd(0.1), loss: 'categoricalCrossentropy' });
  return model;
}

export async function trainClassifier(model, xs, ys) {
  await model.fit(xs, ys, {
    epochs: 100,
    callbacks: { onEpochEnd: (epoch) => model.optimizer.setLearningRate(0.1 / (1 + epoch / 10)) },
  });
}
