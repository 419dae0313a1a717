// Three Gaussian blobs in 2-D, a small dense classifier trained with model.fit.
//
//   node blobs_fit_callbacks.mjs      (writes ./models/blobs/model.json + weights.bin)
//
// Callbacks: early stopping on the validation loss and a progress line per epoch.

import * as tf from '@tensorflow/tfjs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const CENTERS = [[-2, -1], [2, -1], [0, 2.5]];
const PER_CLASS = 200;
const EPOCHS = 30;
const OUT_DIR = join('models', 'blobs');

// Box-Muller: one standard normal sample.
function gaussian() {
  const u = 1 - Math.random();
  const v = Math.random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function makeBlobs(perClass) {
  const points = [];
  const labels = [];
  CENTERS.forEach(([cx, cy], label) => {
    for (let i = 0; i < perClass; i++) {
      points.push([cx + gaussian() * 0.9, cy + gaussian() * 0.9]);
      labels.push(label);
    }
  });
  return { points, labels };
}

function toTensors({ points, labels }) {
  return tf.tidy(() => ({
    xs: tf.tensor2d(points),
    ys: tf.oneHot(tf.tensor1d(labels, 'int32'), CENTERS.length),
  }));
}

function buildModel() {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [2], units: 32, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 16, activation: 'relu' }));
  model.add(tf.layers.dense({ units: CENTERS.length, activation: 'softmax' }));
  model.compile({ optimizer: tf.train.adam(0.005), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return model;
}

// tfjs has no file:// handler without tfjs-node: write the two artifacts ourselves.
function fileSaveHandler(dir) {
  return tf.io.withSaveHandler(async (artifacts) => {
    await mkdir(dir, { recursive: true });
    const modelJson = {
      format: artifacts.format,
      generatedBy: artifacts.generatedBy,
      convertedBy: artifacts.convertedBy,
      modelTopology: artifacts.modelTopology,
      weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }],
    };
    await writeFile(join(dir, 'model.json'), JSON.stringify(modelJson));
    await writeFile(join(dir, 'weights.bin'), Buffer.from(artifacts.weightData));
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  });
}

async function perClassAccuracy(model, xs, labels) {
  const predicted = tf.tidy(() => model.predict(xs).argMax(-1));
  const guesses = await predicted.array();
  predicted.dispose();
  const hits = new Array(CENTERS.length).fill(0);
  const totals = new Array(CENTERS.length).fill(0);
  labels.forEach((label, i) => {
    totals[label]++;
    if (guesses[i] === label) hits[label]++;
  });
  return hits.map((h, k) => h / totals[k]);
}

async function main() {
  const trainSet = makeBlobs(PER_CLASS);
  const testSet = makeBlobs(50);
  const train = toTensors(trainSet);
  const test = toTensors(testSet);

  const model = buildModel();
  const history = await model.fit(train.xs, train.ys, {
    epochs: EPOCHS,
    batchSize: 32,
    validationSplit: 0.2,
    shuffle: true,
    callbacks: [
      tf.callbacks.earlyStopping({ monitor: 'val_loss', patience: 4 }),
      new tf.CustomCallback({
        onEpochEnd: (epoch, logs) => {
          console.log(`epoch ${epoch + 1}: loss ${logs.loss.toFixed(4)}  val_acc ${logs.val_acc.toFixed(3)}`);
        },
      }),
    ],
  });
  console.log(`stopped after ${history.epoch.length} epochs`);

  const [testLoss, testAcc] = model.evaluate(test.xs, test.ys, { batchSize: 64 });
  console.log(`test loss ${(await testLoss.data())[0].toFixed(4)}, accuracy ${(await testAcc.data())[0].toFixed(3)}`);
  tf.dispose([testLoss, testAcc]);

  const perClass = await perClassAccuracy(model, test.xs, testSet.labels);
  console.log('per-class accuracy', perClass.map((a) => a.toFixed(2)).join(' '));

  await model.save(fileSaveHandler(OUT_DIR));
  tf.dispose([train.xs, train.ys, test.xs, test.ys]);
  console.log(`saved to ${OUT_DIR}; ${tf.memory().numTensors} tensors left (weights and optimizer state)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
