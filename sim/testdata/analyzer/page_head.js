// A page's transfer-learning head: built and trained in the page on a few
// captured examples, never saved, so nothing is downloaded and the
// download-size budget does not apply (silent). The classifier the page
// saves for download is reported where it is built.
const head = tf.sequential();
head.add(tf.layers.dense({inputShape: [1024], units: 1024, activation: 'relu'}));
head.add(tf.layers.dense({units: 3, activation: 'softmax'}));
head.compile({optimizer: tf.train.adam(0.0001), loss: 'categoricalCrossentropy'});

document.getElementById('train').addEventListener('click', async () => {
  const xs = tf.randomNormal([6, 1024]);
  const ys = tf.tidy(() => tf.oneHot(tf.tensor1d([0, 1, 2, 0, 1, 2], 'int32'), 3));
  await head.fit(xs, ys, {epochs: 5, batchSize: 6});
  tf.dispose([xs, ys]);
});

async function exportClassifier() {
  const shipped = tf.sequential(); // want "model sequential_2 has 4.0 MiB of float32 weights"
  shipped.add(tf.layers.dense({inputShape: [1024], units: 1024, activation: 'relu'}));
  shipped.add(tf.layers.dense({units: 3, activation: 'softmax'}));
  shipped.compile({optimizer: 'sgd', loss: 'categoricalCrossentropy'});
  await shipped.save('downloads://classifier'); // want "model sequential_2 is saved as 4.0 MiB of float32 weights"
}
exportClassifier();
