const tf = require('@tensorflow/tfjs');

const video = document.querySelector('video');
let xs = null;
const ys = [];

const head = tf.sequential();
head.add(tf.layers.dense({inputShape: [7 * 7 * 256], units: 100, activation: 'relu'}));
head.add(tf.layers.dense({units: 3, activation: 'softmax'}));
head.compile({optimizer: tf.train.adam(0.0001), loss: 'categoricalCrossentropy'});

function addExample(example, label) {
  if (xs == null) {
    xs = tf.keep(example);
  } else {
    const old = xs;
    xs = tf.keep(old.concat(example, 0));
    old.dispose();
  }
  ys.push(label);
}

document.querySelector('#rock').addEventListener('click', () => {
  tf.tidy(() => addExample(tf.browser.fromPixels(video).expandDims(0).toFloat(), 0));
});

document.querySelector('#train').addEventListener('click', async () => {
  const labels = tf.oneHot(tf.tensor1d(ys, 'int32'), 3);
  await head.fit(xs, labels, {epochs: 10}); // want "fit trains on examples the user collects"
  labels.dispose();
});
