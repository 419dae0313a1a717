import * as tf from '@tensorflow/tfjs';

// A 3-8-3 net on three points, fitted 300 times for 5 epochs with a
// hand-tuned high rate: 1500 steps × 2 = 3000, SGD has converged.
export async function main(): Promise<void> {
  const model = tf.sequential();
  const hidden = tf.layers.dense({units: 8, inputShape: [3], activation: 'sigmoid'});
  model.add(hidden);
  model.add(tf.layers.dense({units: 3, activation: 'softmax'}));
  model.compile({optimizer: tf.train.sgd(2), loss: tf.losses.meanSquaredError}); // want "a tip only: this net has 59 weights and trains for 1500 steps at rate 2 \\(rate × steps = 3000"
  const xs = tf.tensor2d([[1, 1, 1], [0.5, 0.5, 0.5], [0, 0, 0]]);
  const ys = tf.tensor2d([[0, 0, 1], [0, 1, 0], [1, 0, 0]]);
  for (let i = 0; i < 300; i++) {
    await model.fit(xs, ys, {epochs: 5, batchSize: 64, shuffle: true});
  }
}

// Same net with the default rate of 'sgd' (0.01): 1500 steps are 15.
export async function withDefaultRate(): Promise<void> {
  const model = tf.sequential();
  model.add(tf.layers.dense({units: 4, inputShape: [3], activation: 'sigmoid'}));
  model.add(tf.layers.dense({units: 3, activation: 'softmax'}));
  model.compile({optimizer: 'sgd', loss: 'meanSquaredError'}); // want "optimizer 'sgd' is plain SGD on a model with a hidden non-linear layer"
  const xs = tf.tensor2d([[1, 1, 1], [0.5, 0.5, 0.5], [0, 0, 0]]);
  const ys = tf.tensor2d([[0, 0, 1], [0, 1, 0], [1, 0, 0]]);
  for (let i = 0; i < 300; i++) {
    await model.fit(xs, ys, {epochs: 5});
  }
}

// Two hidden layers need rate × steps ≥ 5000: 3000 is still a warning.
export async function deeper(): Promise<void> {
  const model = tf.sequential();
  model.add(tf.layers.dense({units: 4, inputShape: [3], activation: 'sigmoid'}));
  model.add(tf.layers.dense({units: 2, activation: 'sigmoid'}));
  model.add(tf.layers.dense({units: 3, activation: 'softmax'}));
  model.compile({optimizer: tf.train.sgd(2), loss: 'meanSquaredError'}); // want "tf\\.train\\.sgd is plain SGD on a model with a hidden non-linear layer \\(dense layer with activation 'sigmoid', line 34\\)"
  const xs = tf.tensor2d([[1, 1, 1], [0.5, 0.5, 0.5], [0, 0, 0]]);
  const ys = tf.tensor2d([[0, 0, 1], [0, 1, 0], [1, 0, 0]]);
  for (let i = 0; i < 300; i++) {
    await model.fit(xs, ys, {epochs: 5});
  }
}
