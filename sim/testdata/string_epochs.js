// Training settings read as text (a form field, a query string, a JSON
// config) reach fit as strings: tfjs compares `epoch < epochs`, so "3" runs
// three epochs, "2.5" three and "many" none.
const tf = require('@tensorflow/tfjs');

const settings = JSON.parse('{"epochs": "3", "partial": "2.5", "bad": "many"}');

async function main() {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [2], units: 3, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 1 }));
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
  const xs = tf.randomNormal([8, 2]);
  const ys = tf.randomNormal([8, 1]);
  await model.fit(xs, ys, { epochs: settings.epochs, batchSize: 4 });
  await model.fit(xs, ys, { epochs: settings.partial, batchSize: 4 });
  await model.fit(xs, ys, { epochs: settings.bad, batchSize: 4 });
  await model.fit(xs, ys, { epochs: [2], batchSize: 8 });
}

main();
