// A classic script (no modules): tfjs comes from a <script src> tag as the
// global tf. A two-layer regression fit with a callback per epoch.
const model = tf.sequential();
model.add(tf.layers.dense({ inputShape: [1], units: 10, activation: 'sigmoid' }));
model.add(tf.layers.dense({ units: 1 }));
model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });

const xs = tf.tensor2d([[0], [1], [2], [3], [4], [5], [6], [7]]);
const ys = tf.tensor2d([[1], [3], [5], [7], [9], [11], [13], [15]]);
let lastLoss = 0;
model.fit(xs, ys, {
  epochs: 4,
  batchSize: 4,
  callbacks: { onEpochEnd: (epoch, logs) => { lastLoss = logs.loss; } },
}).then(() => {
  const y = model.predict(tf.tensor2d([[8]]));
  y.dispose();
});
