import * as tf from '@tensorflow/tfjs';

const { normalize } = require('./normalize');

document.getElementById('train').addEventListener('click', async () => {
  const xs = normalize(tf.randomNormal([32, 6]));
  const ys = tf.randomUniform([32, 1]);
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 8, activation: 'relu', inputShape: [6] }));
  model.add(tf.layers.dense({ units: 1 }));
  model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
  await model.fit(xs, ys, { epochs: 1, batchSize: 16 });
  tf.dispose([xs, ys]);
  model.dispose();
});
