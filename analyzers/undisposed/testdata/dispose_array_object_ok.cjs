// Node: releasing several tensors at once with tf.dispose([..]) and tf.dispose({..}).
const tf = require('@tensorflow/tfjs');

const model = tf.sequential({
  layers: [
    tf.layers.dense({ units: 8, activation: 'relu', inputShape: [2] }),
    tf.layers.dense({ units: 1, activation: 'sigmoid' }),
  ],
});
model.compile({ optimizer: tf.train.adam(0.01), loss: 'binaryCrossentropy', metrics: ['accuracy'] });

function xorData(n) {
  const points = [];
  const labels = [];
  for (let i = 0; i < n; i++) {
    const a = Math.random() < 0.5 ? 0 : 1;
    const b = Math.random() < 0.5 ? 0 : 1;
    points.push([a + (Math.random() - 0.5) * 0.2, b + (Math.random() - 0.5) * 0.2]);
    labels.push(a ^ b);
  }
  return { points, labels };
}

async function trainRounds(rounds) {
  for (let round = 0; round < rounds; round++) {
    const { points, labels } = xorData(200);
    const xs = tf.tensor2d(points);
    const ys = tf.tensor2d(labels, [labels.length, 1]);
    const h = await model.fit(xs, ys, { epochs: 5, batchSize: 20 });
    tf.dispose([xs, ys]);
    console.log(`round ${round}: acc ${h.history.acc[4].toFixed(2)}`);
  }
}

async function report() {
  const grid = tf.tensor2d([[0, 0], [0, 1], [1, 0], [1, 1]]);
  const truth = tf.tensor2d([[0], [1], [1], [0]]);
  const probs = model.predict(grid);
  const error = tf.losses.absoluteDifference(truth, probs);
  console.log('p =', await probs.array(), 'mean abs error', (await error.data())[0]);
  tf.dispose({ grid, truth, probs, error });
}

trainRounds(20).then(report);
