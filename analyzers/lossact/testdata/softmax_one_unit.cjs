// CommonJS: a binary classifier with a one-unit softmax, which always outputs 1.
const tf = require('@tensorflow/tfjs-node');

const config = { optimizer: tf.train.adam(1e-3), loss: 'binaryCrossentropy' }; // want "^loss 'binaryCrossentropy' only ever sees 1, but the model's output is a softmax over 1 unit \\(dense layer on line 10\\): a softmax over one unit always outputs 1, so nothing trains; use activation: 'sigmoid' for a single unit, or one unit per class \\(tip 10\\)$"

function build(features) {
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [features], units: 16, activation: 'relu' }),
      tf.layers.dense({ units: 1, activation: 'softmax' }),
    ],
  });
  model.compile(config);
  return model;
}

module.exports = { build };
