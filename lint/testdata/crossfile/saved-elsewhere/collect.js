const shots = [];
const classes = [];

document.getElementById('snap').addEventListener('click', () => {
  shots.push(tf.tidy(() => tf.browser.fromPixels(document.getElementById('cam')).toFloat().div(255))); // want "memory-growth: Tensor.div allocates tensors the page keeps"
  classes.push(shots.length % 2);
});

document.getElementById('train').addEventListener('click', async () => {
  const xs = tf.stack(shots);
  const ys = tf.tensor1d(classes);
  await classifier.fit(xs, ys, {epochs: 3});
  tf.dispose([xs, ys]);
});
