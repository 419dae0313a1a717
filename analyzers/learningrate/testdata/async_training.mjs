// Async pipeline: data from tf.data, optimizer rates written in exponent notation.
import * as tf from '@tensorflow/tfjs';

async function loadDataset(url) {
  const csv = tf.data.csv(url, { columnConfigs: { price: { isLabel: true } } });
  return csv
    .map(({ xs, ys }) => ({ xs: Object.values(xs), ys: Object.values(ys) }))
    .shuffle(1000)
    .batch(64);
}

export async function run(url) {
  const dataset = await loadDataset(url);
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [12], units: 32, activation: 'relu' }),
      tf.layers.dense({ units: 1 }),
    ],
  });
  model.compile({ optimizer: tf.train.adam(5e-1), loss: 'meanSquaredError' }); // want "learning rate 0\\.5 for tf\\.train\\.adam is above"
  await model.fitDataset(dataset, { epochs: 10 });

  // Fine-tune with a smaller rate.
  model.compile({ optimizer: tf.train.rmsprop(1e-7), loss: 'meanSquaredError' }); // want "learning rate 1e-07 for tf\\.train\\.rmsprop is below"
  await model.fitDataset(dataset, { epochs: 3 });

  // In range: 3e-4 is the classic Adam default for fine-tuning.
  model.compile({ optimizer: tf.train.adam(3e-4), loss: 'meanSquaredError' });
  await model.fitDataset(dataset, { epochs: 3 });
  await model.save('indexeddb://prices');
}

const adamWarm = async (model) => {
  model.compile({ optimizer: tf.train.adam(.3), loss: 'meanSquaredError' }); // want "learning rate 0\\.3 for tf\\.train\\.adam is above"
  return model;
};

// A warm start at 1e-1 and a slow fine-tune at 1e-6 are the range's inclusive ends: deliberate, not reported.
const adamEnds = async (model) => {
  model.compile({ optimizer: tf.train.adam(1e-1), loss: 'meanSquaredError' });
  model.compile({ optimizer: tf.train.rmsprop(1e-6), loss: 'meanSquaredError' });
  return model;
};

export { adamWarm, adamEnds };
