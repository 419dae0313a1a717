// A ~225k-parameter MNIST-style conv net trained for more than the
// simulator's 50-step budget: the benchmark of sim speed.
const tf = require('@tensorflow/tfjs');

async function main() {
  const model = tf.sequential();
  model.add(tf.layers.conv2d({inputShape: [28, 28, 1], filters: 32, kernelSize: 3, activation: 'relu'}));
  model.add(tf.layers.maxPooling2d({poolSize: 2}));
  model.add(tf.layers.conv2d({filters: 64, kernelSize: 3, activation: 'relu'}));
  model.add(tf.layers.maxPooling2d({poolSize: 2}));
  model.add(tf.layers.flatten());
  model.add(tf.layers.dense({units: 128, activation: 'relu'}));
  model.add(tf.layers.dense({units: 10, activation: 'softmax'}));
  model.compile({optimizer: tf.train.adam(1e-3), loss: 'categoricalCrossentropy', metrics: ['accuracy']});

  const xs = tf.randomNormal([512, 28, 28, 1]);
  const labels = tf.randomUniform([512], 0, 10, 'int32');
  const ys = tf.oneHot(labels, 10);
  await model.fit(xs, ys, {batchSize: 32, epochs: 4, validationSplit: 0.1});
}

main();
