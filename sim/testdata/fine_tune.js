// Pre-training with a long fit, then a short fine-tuning loop with the
// lower layer frozen: each training call site has its own step budget, so
// the fine-tuning is measured even though the fit alone outlasts a budget.
const tf = require('@tensorflow/tfjs');

async function main() {
  const model = tf.sequential();
  model.add(tf.layers.dense({units: 16, activation: 'relu', inputShape: [10]}));
  model.add(tf.layers.dense({units: 4, activation: 'softmax'}));
  model.compile({optimizer: 'adam', loss: 'categoricalCrossentropy', metrics: ['accuracy']});

  const xs = tf.randomNormal([64, 10]);
  const ys = tf.oneHot(tf.randomUniform([64], 0, 4, 'int32'), 4).toFloat();
  await model.fit(xs, ys, {epochs: 20, batchSize: 8, shuffle: true});

  model.layers[0].trainable = false;
  model.compile({optimizer: tf.train.sgd(0.01), loss: 'categoricalCrossentropy'});
  const fineX = tf.randomNormal([16, 10]);
  const fineY = tf.oneHot(tf.randomUniform([16], 0, 4, 'int32'), 4).toFloat();
  for (let i = 0; i < 10; i++) {
    const loss = await model.trainOnBatch(fineX, fineY);
    console.log(`fine-tune ${i}: ${loss}`);
  }
  tf.dispose([xs, ys, fineX, fineY]);
}

main();
