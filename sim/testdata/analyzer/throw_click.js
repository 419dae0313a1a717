// A drawing pad classifies on mouseup and frees the pixels at the end. The
// Train handler keeps its model in a local, so the global one the pad uses
// is never set: the prediction throws and the pixels stay behind, but only
// because of the error, so the pad's growth is not reported. Snapshot keeps
// every frame without any error: reported. Each Train click leaves its
// small model behind: info, once, where it is built; its one step per click
// is no growth per step.
let model;
const snapshots = [];
const pad = document.getElementById('pad');

document.getElementById('train').addEventListener('click', async () => {
  const model = tf.sequential({layers: [tf.layers.dense({inputShape: [784], units: 10, activation: 'softmax'})]}); // want "the model built here by tf.sequential is built again"
  model.compile({optimizer: 'adam', loss: 'categoricalCrossentropy'});
  const xs = tf.zeros([16, 784]);
  const ys = tf.zeros([16, 10]);
  await model.fit(xs, ys, {epochs: 1});
  tf.dispose([xs, ys]);
});

pad.addEventListener('mouseup', () => {
  const pixels = tf.browser.fromPixels(pad, 1);
  const label = model.predict(pixels.reshape([1, -1])).argMax(-1).dataSync()[0]; // want "the dry run stopped early: the script threw TypeError"
  pixels.dispose();
  document.getElementById('label').textContent = String(label);
});

document.getElementById('snap').addEventListener('click', () => {
  snapshots.push(tf.browser.fromPixels(pad)); // want "tf.browser.fromPixels allocates tensors the page keeps: \\+1 tensors \\(\\+602,112 bytes\\) more after every click on #snap"
});
