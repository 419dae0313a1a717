// What the rule cannot see stays silent: a computed activation, a conditional output layer, a loaded model,
// a custom loss, a multi-output graph.
const tf = require('@tensorflow/tfjs');

function build(opts) {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [4], units: 3, activation: opts.outputActivation }));
  model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy' });

  const maybe = tf.sequential();
  maybe.add(tf.layers.dense({ inputShape: [4], units: 3 }));
  if (opts.probabilities) {
    maybe.add(tf.layers.softmax());
  }
  maybe.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy' });
  return [model, maybe];
}

async function fineTune(url) {
  const loaded = await tf.loadLayersModel(url);
  loaded.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy' });
  const custom = tf.sequential({ layers: [tf.layers.dense({ inputShape: [4], units: 3 })] });
  custom.compile({ optimizer: 'adam', loss: (y, p) => tf.losses.softmaxCrossEntropy(y, p) });
  const input = tf.input({ shape: [4] });
  const a = tf.layers.dense({ units: 3 }).apply(input);
  const b = tf.layers.dense({ units: 1, activation: 'sigmoid' }).apply(input);
  const multi = tf.model({ inputs: input, outputs: [a, b] });
  multi.compile({ optimizer: 'adam', loss: ['categoricalCrossentropy', 'binaryCrossentropy'] });
}

module.exports = { build, fineTune };
