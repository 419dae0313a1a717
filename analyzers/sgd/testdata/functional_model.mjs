// Functional (tf.model) graphs: the hidden non-linearity is found by walking back from the outputs.
import * as tf from '@tensorflow/tfjs';

const LEARNING_RATE = 0.003;

export function tabular(numFeatures) {
  const input = tf.input({ shape: [numFeatures] });
  let x = tf.layers.dense({ units: 32 }).apply(input);
  x = tf.layers.activation({ activation: 'elu' }).apply(x);
  x = tf.layers.dropout({ rate: 0.1 }).apply(x);
  const output = tf.layers.dense({ units: 1 }).apply(x);
  const model = tf.model({ inputs: input, outputs: output });
  model.compile({ optimizer: tf.train.sgd(LEARNING_RATE), loss: 'meanSquaredError' }); // want "^tf\\.train\\.sgd is plain SGD on a model with a hidden non-linear layer \\(activation layer 'elu', line 9\\): it converges slowly and needs a hand-tuned learning rate; use tf\\.train\\.adam\\(LEARNING_RATE\\) \\(tip 5\\)$"
  return model;
}

export function twoTowers() {
  const image = tf.input({ shape: [64] });
  const meta = tf.input({ shape: [4] });
  const hidden = tf.layers.dense({ units: 16, activation: 'relu' });
  const a = hidden.apply(image);
  const merged = tf.layers.concatenate().apply([a, meta]);
  const out = tf.layers.dense({ units: 3, activation: 'softmax' }).apply(merged);
  const model = tf.model({ inputs: [image, meta], outputs: out });
  model.compile({ optimizer: 'sgd', loss: 'categoricalCrossentropy' }); // want "optimizer 'sgd' is plain SGD on a model with a hidden non-linear layer \\(dense layer with activation 'relu', line 20\\)"
  return model;
}

// An activation on the raw input is a fixed feature transform, not a hidden layer: the model stays linear in
// its weights.
export function squashedInputs(numFeatures) {
  const input = tf.input({ shape: [numFeatures] });
  const squashed = tf.layers.activation({ activation: 'tanh' }).apply(input);
  const output = tf.layers.dense({ units: 1 }).apply(squashed);
  const model = tf.model({ inputs: input, outputs: output });
  model.compile({ optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError' });
  return model;
}
