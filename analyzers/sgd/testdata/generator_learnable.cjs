const tf = require('@tensorflow/tfjs-node');

// A tf.data.generator whose labels are computed from the inputs: there is
// something to learn, and plain SGD learns it slowly.
function* pairs() {
  for (let i = 0; i < 1000; i++) {
    const xs = tf.randomNormal([16]);
    yield { xs, ys: tf.oneHot(xs.argMax(), 16) };
  }
}

async function main() {
  const ds = tf.data.generator(pairs).shuffle(100).batch(32);
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [16], units: 64, activation: 'relu' }),
      tf.layers.dense({ units: 16, activation: 'softmax' }),
    ],
  });
  model.compile({ optimizer: 'sgd', loss: 'categoricalCrossentropy' }); // want "optimizer 'sgd' is plain SGD"
  await model.fitDataset(ds, { epochs: 20 });
}

main();
