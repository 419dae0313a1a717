// Async training pipeline with top-level await.
import * as tf from '@tensorflow/tfjs';

async function loadData(url) {
  const response = await fetch(url);
  const { features, targets } = await response.json();
  return { xs: tf.tensor2d(features), ys: tf.tensor2d(targets) };
}

async function trainStage(model, data, optimizer, epochs) {
  model.compile({ optimizer, loss: 'meanSquaredError' });
  const history = await model.fit(data.xs, data.ys, { epochs, batchSize: 64, shuffle: true });
  return history.history.loss.at(-1);
}

const data = await loadData('https://example.com/energy.json');
const model = tf.sequential({
  layers: [
    tf.layers.dense({ inputShape: [data.xs.shape[1]], units: 32, activation: 'relu' }),
    tf.layers.dense({ units: 1 }),
  ],
});

// Stage 1 with adam, stage 2 "polishes" with plain SGD.
const warmLoss = await trainStage(model, data, tf.train.adam(0.001), 20);
const finalLoss = await trainStage(model, data, tf.train.sgd(0.001), 10); // want "tf\\.train\\.sgd is plain SGD"
console.log({ warmLoss, finalLoss });

await tf.ready().then(async () => {
  model.compile({ optimizer: 'sgd', loss: 'meanAbsoluteError' }); // want "optimizer 'sgd' is plain SGD"
  await model.fit(data.xs, data.ys, { epochs: 5 });
});
await model.save('indexeddb://energy');
