// Node: the first layer's kernel and bias written to a file as tensors.
const fs = require('fs');
const tf = require('@tensorflow/tfjs-node');

async function main() {
  const model = tf.sequential();
  model.add(tf.layers.dense({inputShape: [4], units: 3, activation: 'softmax'}));
  model.compile({optimizer: 'adam', loss: 'categoricalCrossentropy'});
  const layerWeights = model.layers[0].getWeights();
  const text = JSON.stringify(layerWeights, null, 2); // want "JSON\\.stringify of layerWeights writes each weight tensor's bookkeeping"
  fs.writeFileSync('layer0.json', text);
}

main();
