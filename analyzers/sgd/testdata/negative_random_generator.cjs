const tf = require('@tensorflow/tfjs-node');

// A tf.data.generator demo whose samples are random inputs with random
// labels: nothing to learn, so the optimizer does not matter.
function* randomPairs() {
  for (let i = 0; i < 100; i++) {
    yield { xs: tf.randomNormal([784]), ys: tf.randomUniform([10]) };
  }
}

async function main() {
  const ds = tf.data.generator(randomPairs).shuffle(100).batch(32);
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [784], units: 32, activation: 'relu' }),
      tf.layers.dense({ units: 10, activation: 'softmax' }),
    ],
  });
  model.compile({ optimizer: 'sgd', loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  await model.fitDataset(ds, { epochs: 100 });
}

main();
