// A classifier trained for many epochs with validation: the last batch of
// every epoch evaluates the validation split, and the History callback
// holds each epoch's logs until the fit ends, so the trace repeats every
// epoch and grows by the logs it keeps.
const tf = require('@tensorflow/tfjs');

async function main() {
  const model = tf.sequential();
  model.add(tf.layers.dense({units: 12, activation: 'relu', inputShape: [6]}));
  model.add(tf.layers.dense({units: 3, activation: 'softmax'}));
  model.compile({optimizer: 'adam', loss: 'categoricalCrossentropy', metrics: ['accuracy']});
  const xs = tf.randomNormal([50, 6]);
  const ys = tf.oneHot(tf.randomUniform([50], 0, 3, 'int32'), 3).toFloat();
  await model.fit(xs, ys, {epochs: 40, batchSize: 8, validationSplit: 0.2});
  tf.dispose([xs, ys]);
}

main();
