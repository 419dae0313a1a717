// Node script: a single-pass loop inside a repeated callback leaks per
// tick, not per pass; a forEachAsync over a finite test set at the end of a
// script leaks once per element, once.
const tf = require('@tensorflow/tfjs');

const model = tf.sequential({
  layers: [tf.layers.dense({ units: 2, activation: 'softmax', inputShape: [4] })],
});
model.compile({ optimizer: tf.train.adam(0.01), loss: 'sparseCategoricalCrossentropy', metrics: ['accuracy'] });

const xs = tf.randomNormal([64, 4]);
const labels = tf.tidy(() => xs.sum(1).greater(0).cast('float32'));

async function report() {
  const rows = await xs.array();
  const evalSet = tf.data.zip({ xs: tf.data.array(rows), ys: tf.data.array(await labels.array()) }).batch(16);
  await evalSet.forEachAsync((batch) => {
    const out = model.evaluate(batch.xs, batch.ys); // want "`out` from model\\.evaluate is never disposed: it leaks one tensor per element, which runs once"
    console.log(out[0].dataSync()[0], out[1].dataSync()[0]);
  });
}

const timer = setInterval(() => {
  for (let pass = 0; pass < 1; pass++) {
    model.predict(xs.slice([0, 0], [8, 4])).print(); // want "2 intermediate tensors \\(slice, predict\\).*per timer tick"
  }
}, 1000);

async function main() {
  await model.fit(xs, labels, { epochs: 3, verbose: 0 });
  clearInterval(timer);
  await report();
}

main();
