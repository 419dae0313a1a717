'use strict';
// Node training script for the Titanic dataset, using the native backend.
const tf = require('@tensorflow/tfjs-node');
const fs = require('fs');

function loadCsv(path) {
  const [header, ...rows] = fs.readFileSync(path, 'utf8').trim().split('\n');
  const columns = header.split(',');
  return rows.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i], Number(v)])));
}

function toTensors(records) {
  const features = records.map((r) => [r.pclass, r.sex, r.age / 80, r.fare / 512]);
  const labels = records.map((r) => [r.survived]);
  return { xs: tf.tensor2d(features), ys: tf.tensor2d(labels) };
}

async function main() {
  const { xs, ys } = toTensors(loadCsv(process.argv[2] || 'titanic.csv'));
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [4], units: 12, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
  model.compile({
    optimizer: 'sgd', // want "^optimizer 'sgd' is plain SGD on a model with a hidden non-linear layer \\(dense layer with activation 'relu', line 21\\): it converges slowly and needs a hand-tuned learning rate; use tf\\.train\\.adam\\(0\\.01\\), Adam's rate for a small dense network \\('adam' would run at its default 0\\.001 and train a net this small slower than SGD\\) \\(tip 5\\)$"
    loss: 'binaryCrossentropy',
    metrics: ['accuracy'],
  });
  await model.fit(xs, ys, { epochs: 30, batchSize: 32, validationSplit: 0.2 });
  await model.save('file://./titanic-model');

  // Baseline: logistic regression. Its one sigmoid is the output, not a hidden layer, and the loss is convex:
  // plain SGD with a textbook rate is fine.
  const tuned = tf.sequential({ layers: [tf.layers.dense({ inputShape: [4], units: 1, activation: 'sigmoid' })] });
  tuned.compile({ optimizer: tf.train.sgd(0.3), loss: 'binaryCrossentropy' });
  await tuned.fit(xs, ys, { epochs: 30, batchSize: 32 });
  tf.dispose([xs, ys]);
}

main();
