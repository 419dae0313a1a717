// The webcam loop keeps a history of predictions to draw a chart; the
// model trains on a data set the page downloads, not on those frames.
const video = document.querySelector('video');
const history = [];
let model;

async function loop() {
  const probs = tf.tidy(() => model.predict(tf.browser.fromPixels(video).resizeBilinear([64, 64]).expandDims().div(255)));
  history.push(await probs.data());
  probs.dispose();
  if (history.length > 100) history.shift();
  drawChart(history);
  requestAnimationFrame(loop);
}

document.getElementById('retrain').addEventListener('click', async () => {
  const data = await (await fetch('examples.json')).json();
  const xs = tf.tensor4d(data.images, [data.labels.length, 64, 64, 3]);
  const ys = tf.oneHot(tf.tensor1d(data.labels, 'int32'), 3);
  await model.fit(xs, ys, {epochs: 5});
  tf.dispose([xs, ys]);
});

model = tf.sequential({layers: [
  tf.layers.conv2d({inputShape: [64, 64, 3], filters: 8, kernelSize: 3, activation: 'relu'}),
  tf.layers.flatten(),
  tf.layers.dense({units: 3, activation: 'softmax'}),
]});
model.compile({optimizer: 'adam', loss: 'categoricalCrossentropy'});
requestAnimationFrame(loop);
