const tf = require('@tensorflow/tfjs-node');

async function main() {
  const model = tf.sequential({ layers: [tf.layers.dense({ units: 3, inputShape: [4], activation: 'softmax' })] });
  model.compile({ optimizer: tf.train.adam(), loss: 'categoricalCrossentropy' });
  const xs = tf.randomNormal([150, 4]);
  const ys = tf.oneHot(tf.randomUniform([150], 0, 3, 'int32'), 3);
  await model.fit(xs, ys, { epochs: 500, batchSize: 16, validationSplit: 0.2 }); // want "fit runs 500 epochs"
  await model.save('file://./iris-model');
}

if (require.main === module) main();
