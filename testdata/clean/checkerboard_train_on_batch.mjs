// Named imports and a hand-written epoch loop with model.trainOnBatch.
//
//   node checkerboard_train_on_batch.mjs        (writes ./models/checkerboard)
//
// Learns a 3x3 checkerboard on the unit square; each epoch visits the examples in a
// new random order.

import { sequential, layers, train, tensor2d, tidy, dispose, util, io, memory } from '@tensorflow/tfjs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const N = 1024;
const BATCH = 64;
const EPOCHS = 40;

function checkerboard(n) {
  const points = [];
  const labels = [];
  for (let i = 0; i < n; i++) {
    const x = Math.random();
    const y = Math.random();
    points.push([x, y]);
    labels.push((Math.floor(x * 3) + Math.floor(y * 3)) % 2);
  }
  return { points, labels };
}

const model = sequential({
  layers: [
    layers.dense({ inputShape: [2], units: 64, activation: 'relu' }),
    layers.dense({ units: 64, activation: 'relu' }),
    layers.dense({ units: 1, activation: 'sigmoid' }),
  ],
});
model.compile({ optimizer: train.adam(0.01), loss: 'binaryCrossentropy', metrics: ['accuracy'] });

async function runEpoch(data) {
  const order = Array.from(util.createShuffledIndices(data.points.length));
  let lossSum = 0;
  let accSum = 0;
  let batches = 0;
  for (let start = 0; start < order.length; start += BATCH) {
    const idx = order.slice(start, start + BATCH);
    const xs = tensor2d(idx.map((i) => data.points[i]));
    const ys = tensor2d(idx.map((i) => [data.labels[i]]));
    const [loss, acc] = await model.trainOnBatch(xs, ys);
    dispose([xs, ys]);
    lossSum += loss;
    accSum += acc;
    batches++;
  }
  return { loss: lossSum / batches, acc: accSum / batches };
}

async function render() {
  // Coarse ASCII picture of the learned decision function.
  const grid = [];
  for (let r = 0; r < 12; r++) {
    for (let c = 0; c < 24; c++) grid.push([(c + 0.5) / 24, 1 - (r + 0.5) / 12]);
  }
  const probs = tidy(() => model.predict(tensor2d(grid)).reshape([12, 24]));
  const rows = await probs.array();
  probs.dispose();
  return rows.map((row) => row.map((p) => (p > 0.5 ? '#' : '.')).join('')).join('\n');
}

async function main() {
  const data = checkerboard(N);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const { loss, acc } = await runEpoch(data);
    if (epoch % 10 === 9) console.log(`epoch ${epoch + 1}: loss ${loss.toFixed(4)}, acc ${acc.toFixed(3)}`);
  }
  console.log(await render());

  const dir = join('models', 'checkerboard');
  await model.save(io.withSaveHandler(async (artifacts) => {
    await mkdir(dir, { recursive: true });
    const weightsManifest = [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }];
    await writeFile(join(dir, 'model.json'), JSON.stringify({ modelTopology: artifacts.modelTopology, weightsManifest }));
    await writeFile(join(dir, 'weights.bin'), Buffer.from(artifacts.weightData));
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }));
  console.log(`saved to ${dir}; ${memory().numTensors} tensors allocated (weights + optimizer state)`);
}

main();
