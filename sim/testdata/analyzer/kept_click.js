// A page that collects webcam examples on clicks and keeps them in arrays
// to train on later: what a click keeps is the page's, held by its
// variables; what a click drops (the intermediates of a chain, a
// prediction overwritten without dispose) can never be freed.
const video = document.getElementById('webcam');
const examples = [[], [], []];
const labels = [];
let lastPrediction = null;
const model = tf.sequential({layers: [tf.layers.flatten({inputShape: [32, 32, 3]}), tf.layers.dense({units: 3, activation: 'softmax'})]});
model.compile({optimizer: 'adam', loss: 'categoricalCrossentropy'});

function addExample(label) {
  const img = tf.browser.fromPixels(video).resizeBilinear([32, 32]).div(255); // want "tf.browser.fromPixels allocates tensors that are never freed: \\+1 tensors \\(\\+602,112 bytes\\) more after every click on #add0" "Tensor.resizeBilinear allocates tensors that are never freed: \\+1 tensors \\(\\+12,288 bytes\\) more after every click on #add0" "Tensor.div allocates tensors the page keeps: \\+1 tensors \\(\\+12,288 bytes\\) more after every click on #add0"
  examples[label].push(img);
  labels.push(label);
  document.getElementById('count' + label).textContent = examples[label].length;
}
document.getElementById('add0').addEventListener('click', () => addExample(0));

class Collector {
  constructor() { this.shots = []; }
  capture() {
    const shot = tf.tidy(() => tf.browser.fromPixels(video).toFloat().div(255)); // want "Tensor.div allocates tensors the page keeps: \\+1 tensors \\(\\+602,112 bytes\\) more after every click on #snap"
    this.shots.push({x: shot, label: 1});
  }
}
const collector = new Collector();
document.getElementById('snap').onclick = () => collector.capture();

document.getElementById('predict').addEventListener('click', () => {
  const x = tf.tidy(() => tf.browser.fromPixels(video).resizeBilinear([32, 32]).div(255).expandDims(0));
  lastPrediction = model.predict(x); // want "LayersModel.predict allocates tensors that are never freed: \\+1 tensors \\(\\+12 bytes\\) more after every click on #predict"
  x.dispose();
  document.getElementById('out').textContent = lastPrediction.dataSync()[0];
});

document.getElementById('train').addEventListener('click', async () => {
  if (labels.length === 0) return;
  const xs = tf.stack(examples.flat());
  const ys = tf.tidy(() => tf.oneHot(tf.tensor1d(labels, 'int32'), 3));
  await model.fit(xs, ys, {epochs: 5});
  tf.dispose([xs, ys]);
});
