// Tabular regression where the feature count is passed as a bare number:
// tfjs appends inputShape to the batch dimension ([null].concat(47)), so
// inputShape: 47 is [null, 47], and tf.input({shape: 47}) the same.
const tf = require('@tensorflow/tfjs');

const numFeatures = 47;

function linearRegressionModel() {
  const model = tf.sequential();
  model.add(tf.layers.dense({inputShape: numFeatures, units: 32, activation: 'sigmoid'}));
  model.add(tf.layers.dense({units: 1}));
  return model;
}

function residualModel() {
  const input = tf.input({shape: numFeatures});
  const hidden = tf.layers.dense({units: numFeatures, activation: 'relu'}).apply(input);
  const sum = tf.layers.add().apply([input, hidden]);
  const output = tf.layers.dense({units: 1}).apply(sum);
  return tf.model({inputs: input, outputs: output});
}

async function run() {
  const xs = tf.randomNormal([96, numFeatures]);
  const ys = tf.randomNormal([96, 1]);
  for (const model of [linearRegressionModel(), residualModel()]) {
    model.compile({optimizer: tf.train.sgd(0.01), loss: 'meanSquaredError'});
    await model.fit(xs, ys, {batchSize: 32, epochs: 2, validationSplit: 0.25});
  }
  xs.dispose();
  ys.dispose();
}

run();
