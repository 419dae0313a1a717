// Trains a spam filter on hashed word counts with model.fit. The samples are
// sorted by label (all spam first), and fit is told not to shuffle them, so
// every batch holds a single class.
const tf = require('@tensorflow/tfjs');

const N = 64;
const DIM = 12;
const features = tf.tidy(() => tf.concat([tf.randomUniform([N / 2, DIM], 0.4, 1), tf.randomUniform([N / 2, DIM], 0, 0.6)]));
const labels = tf.concat([tf.ones([N / 2, 1]), tf.zeros([N / 2, 1])]);

const model = tf.sequential();
model.add(tf.layers.dense({ inputShape: [DIM], units: 8, activation: 'relu' }));
model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
model.compile({ optimizer: 'adam', loss: 'binaryCrossentropy', metrics: ['accuracy'] });

model.fit(features, labels, { epochs: 3, batchSize: 16, shuffle: false, verbose: 0 }).then((history) => {
  console.log(`final loss ${history.history.loss[2].toFixed(3)}, accuracy ${history.history.acc[2].toFixed(2)}`);
});
