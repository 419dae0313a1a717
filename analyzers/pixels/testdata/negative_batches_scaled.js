// The same assembly, scaled once the batch is stacked; and a batch whose
// images come from a helper in another file.
let circleImg;

function capture(circle) {
  circleImg = tf.browser.fromPixels(circle, 1);
}

const net = tf.sequential();
net.add(tf.layers.flatten({inputShape: [16, 16, 1]}));
net.add(tf.layers.dense({units: 2, activation: 'softmax'}));
net.compile({optimizer: 'adam', loss: 'categoricalCrossentropy'});

function makeBatch(size) {
  const images = [];
  for (let i = 0; i < size; i++) {
    images.push(circleImg.clone());
  }
  batchXs = tf.stack(images).toFloat().div(255);
  return {xs: batchXs, ys: tf.oneHot(tf.zeros([size], 'int32'), 2)};
}

function makeOtherBatch(size) {
  const images = [];
  for (let i = 0; i < size; i++) {
    images.push(loadShape(i));
  }
  return {xs: tf.stack(images), ys: tf.oneHot(tf.zeros([size], 'int32'), 2)};
}

async function train() {
  const {xs, ys} = makeBatch(16);
  await net.fit(xs, ys, {epochs: 1});
  const other = makeOtherBatch(16);
  await net.fit(other.xs, other.ys, {epochs: 1});
}
