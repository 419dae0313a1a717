// Functional model whose output activation is a separate layer; units come from the dense before it.
const tf = require('@tensorflow/tfjs');

function build() {
  const input = tf.input({ shape: [20] });
  const hidden = tf.layers.dense({ units: 32, activation: 'relu' }).apply(input);
  const logits = tf.layers.dense({ units: 5 }).apply(hidden);
  const out = tf.layers.activation({ activation: 'tanh' }).apply(logits);
  const model = tf.model({ inputs: input, outputs: out });
  model.compile({ optimizer: 'adam', loss: 'sparseCategoricalCrossentropy' }); // want "but the model's output is a tanh over 5 units \\(activation layer on line 8\\)"
  return model;
}

module.exports = { build };
