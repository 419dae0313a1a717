import * as tf from '@tensorflow/tfjs';

// Trained until the loss is low, by a loop the file does not bound: the
// step count is not known, so the finding stays a warning.
export async function trainUntilGood() {
  const model = tf.sequential();
  model.add(tf.layers.dense({inputShape: [2], units: 4, activation: 'tanh'}));
  model.add(tf.layers.dense({units: 1, activation: 'sigmoid'}));
  model.compile({optimizer: tf.train.sgd(5), loss: 'meanSquaredError'}); // want "tf\\.train\\.sgd is plain SGD on a model with a hidden non-linear layer \\(dense layer with activation 'tanh', line 7\\)"
  const xs = tf.tensor2d([[0, 0], [0, 1], [1, 0], [1, 1]]);
  const ys = tf.tensor2d([[0], [1], [1], [0]]);
  let loss = 1;
  while (loss > 0.01) {
    const h = await model.fit(xs, ys, {epochs: 1000});
    loss = h.history.loss[999];
  }
}
