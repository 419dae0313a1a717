// Images shipped with the page are read once at load; the Train button
// only retrains on them: nothing the user gathered is lost on reload.
const images = Array.from(document.querySelectorAll('img.train'));
const tensors = [];
const targets = [];

images.forEach((img, i) => {
  tensors.push(tf.tidy(() => tf.browser.fromPixels(img).resizeNearestNeighbor([64, 64]).toFloat().div(255)));
  targets.push(i % 2);
});

const model = tf.sequential();
model.add(tf.layers.conv2d({inputShape: [64, 64, 3], filters: 8, kernelSize: 3, activation: 'relu'}));
model.add(tf.layers.flatten());
model.add(tf.layers.dense({units: 1, activation: 'sigmoid'}));
model.compile({optimizer: 'adam', loss: 'binaryCrossentropy'});

document.getElementById('train').addEventListener('click', async () => {
  const xs = tf.stack(tensors);
  const ys = tf.tensor1d(targets);
  await model.fit(xs, ys, {epochs: 5});
  tf.dispose([xs, ys]);
});
