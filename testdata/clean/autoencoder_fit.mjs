// A dense autoencoder for 8x8 binary patterns, trained with model.fit on (x, x).
// A per-epoch callback measures the reconstruction error on a held-out probe batch.
//
//   node autoencoder_fit.mjs       (writes ./models/pattern-encoder)

import * as tf from '@tensorflow/tfjs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const SIDE = 8;
const PIXELS = SIDE * SIDE;
const CODE_SIZE = 6;

// Random rectangles and lines on an 8x8 grid, flattened to 64 values in {0, 1}.
function randomPattern() {
  const img = new Float32Array(PIXELS);
  const shapes = 1 + Math.floor(Math.random() * 3);
  for (let s = 0; s < shapes; s++) {
    const x0 = Math.floor(Math.random() * SIDE);
    const y0 = Math.floor(Math.random() * SIDE);
    const w = 1 + Math.floor(Math.random() * (SIDE - x0));
    const h = Math.random() < 0.5 ? 1 : 1 + Math.floor(Math.random() * (SIDE - y0));
    for (let y = y0; y < y0 + h; y++) {
      for (let x = x0; x < x0 + w; x++) img[y * SIDE + x] = 1;
    }
  }
  return img;
}

function patterns(n) {
  const data = new Float32Array(n * PIXELS);
  for (let i = 0; i < n; i++) data.set(randomPattern(), i * PIXELS);
  return tf.tensor2d(data, [n, PIXELS]);
}

function buildAutoencoder() {
  const input = tf.input({ shape: [PIXELS] });
  const hidden = tf.layers.dense({ units: 32, activation: 'relu' }).apply(input);
  const code = tf.layers.dense({ units: CODE_SIZE, activation: 'relu', name: 'code' }).apply(hidden);
  const expanded = tf.layers.dense({ units: 32, activation: 'relu' }).apply(code);
  const output = tf.layers.dense({ units: PIXELS, activation: 'sigmoid' }).apply(expanded);
  const autoencoder = tf.model({ inputs: input, outputs: output });
  autoencoder.compile({ optimizer: tf.train.adam(0.003), loss: 'binaryCrossentropy' });
  return autoencoder;
}

async function reconstructionError(model, probe) {
  const err = tf.tidy(() => model.predict(probe).round().notEqual(probe).toFloat().mean());
  const value = (await err.data())[0];
  err.dispose();
  return value;
}

async function saveModel(model, dir) {
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    await mkdir(dir, { recursive: true });
    const manifest = [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }];
    const modelJson = { format: artifacts.format, modelTopology: artifacts.modelTopology, weightsManifest: manifest };
    await writeFile(join(dir, 'model.json'), JSON.stringify(modelJson));
    await writeFile(join(dir, 'weights.bin'), Buffer.from(artifacts.weightData));
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }));
}

async function main() {
  const xs = patterns(2000);
  const probe = patterns(100);
  const autoencoder = buildAutoencoder();
  const batchLosses = [];

  await autoencoder.fit(xs, xs, {
    epochs: 15,
    batchSize: 64,
    shuffle: true,
    callbacks: {
      onBatchEnd: (batch, logs) => {
        batchLosses.push(logs.loss);
      },
      onEpochEnd: async (epoch, logs) => {
        const wrong = await reconstructionError(autoencoder, probe);
        console.log(`epoch ${epoch + 1}: loss ${logs.loss.toFixed(4)}, wrong pixels ${(wrong * 100).toFixed(1)} %`);
      },
    },
  });
  console.log(`${batchLosses.length} batches, last loss ${batchLosses[batchLosses.length - 1].toFixed(4)}`);

  // Keep only the encoder half for downstream use.
  const encoder = tf.model({ inputs: autoencoder.inputs, outputs: autoencoder.getLayer('code').output });
  const codes = encoder.predict(probe);
  console.log('code of the first probe pattern:', (await codes.array())[0].map((v) => v.toFixed(2)).join(' '));
  codes.dispose();
  await saveModel(encoder, join('models', 'pattern-encoder'));
  tf.dispose([xs, probe]);
}

main();
