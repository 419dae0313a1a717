// Node script: a loop bounded to a single pass runs its body once, as the
// code around it does.
const tf = require('@tensorflow/tfjs');

const model = tf.sequential({
  layers: [tf.layers.dense({ units: 1, inputShape: [4] })],
});
model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });

async function main() {
  const xs = tf.randomNormal([64, 4]);
  const ys = tf.tidy(() => xs.sum(1, true));
  for (let round = 0; round < 1; round++) {
    await model.fit(xs, ys, { epochs: 2, verbose: 0 });
    model.predict(xs.slice([0, 0], [2, 4])).print();
  }
  tf.dispose([xs, ys]);
}

main();
