// Transfer learning from the project's own saved models: the base is
// loaded from model/model.json (its topology; the dry run has no weights
// to load), frozen, and a new head is trained on its features.
const tf = require('@tensorflow/tfjs');
const path = require('path');

async function main() {
  const base = await tf.loadLayersModel('file://' + path.join(__dirname, 'model', 'model.json'));
  const ranker = await tf.loadLayersModel('file://' + path.join(__dirname, 'functional', 'model.json'));
  base.compile({optimizer: 'sgd', loss: 'categoricalCrossentropy'});
  base.evaluate(tf.zeros([4, 28, 28, 1]), tf.oneHot(tf.zeros([4], 'int32'), 10));
  base.layers.forEach((l) => { l.trainable = false; });
  const features = tf.model({inputs: base.inputs, outputs: base.layers[base.layers.length - 3].output});
  const head = tf.sequential();
  head.add(tf.layers.dense({inputShape: features.outputs[0].shape.slice(1), units: 4, activation: 'softmax'}));
  head.compile({optimizer: 'adam', loss: 'categoricalCrossentropy'});
  ranker.compile({optimizer: 'adam', loss: 'categoricalCrossentropy'});
  const xs = tf.zeros([8, 28, 28, 1]);
  const emb = features.predict(xs);
  await head.fit(emb, tf.oneHot(tf.zeros([8], 'int32'), 4), {epochs: 2, batchSize: 4});
  await ranker.fit(tf.zeros([8, 16]), tf.oneHot(tf.zeros([8], 'int32'), 3), {epochs: 1, batchSize: 8});
}

main();
