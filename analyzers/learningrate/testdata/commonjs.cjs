'use strict';
// MNIST-style convnet trained with the native backend; some step sizes were "tuned" by hand.
const tf = require('@tensorflow/tfjs-node');

function convNet() {
  const model = tf.sequential();
  model.add(tf.layers.conv2d({ inputShape: [28, 28, 1], filters: 16, kernelSize: 3, activation: 'relu' }));
  model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  model.add(tf.layers.flatten());
  model.add(tf.layers.dense({ units: 10, activation: 'softmax' }));
  return model;
}

async function train(images, labels) {
  const model = convNet();
  const optimizer = tf.train.momentum(2, 0.9); // want "^learning rate 2 for tf\\.train\\.momentum is above the sensible range 0–1 \\(tip 6\\)$"
  model.compile({ optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  await model.fit(images, labels, { epochs: 5, batchSize: 128, validationSplit: 0.1 });

  // Second phase: plain SGD at 0.5, a textbook rate for it: not reported.
  model.compile({ optimizer: tf.train.sgd(0.5), loss: 'categoricalCrossentropy' });
  await model.fit(images, labels, { epochs: 2, batchSize: 128 });

  // Third phase: a step of 4 overshoots even for plain SGD.
  model.compile({ optimizer: tf.train.sgd(4), loss: 'categoricalCrossentropy' }); // want "learning rate 4 for tf\\.train\\.sgd is above the sensible range 0–1"
  await model.fit(images, labels, { epochs: 2, batchSize: 128 });

  // Placeholder while the schedule is being written; this freezes the weights.
  const frozen = tf.train.sgd(0); // want "^learning rate 0 for tf\\.train\\.sgd must be positive \\(tip 6\\)$"
  model.compile({ optimizer: frozen, loss: 'categoricalCrossentropy' });
  await model.save('file://./mnist-convnet');
  return model;
}

function nesterov() {
  return tf.train.momentum(
    1.5, // want "learning rate 1\\.5 for tf\\.train\\.momentum is above"
    0.9,
    true,
  );
}

module.exports = { train, nesterov };
