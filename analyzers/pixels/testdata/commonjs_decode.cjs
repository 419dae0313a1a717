// Node: decoded JPEG bytes go straight into training.
const tf = require('@tensorflow/tfjs-node');
const fs = require('fs');

const model = tf.sequential();
model.add(tf.layers.conv2d({inputShape: [96, 96, 3], filters: 16, kernelSize: 3, activation: 'relu'}));
model.add(tf.layers.globalAveragePooling2d({}));
model.add(tf.layers.dense({units: 1, activation: 'sigmoid'}));
model.compile({optimizer: 'adam', loss: 'binaryCrossentropy'});

function load(file) {
  const img = tf.node.decodeImage(fs.readFileSync(file), 3);
  return tf.image.resizeBilinear(img, [96, 96]);
}

async function main(files, labels) {
  const xs = tf.stack(files.map(load));
  const ys = tf.tensor2d(labels, [labels.length, 1]);
  await model.fit(xs, ys, {epochs: 10, batchSize: 8}); // want "fit gets raw pixel values in \\[0, 255\\] from tf\\.node\\.decodeImage \\(line 12\\)"
}

module.exports = {main};
