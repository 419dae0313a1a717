// Word-embedding sentiment classifier on a tiny generated review corpus.
//
//   node sentiment_embedding.mjs      (writes ./models/sentiment)
//
// Tokenize -> pad -> embedding -> global average pooling -> dense -> sigmoid.

import * as tf from '@tensorflow/tfjs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const MAX_LEN = 12;
const POSITIVE = ['great', 'lovely', 'excellent', 'fun', 'brilliant', 'enjoyed', 'perfect', 'good'];
const NEGATIVE = ['boring', 'awful', 'terrible', 'bad', 'dull', 'broken', 'hated', 'poor'];
const FILLER = ['the', 'movie', 'was', 'really', 'quite', 'and', 'plot', 'acting', 'very', 'a', 'story', 'it'];

const pick = (words) => words[Math.floor(Math.random() * words.length)];

function review(positive) {
  const words = [];
  const length = 5 + Math.floor(Math.random() * 6);
  for (let i = 0; i < length; i++) {
    const r = Math.random();
    if (r < 0.3) words.push(pick(positive ? POSITIVE : NEGATIVE));
    else if (r < 0.35) words.push(pick(positive ? NEGATIVE : POSITIVE)); // a little label noise
    else words.push(pick(FILLER));
  }
  return words.join(' ');
}

// 0 = padding, 1 = unknown word.
const vocab = new Map([...POSITIVE, ...NEGATIVE, ...FILLER].map((w, i) => [w, i + 2]));

function encode(text) {
  const ids = text.toLowerCase().split(/\s+/).map((w) => vocab.get(w) ?? 1).slice(0, MAX_LEN);
  while (ids.length < MAX_LEN) ids.push(0);
  return ids;
}

function buildModel() {
  const model = tf.sequential();
  model.add(tf.layers.embedding({ inputDim: vocab.size + 2, outputDim: 16, inputLength: MAX_LEN }));
  model.add(tf.layers.globalAveragePooling1d());
  model.add(tf.layers.dense({ units: 16, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
  model.compile({ optimizer: tf.train.adam(0.005), loss: 'binaryCrossentropy', metrics: ['accuracy'] });
  return model;
}

async function scoreReviews(model, texts) {
  const probs = tf.tidy(() => model.predict(tf.tensor2d(texts.map(encode), [texts.length, MAX_LEN], 'int32')));
  const values = await probs.data();
  probs.dispose();
  return texts.map((text, i) => ({ text, positive: values[i] }));
}

async function main() {
  const texts = [];
  const labels = [];
  for (let i = 0; i < 1500; i++) {
    const positive = Math.random() < 0.5;
    texts.push(review(positive));
    labels.push(positive ? 1 : 0);
  }
  const xs = tf.tensor2d(texts.map(encode), [texts.length, MAX_LEN], 'int32');
  const ys = tf.tensor2d(labels, [labels.length, 1]);

  const model = buildModel();
  const progress = new tf.CustomCallback({
    onEpochEnd: (epoch, logs) => {
      console.log(`epoch ${epoch + 1}: acc ${logs.acc.toFixed(3)}, val_acc ${logs.val_acc.toFixed(3)}`);
    },
  });
  await model.fit(xs, ys, { epochs: 12, batchSize: 64, validationSplit: 0.2, callbacks: [progress] });
  tf.dispose([xs, ys]);

  const samples = ['the acting was brilliant and fun', 'a dull and boring plot', 'it was quite good but broken'];
  for (const { text, positive } of await scoreReviews(model, samples)) {
    console.log(`${positive.toFixed(2)}  ${text}`);
  }

  const dir = join('models', 'sentiment');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'vocab.json'), JSON.stringify([...vocab.entries()]));
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    const modelJson = {
      format: artifacts.format,
      modelTopology: artifacts.modelTopology,
      weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }],
    };
    await writeFile(join(dir, 'model.json'), JSON.stringify(modelJson));
    await writeFile(join(dir, 'weights.bin'), Buffer.from(artifacts.weightData));
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }));
  console.log(`saved model and vocabulary to ${dir}`);
}

main();
