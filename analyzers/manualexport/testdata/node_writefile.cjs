// A Node trainer that writes each layer's weights to a JSON file and reads
// them back into the same architecture on the next run.
const fs = require('fs');
const tf = require('@tensorflow/tfjs-node');

function build() {
  const model = tf.sequential();
  model.add(tf.layers.dense({inputShape: [2], units: 16, activation: 'relu'}));
  model.add(tf.layers.dense({units: 1}));
  return model;
}

function dump(model, file) {
  const layers = model.layers.map(layer => layer.getWeights().map(w => ({shape: w.shape, data: Array.from(w.dataSync())})));
  fs.writeFileSync(file, JSON.stringify(layers)); // want "fs\\.writeFileSync writes out weight values read by hand \\(line 14\\)"
}

function load(model, file) {
  const layers = JSON.parse(fs.readFileSync(file, 'utf8'));
  model.layers.forEach((layer, i) => layer.setWeights(layers[i].map(w => tf.tensor(w.data, w.shape))));
}

module.exports = {build, dump, load};
