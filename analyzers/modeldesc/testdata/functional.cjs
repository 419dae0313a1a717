// CommonJS, a functional graph with a merge, and a loss given as a tfjs function.
const tf = require('@tensorflow/tfjs-node');

function build() {
  const image = tf.input({ shape: [64] });
  const meta = tf.input({ shape: [4] });
  const a = tf.layers.dense({ units: 16, activation: 'relu' }).apply(image);
  const merged = tf.layers.concatenate().apply([a, meta]);
  const out = tf.layers.dense({ units: 3, activation: 'softmax' }).apply(merged);
  const model = tf.model({ inputs: [image, meta], outputs: out }); // want "^functional: dense\\(3, softmax\\)<-concatenate<-\\[dense\\(16, relu\\)<-input, input\\]$"
  model.compile({ optimizer: 'adam', loss: tf.losses.softmaxCrossEntropy }); // want "^compile loss=tf\\.losses\\.softmaxCrossEntropy last=dense\\(3, softmax\\)$"
  return model;
}

module.exports = { build };
