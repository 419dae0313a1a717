// Node script: set-up chains at the top level run exactly once.
const tf = require('@tensorflow/tfjs');

const N = 500;
const xs = tf.randomUniform([N, 2], -1, 1);
// Points inside the unit circle are class 1.
const ys = xs.square().sum(1, true).less(1).toFloat();
const { mean, variance } = tf.moments(xs, 0);
const std = variance.sqrt();
const normalized = xs.sub(mean).div(std);

console.log('positives:', ys.sum().dataSync()[0], 'of', N);
normalized.slice([0, 0], [3, 2]).print();

const model = tf.sequential({
  layers: [
    tf.layers.dense({ units: 16, activation: 'relu', inputShape: [2] }),
    tf.layers.dense({ units: 16, activation: 'relu' }),
    tf.layers.dense({ units: 1, activation: 'sigmoid' }),
  ],
});
model.compile({ optimizer: tf.train.adam(0.01), loss: 'binaryCrossentropy', metrics: ['accuracy'] });

async function main() {
  const history = await model.fit(normalized, ys, { epochs: 30, batchSize: 32, validationSplit: 0.2, verbose: 0 });
  console.log('val accuracy', history.history.val_acc.at(-1).toFixed(3));
  const probe = tf.tidy(() => tf.tensor2d([[0, 0], [0.9, 0.9]]).sub(mean).div(std));
  const out = model.predict(probe);
  console.log('inside / outside:', await out.array());
  tf.dispose([probe, out]);
}

main();
