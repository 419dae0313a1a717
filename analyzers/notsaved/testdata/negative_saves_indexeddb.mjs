import * as tf from '@tensorflow/tfjs';

const video = document.getElementById('webcam');
const examples = [];
const labels = [];
let model;

async function loadOrCreate() {
  try {
    return await tf.loadLayersModel('indexeddb://my-classifier');
  } catch {
    const m = tf.sequential();
    m.add(tf.layers.dense({inputShape: [1024], units: 64, activation: 'relu'}));
    m.add(tf.layers.dense({units: 2, activation: 'softmax'}));
    return m;
  }
}

document.querySelectorAll('button.sample').forEach((button, label) => {
  button.addEventListener('click', () => {
    examples.push(tf.tidy(() => tf.browser.fromPixels(video).resizeBilinear([32, 32]).flatten().div(255)));
    labels.push(label);
  });
});

document.getElementById('train').addEventListener('click', async () => {
  model.compile({optimizer: 'adam', loss: 'sparseCategoricalCrossentropy'});
  const xs = tf.stack(examples);
  const ys = tf.tensor1d(labels);
  await model.fit(xs, ys, {epochs: 10, shuffle: true});
  tf.dispose([xs, ys]);
  await model.save('indexeddb://my-classifier');
});

model = await loadOrCreate();
