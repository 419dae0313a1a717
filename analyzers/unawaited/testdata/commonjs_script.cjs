// node train.cjs data/iris.csv: trains a classifier and writes it next to the data.
const tf = require('@tensorflow/tfjs-node');
const path = require('path');

function makeModel(numFeatures, numClasses) {
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 16, activation: 'relu', inputShape: [numFeatures] }));
  model.add(tf.layers.dense({ units: numClasses, activation: 'softmax' }));
  model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return model;
}

async function main(csvPath) {
  const dataset = tf.data
    .csv(`file://${csvPath}`, { columnConfigs: { species: { isLabel: true } } })
    .map(({ xs, ys }) => ({ xs: Object.values(xs), ys: tf.oneHot(ys.species, 3) }))
    .shuffle(150)
    .batch(16);

  const model = makeModel(4, 3);
  model.fitDataset(dataset, { epochs: 40 }); // want "model\\.fitDataset\\(…\\) returns a Promise that is never awaited"
  const dir = path.dirname(csvPath);
  model.save(`file://${dir}/iris-model`);
  console.log('saved to', dir);
}

main(process.argv[2]).catch((err) => {
  console.error(err);
  process.exit(1);
});
