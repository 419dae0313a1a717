// Tabular regression with a tf.data pipeline and model.fitDataset.
//
// The pipeline is built over several statements: generator -> map (normalize, inside
// tf.tidy) -> shuffle -> batch -> prefetch. The validation set is a separate, unshuffled
// dataset.
//
//   node fitdataset_shuffled_pipeline.mjs     (writes ./models/energy)

import * as tf from '@tensorflow/tfjs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const NUM_FEATURES = 6;
const TRAIN_SIZE = 2000;
const VAL_SIZE = 300;
const BATCH_SIZE = 64;
const OUT_DIR = join('models', 'energy');

// A made-up "energy use" target from six sensor readings.
function sample() {
  const features = Array.from({ length: NUM_FEATURES }, () => Math.random() * 10);
  const [temp, humidity, occupancy, area, hour, insulation] = features;
  const target = 3 * temp + 0.5 * humidity + 4 * occupancy + 0.8 * area
    + 2 * Math.sin((hour / 10) * Math.PI) - 1.5 * insulation + (Math.random() - 0.5) * 2;
  return { features, target };
}

function makeRows(n) {
  return Array.from({ length: n }, sample);
}

// Column means and standard deviations of the training features, as plain arrays.
async function featureStats(rows) {
  const stats = tf.tidy(() => {
    const xs = tf.tensor2d(rows.map((r) => r.features));
    const { mean, variance } = tf.moments(xs, 0);
    return tf.stack([mean, variance.sqrt().add(1e-6)]);
  });
  const [mean, std] = await stats.array();
  stats.dispose();
  return { mean, std };
}

function toDataset(rows, { mean, std }) {
  let ds = tf.data.array(rows);
  ds = ds.map(({ features, target }) => ({
    xs: tf.tensor1d(features).sub(mean).div(std),
    ys: tf.tensor1d([target / 50]),
  }));
  return ds;
}

function buildModel() {
  return tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [NUM_FEATURES], units: 64, activation: 'relu' }),
      tf.layers.dropout({ rate: 0.1 }),
      tf.layers.dense({ units: 32, activation: 'relu' }),
      tf.layers.dense({ units: 1 }),
    ],
  });
}

async function main() {
  const trainRows = makeRows(TRAIN_SIZE);
  const valRows = makeRows(VAL_SIZE);
  const stats = await featureStats(trainRows);

  const trainDs = toDataset(trainRows, stats)
    .shuffle(TRAIN_SIZE)
    .batch(BATCH_SIZE)
    .prefetch(2);
  const valDs = toDataset(valRows, stats).batch(BATCH_SIZE);

  const model = buildModel();
  model.compile({ optimizer: tf.train.adam(0.003), loss: 'meanSquaredError', metrics: ['mae'] });

  await model.fitDataset(trainDs, {
    epochs: 12,
    validationData: valDs,
    callbacks: {
      onEpochEnd: (epoch, logs) => {
        const mae = logs.val_mae * 50;
        console.log(`epoch ${epoch + 1}: loss ${logs.loss.toFixed(4)}, val MAE ${mae.toFixed(2)} kWh`);
      },
    },
  });

  // A few predictions next to the truth.
  const probe = valRows.slice(0, 5);
  const predictions = tf.tidy(() => {
    const xs = tf.tensor2d(probe.map((r) => r.features)).sub(stats.mean).div(stats.std);
    return model.predict(xs).mul(50);
  });
  const values = await predictions.data();
  predictions.dispose();
  probe.forEach((row, i) => console.log(`true ${row.target.toFixed(1)}  predicted ${values[i].toFixed(1)}`));

  model.setUserDefinedMetadata({ featureMean: stats.mean, featureStd: stats.std, targetScale: 50 });
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    await mkdir(OUT_DIR, { recursive: true });
    const modelJson = {
      format: artifacts.format,
      generatedBy: artifacts.generatedBy,
      modelTopology: artifacts.modelTopology,
      userDefinedMetadata: artifacts.userDefinedMetadata,
      weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }],
    };
    await writeFile(join(OUT_DIR, 'model.json'), JSON.stringify(modelJson));
    await writeFile(join(OUT_DIR, 'weights.bin'), Buffer.from(artifacts.weightData));
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }));
  console.log(`saved to ${OUT_DIR}`);
}

main();
