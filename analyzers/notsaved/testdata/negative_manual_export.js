// The weights leave the page by hand (manual-weight-export's business):
// the training is kept.
const video = document.getElementById('video');
const samples = [];
const targets = [];
const net = tf.sequential({layers: [
  tf.layers.flatten({inputShape: [48, 48, 3]}),
  tf.layers.dense({units: 2, activation: 'softmax'}),
]});
net.compile({optimizer: 'adam', loss: 'sparseCategoricalCrossentropy'});

document.getElementById('snap').addEventListener('click', () => {
  samples.push(tf.tidy(() => tf.image.resizeBilinear(tf.browser.fromPixels(video), [48, 48]).div(255)));
  targets.push(Number(document.getElementById('cls').value));
});

document.getElementById('train').addEventListener('click', async () => {
  const xs = tf.stack(samples);
  const ys = tf.tensor1d(targets);
  await net.fit(xs, ys, {epochs: 8});
  tf.dispose([xs, ys]);
  const weights = net.getWeights().map((w) => Array.from(w.dataSync()));
  localStorage.setItem('weights', JSON.stringify(weights));
});
