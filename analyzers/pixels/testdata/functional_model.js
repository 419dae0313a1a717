// Script page: a functional model trained on a raw image.
const input = tf.input({shape: [48, 48, 3]});
const conv = tf.layers.conv2d({filters: 8, kernelSize: 3, activation: 'relu'}).apply(input);
const flat = tf.layers.flatten().apply(conv);
const out = tf.layers.dense({units: 3, activation: 'softmax'}).apply(flat);
const net = tf.model({inputs: input, outputs: out});
net.compile({optimizer: 'adam', loss: 'categoricalCrossentropy'});

async function learn(img, label) {
  let x = tf.browser.fromPixels(img);
  x = x.resizeNearestNeighbor([48, 48]).expandDims(0);
  await net.fit(x, tf.oneHot([label], 3)); // want "fit gets raw pixel values"
}
