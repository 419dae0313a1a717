import * as tf from '@tensorflow/tfjs';

// 2-4-1 has 17 weights: past a curve fit. A small dense net gets Adam's
// larger rate 0.01 in the suggestion.
export async function xor() {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [2], units: 4, activation: 'sigmoid' }));
  model.add(tf.layers.dropout({ rate: 0.1 }));
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
  model.compile({ optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError' }); // want "use tf\\.train\\.adam\\(0\\.01\\): the learning rate changes to 0\\.01, Adam's rate for a small dense network \\(0\\.1 is outside"
  const xs = tf.tensor2d([[0, 0], [0, 1], [1, 0], [1, 1]]);
  const ys = tf.tensor2d([[0], [1], [1], [0]]);
  await model.fit(xs, ys, { epochs: 1000 });
}

// A wide relu layer is not small: Adam's default rate.
export async function wide(xs, ys) {
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [64], units: 256, activation: 'relu' }),
      tf.layers.dense({ units: 10, activation: 'softmax' }),
    ],
  });
  model.compile({ optimizer: tf.train.sgd(0.1), loss: 'categoricalCrossentropy' }); // want "use tf\\.train\\.adam\\(0\\.001\\): the learning rate changes to Adam's default"
  await model.fit(xs, ys, { epochs: 10 });
}

// Random inputs with real labels still learn something.
export async function noisyInputs(labels) {
  const model = tf.sequential();
  model.add(tf.layers.conv2d({ inputShape: [8, 8, 1], kernelSize: 3, filters: 8, activation: 'relu' }));
  model.add(tf.layers.flatten());
  model.add(tf.layers.dense({ units: 2, activation: 'softmax' }));
  model.compile({ optimizer: 'sgd', loss: 'categoricalCrossentropy' }); // want "optimizer 'sgd' is plain SGD"
  await model.fit(tf.randomNormal([4, 8, 8, 1]), labels, { epochs: 5 });
}
