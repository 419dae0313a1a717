import * as tf from '@tensorflow/tfjs-node';

// A small relu net fitted to a linear function of three inputs with a low
// SGD rate: Adam at that same rate would train slower than SGD; the fix
// uses Adam's rate for small nets.
const initialRate = 0.001;

const model = tf.sequential();
model.add(tf.layers.dense({units: 4, inputShape: [3], activation: 'relu'}));
model.add(tf.layers.dense({units: 3, activation: 'relu'}));
model.add(tf.layers.dense({units: 1}));
model.compile({optimizer: tf.train.sgd(initialRate), loss: 'meanSquaredError'}); // want "use tf\\.train\\.adam\\(0\\.01\\): the learning rate changes to 0\\.01, Adam's rate for a small dense network \\(at initialRate Adam moves each weight by about the rate per step"

const rows = Array.from({length: 1000}, () => [Math.random() * 10, Math.random() * 10, Math.random() * 10]);
const xs = tf.tensor2d(rows);
const ys = tf.tensor2d(rows.map(([a, b, c]) => [2 * a + 3 * b - c]));
await model.fit(xs, ys, {epochs: 50});

// The same rate on a wide net keeps the rate: Adam at 0.001 is its default.
const wide = tf.sequential();
wide.add(tf.layers.dense({units: 256, inputShape: [3], activation: 'relu'}));
wide.add(tf.layers.dense({units: 256, activation: 'relu'}));
wide.add(tf.layers.dense({units: 1}));
wide.compile({optimizer: tf.train.sgd(initialRate), loss: 'meanSquaredError'}); // want "use tf\\.train\\.adam\\(initialRate\\) \\(tip 5\\)"
await wide.fit(xs, ys, {epochs: 50});
