// Node script: house-price regression on synthetic data, saved to disk.
//
//   node house_prices_save.cjs              (writes ./models/house-prices)
//
// The feature normalization travels with the model as user-defined metadata.

const fs = require('node:fs/promises');
const path = require('node:path');
const tf = require('@tensorflow/tfjs');

const FEATURES = ['rooms', 'area_m2', 'age_years', 'distance_km'];
const OUT_DIR = path.join('models', 'house-prices');

function synthesize(n) {
  const rows = [];
  const prices = [];
  for (let i = 0; i < n; i++) {
    const rooms = 1 + Math.floor(Math.random() * 6);
    const area = 20 + rooms * 18 + Math.random() * 40;
    const age = Math.random() * 80;
    const distance = Math.random() * 30;
    const price = 50 + area * 2.2 + rooms * 8 - age * 0.6 - distance * 3 + (Math.random() - 0.5) * 30;
    rows.push([rooms, area, age, distance]);
    prices.push(price);
  }
  return { rows, prices };
}

function fileHandler(dir) {
  return tf.io.withSaveHandler(async (artifacts) => {
    await fs.mkdir(dir, { recursive: true });
    const modelJson = {
      format: artifacts.format,
      generatedBy: artifacts.generatedBy,
      modelTopology: artifacts.modelTopology,
      userDefinedMetadata: artifacts.userDefinedMetadata,
      weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }],
    };
    await fs.writeFile(path.join(dir, 'model.json'), JSON.stringify(modelJson, null, 1));
    await fs.writeFile(path.join(dir, 'weights.bin'), Buffer.from(artifacts.weightData));
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  });
}

async function main() {
  const train = synthesize(1000);
  const test = synthesize(200);

  const rawXs = tf.tensor2d(train.rows);
  const { mean, variance } = tf.moments(rawXs, 0);
  const std = tf.tidy(() => variance.sqrt().add(1e-6));
  const xs = tf.tidy(() => rawXs.sub(mean).div(std));
  const ys = tf.tidy(() => tf.tensor2d(train.prices, [train.prices.length, 1]).div(100));
  const testXs = tf.tidy(() => tf.tensor2d(test.rows).sub(mean).div(std));
  const testYs = tf.tidy(() => tf.tensor2d(test.prices, [test.prices.length, 1]).div(100));

  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [FEATURES.length], units: 32, activation: 'relu' }),
      tf.layers.dense({ units: 16, activation: 'relu' }),
      tf.layers.dense({ units: 1 }),
    ],
  });
  model.compile({ optimizer: tf.train.adam(0.005), loss: 'meanSquaredError', metrics: ['mae'] });

  await model.fit(xs, ys, {
    epochs: 30,
    batchSize: 32,
    validationData: [testXs, testYs],
    callbacks: {
      onEpochEnd: (epoch, logs) => {
        if ((epoch + 1) % 5 === 0) {
          console.log(`epoch ${epoch + 1}: val MAE ${(logs.val_mae * 100).toFixed(1)} k€`);
        }
      },
    },
  });

  const stats = { mean: Array.from(await mean.data()), std: Array.from(await std.data()) };
  model.setUserDefinedMetadata({ features: FEATURES, normalization: stats, priceScale: 100 });
  await model.save(fileHandler(OUT_DIR));
  console.log(`saved to ${OUT_DIR}`);

  tf.dispose([rawXs, mean, variance, std, xs, ys, testXs, testYs]);
  model.dispose();
  console.log(`tensors left: ${tf.memory().numTensors} (optimizer state)`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
