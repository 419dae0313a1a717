// Script page (global tf): shape images captured once, batches assembled by
// pushing clones into an array, returned in an object and destructured.
let circleImg, squareImg;

function capture(circle, square) {
  circleImg = tf.browser.fromPixels(circle, 1);
  squareImg = tf.browser.fromPixels(square, 1);
}

const net = tf.sequential();
net.add(tf.layers.conv2d({inputShape: [16, 16, 1], filters: 4, kernelSize: 3, activation: 'relu'}));
net.add(tf.layers.flatten());
net.add(tf.layers.dense({units: 2, activation: 'softmax'}));
net.compile({optimizer: 'adam', loss: 'categoricalCrossentropy'});

function makeBatch(size) {
  const images = [];
  const labels = [];
  for (let i = 0; i < size; i++) {
    if (Math.random() < 0.5) {
      images.push(circleImg.clone());
      labels.push([1, 0]);
    } else {
      images.push(squareImg.clone());
      labels.push([0, 1]);
    }
  }
  batchXs = tf.stack(images).toFloat();
  return {xs: batchXs, ys: tf.tensor2d(labels)};
}

async function train(rounds) {
  for (let r = 0; r < rounds; r++) {
    const {xs, ys} = makeBatch(16);
    await net.fit(xs, ys, {epochs: 1}); // want "fit gets raw pixel values in \\[0, 255\\] from tf\\.browser\\.fromPixels \\(line 6\\)"
    tf.dispose([xs, ys]);
  }
}
