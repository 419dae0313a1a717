// The functional API: a two-input model (numeric features + a categorical id through an
// embedding), trained with validation data and early stopping.
//
//   node multi_input_functional.mjs      (writes ./models/delivery-time)

import * as tf from '@tensorflow/tfjs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const NUM_CITIES = 12;
const NUMERIC = 3; // distance_km, items, hour/24

// Delivery time in minutes depends on distance, basket size, rush hour and the city.
const cityDelay = Array.from({ length: NUM_CITIES }, () => Math.random() * 15);

function orders(n) {
  const numeric = [];
  const cities = [];
  const minutes = [];
  for (let i = 0; i < n; i++) {
    const distance = Math.random() * 20;
    const items = 1 + Math.floor(Math.random() * 30);
    const hour = Math.floor(Math.random() * 24);
    const city = Math.floor(Math.random() * NUM_CITIES);
    const rush = hour >= 17 && hour <= 19 ? 12 : 0;
    numeric.push([distance / 20, items / 30, hour / 24]);
    cities.push(city);
    minutes.push(10 + distance * 2.5 + items * 0.4 + rush + cityDelay[city] + (Math.random() - 0.5) * 6);
  }
  return { numeric, cities, minutes };
}

function buildModel() {
  const numericIn = tf.input({ shape: [NUMERIC], name: 'numeric' });
  const cityIn = tf.input({ shape: [1], dtype: 'int32', name: 'city' });
  const cityVec = tf.layers.flatten().apply(tf.layers.embedding({ inputDim: NUM_CITIES, outputDim: 4 }).apply(cityIn));
  const merged = tf.layers.concatenate().apply([numericIn, cityVec]);
  const hidden = tf.layers.dense({ units: 32, activation: 'relu' }).apply(merged);
  const hidden2 = tf.layers.dense({ units: 16, activation: 'relu' }).apply(hidden);
  const output = tf.layers.dense({ units: 1, name: 'minutes' }).apply(hidden2);
  const model = tf.model({ inputs: [numericIn, cityIn], outputs: output });
  model.compile({ optimizer: tf.train.adam(0.005), loss: 'meanSquaredError', metrics: ['mae'] });
  return model;
}

function toTensors({ numeric, cities, minutes }) {
  return {
    xs: [tf.tensor2d(numeric), tf.tensor2d(cities, [cities.length, 1], 'int32')],
    ys: tf.tensor2d(minutes, [minutes.length, 1]).div(60),
  };
}

async function main() {
  const train = tf.tidy(() => toTensors(orders(3000)));
  const val = tf.tidy(() => toTensors(orders(500)));
  const model = buildModel();
  model.summary();

  await model.fit(train.xs, train.ys, {
    epochs: 40,
    batchSize: 64,
    validationData: [val.xs, val.ys],
    callbacks: [
      tf.callbacks.earlyStopping({ monitor: 'val_loss', patience: 3 }),
      new tf.CustomCallback({
        onEpochEnd: (epoch, logs) => console.log(`epoch ${epoch + 1}: val MAE ${(logs.val_mae * 60).toFixed(1)} min`),
      }),
    ],
  });

  const example = tf.tidy(() => model.predict([tf.tensor2d([[0.5, 0.3, 18 / 24]]), tf.tensor2d([[3]], [1, 1], 'int32')]).mul(60));
  console.log(`10 km, 9 items, 6 pm, city 3: ${(await example.data())[0].toFixed(0)} minutes`);
  example.dispose();

  const dir = join('models', 'delivery-time');
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    await mkdir(dir, { recursive: true });
    const weightsManifest = [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }];
    await writeFile(join(dir, 'model.json'), JSON.stringify({ modelTopology: artifacts.modelTopology, weightsManifest }));
    await writeFile(join(dir, 'weights.bin'), Buffer.from(artifacts.weightData));
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }));
  tf.dispose([train, val]);
  console.log(`saved to ${dir}`);
}

main();
