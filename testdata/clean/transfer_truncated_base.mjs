// Transfer learning in Node: train a small convnet on task A (which of four shapes),
// cut it at its feature layer, and train a new head for task B (is the shape filled?)
// on the frozen features.
//
//   node transfer_truncated_base.mjs      (writes ./models/shapes-base and ./models/filled-head)

import * as tf from '@tensorflow/tfjs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const SIZE = 16;
const SHAPES = ['square', 'cross', 'ring', 'diagonal'];

// One 16x16 grayscale image in [0, 1]; `filled` thickens the strokes.
function drawShape(kind, filled, out, offset) {
  const c = SIZE / 2 - 0.5 + (Math.random() - 0.5) * 3;
  const r = 3 + Math.random() * 3;
  const w = filled ? 2.5 : 0.8;
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const dx = x - c;
      const dy = y - c;
      let on;
      if (kind === 0) on = Math.abs(Math.max(Math.abs(dx), Math.abs(dy)) - r) < w;
      else if (kind === 1) on = (Math.abs(dx) < w || Math.abs(dy) < w) && Math.hypot(dx, dy) < r + 1;
      else if (kind === 2) on = Math.abs(Math.hypot(dx, dy) - r) < w;
      else on = Math.abs(dx - dy) < w * 1.4 && Math.hypot(dx, dy) < r + 1;
      out[offset + y * SIZE + x] = (on ? 0.9 : 0.1) + (Math.random() - 0.5) * 0.1;
    }
  }
}

function makeImages(n) {
  const pixels = new Float32Array(n * SIZE * SIZE);
  const kinds = [];
  const filled = [];
  for (let i = 0; i < n; i++) {
    const kind = Math.floor(Math.random() * SHAPES.length);
    const isFilled = Math.random() < 0.5;
    drawShape(kind, isFilled, pixels, i * SIZE * SIZE);
    kinds.push(kind);
    filled.push(isFilled ? 1 : 0);
  }
  const xs = tf.tensor4d(pixels, [n, SIZE, SIZE, 1]);
  return { xs, kinds, filled };
}

function buildBase() {
  const model = tf.sequential();
  model.add(tf.layers.conv2d({ inputShape: [SIZE, SIZE, 1], filters: 8, kernelSize: 3, activation: 'relu' }));
  model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  model.add(tf.layers.conv2d({ filters: 12, kernelSize: 3, activation: 'relu' }));
  model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  model.add(tf.layers.flatten());
  model.add(tf.layers.dense({ units: 32, activation: 'relu', name: 'features' }));
  model.add(tf.layers.dense({ units: SHAPES.length, activation: 'softmax' }));
  model.compile({ optimizer: tf.train.adam(0.002), loss: 'sparseCategoricalCrossentropy', metrics: ['accuracy'] });
  return model;
}

function buildHead() {
  const head = tf.sequential();
  head.add(tf.layers.dense({ inputShape: [32], units: 16, activation: 'relu' }));
  head.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
  head.compile({ optimizer: tf.train.adam(0.003), loss: 'binaryCrossentropy', metrics: ['accuracy'] });
  return head;
}

function saveTo(dir) {
  return tf.io.withSaveHandler(async (artifacts) => {
    await mkdir(dir, { recursive: true });
    const modelJson = {
      format: artifacts.format,
      generatedBy: artifacts.generatedBy,
      modelTopology: artifacts.modelTopology,
      weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }],
    };
    await writeFile(join(dir, 'model.json'), JSON.stringify(modelJson));
    await writeFile(join(dir, 'weights.bin'), Buffer.from(artifacts.weightData));
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  });
}

async function main() {
  // Task A: which shape.
  const taskA = makeImages(800);
  const kindsA = tf.tensor1d(taskA.kinds, 'float32');
  const base = buildBase();
  await base.fit(taskA.xs, kindsA, { epochs: 6, batchSize: 64, validationSplit: 0.15, verbose: 0,
    callbacks: { onEpochEnd: (e, logs) => console.log(`base epoch ${e + 1}: val_acc ${logs.val_acc.toFixed(3)}`) } });
  tf.dispose([taskA.xs, kindsA]);
  await base.save(saveTo(join('models', 'shapes-base')));

  // Cut the network at the 32-unit feature layer.
  const truncated = tf.model({ inputs: base.inputs, outputs: base.getLayer('features').output });

  // Task B: filled or outline, from the frozen features.
  const taskB = makeImages(400);
  const features = truncated.predict(taskB.xs);
  const filledB = tf.tensor2d(taskB.filled, [taskB.filled.length, 1]);
  const head = buildHead();
  await head.fit(features, filledB, { epochs: 15, batchSize: 32, validationSplit: 0.2, verbose: 0,
    callbacks: { onEpochEnd: (e, logs) => console.log(`head epoch ${e + 1}: val_acc ${logs.val_acc.toFixed(3)}`) } });
  tf.dispose([taskB.xs, features, filledB]);
  await head.save(saveTo(join('models', 'filled-head')));

  // End to end on fresh images: base features -> head.
  const test = makeImages(200);
  const probs = tf.tidy(() => head.predict(truncated.predict(test.xs)));
  const p = await probs.data();
  tf.dispose([test.xs, probs]);
  const correct = test.filled.filter((f, i) => (p[i] > 0.5 ? 1 : 0) === f).length;
  console.log(`task B accuracy on new images: ${(correct / test.filled.length).toFixed(3)}`);
}

main();
