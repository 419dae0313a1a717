// Two interleaved spirals, classified by a small dense network: first model.fit with a
// live preview, then a hand-written fine-tuning loop with optimizer.minimize.
//
// It trains and it works, but memory grows the whole time: the tensor count printed at
// the end of each phase keeps climbing (compare with train.mjs, which stays flat).
//
//   node leaky-loop.mjs        (~10 s; writes ./model/spirals/)

import * as tf from '@tensorflow/tfjs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const POINTS_PER_ARM = 300;
const OUT_DIR = join('model', 'spirals');

function spirals(perArm, noise = 0.08) {
  const points = [];
  const labels = [];
  for (let arm = 0; arm < 2; arm++) {
    for (let i = 0; i < perArm; i++) {
      const r = (i / perArm) * 5;
      const t = 1.75 * (i / perArm) * 2 * Math.PI + arm * Math.PI;
      points.push([r * Math.sin(t) + noise * (Math.random() - 0.5) * 10, r * Math.cos(t) + noise * (Math.random() - 0.5) * 10]);
      labels.push(arm);
    }
  }
  return { points, labels };
}

// Scale to unit variance with the training statistics.
function standardize(x, mean, std) {
  return x.sub(mean).div(std);
}

function buildModel() {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [2], units: 64, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 64, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'binaryCrossentropy', metrics: ['accuracy'] });
  return model;
}

async function main() {
  const data = spirals(POINTS_PER_ARM);
  tf.util.shuffleCombo(data.points, data.labels); // so validationSplit gets both arms
  const raw = tf.tensor2d(data.points);
  const ys = tf.tensor2d(data.labels, [data.labels.length, 1]);
  const { mean, variance } = tf.moments(raw, 0);
  const std = variance.sqrt();
  const xs = standardize(raw, mean, std);
  const probe = xs.slice([0, 0], [8, 2]);
  const model = buildModel();

  // Phase 1: model.fit, with a preview of eight points after every epoch.
  await model.fit(xs, ys, {
    epochs: 40,
    batchSize: 32,
    validationSplit: 0.1,
    callbacks: {
      onEpochEnd: async (epoch, logs) => {
        const preview = model.predict(probe);
        const p = await preview.data();
        if (epoch % 10 === 9) {
          console.log(`epoch ${epoch + 1}: val_acc ${logs.val_acc.toFixed(3)}  preview ${Array.from(p, (v) => v.toFixed(2)).join(' ')}`);
        }
      },
    },
  });
  console.log(`after fit: ${tf.memory().numTensors} tensors`);

  // Phase 2: fine-tune with a smaller step, tracking the mean loss of each round.
  const optimizer = tf.train.adam(0.002);
  for (let round = 0; round < Number(process.argv[2] ?? 5); round++) { // rounds: the first argument
    let total = tf.scalar(0);
    for (let step = 0; step < 20; step++) {
      const cost = optimizer.minimize(() => tf.losses.logLoss(ys, model.predict(xs)), true);
      total = total.add(cost);
    }
    const meanLoss = await total.div(20).data();
    console.log(`round ${round + 1}: mean loss ${meanLoss[0].toFixed(4)}, ${tf.memory().numTensors} tensors`);
    total.dispose();
  }

  // Accuracy on fresh points, standardized with the training statistics.
  const test = spirals(100);
  const testRaw = tf.tensor2d(test.points);
  const testXs = standardize(testRaw, mean, std);
  const predicted = await model.predict(testXs).greater(0.5).data();
  const correct = test.labels.filter((label, i) => predicted[i] === label).length;
  console.log(`test accuracy ${(correct / test.labels.length).toFixed(3)}`);

  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    await mkdir(OUT_DIR, { recursive: true });
    const weightsManifest = [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }];
    await writeFile(join(OUT_DIR, 'model.json'), JSON.stringify({ modelTopology: artifacts.modelTopology, weightsManifest }));
    await writeFile(join(OUT_DIR, 'weights.bin'), Buffer.from(artifacts.weightData));
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }));
  tf.dispose([raw, ys, mean, variance, std, xs, probe, testRaw, testXs]);
  console.log(`saved to ${OUT_DIR}; ${tf.memory().numTensors} tensors still allocated`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
