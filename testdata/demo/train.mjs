// Train a small convnet to tell the orientation of stripes (4 classes).
//
// The images are generated on the fly (noisy 16x16 stripes, 0..255 like raw pixels), so the
// demo runs offline with the pure-JS backend:
//
//   npm install @tensorflow/tfjs@4.22.0
//   node train.mjs
//
// The trained model is written to ./model (model.json + weights.bin).

import * as tf from '@tensorflow/tfjs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { augmentBatch, describeBatch, repeatLabels } from './lib/augment.js';

const IMAGE_SIZE = 16;
const CLASSES = ['horizontal', 'vertical', 'diagonal', 'anti-diagonal'];
const NUM_TRAIN = 240; // x2 after augmentation
const NUM_TEST = 80;
const EPOCHS = 8;
const BATCH_SIZE = 32;
const OUT_DIR = 'model';

// Draw one image of stripes into `out` at `offset`; period and phase are random.
function drawStripes(label, out, offset) {
  const period = 4 + Math.floor(Math.random() * 4);
  const phase = Math.floor(Math.random() * period);
  for (let y = 0; y < IMAGE_SIZE; y++) {
    for (let x = 0; x < IMAGE_SIZE; x++) {
      let t;
      if (label === 0) t = y;
      else if (label === 1) t = x;
      else if (label === 2) t = x + y;
      else t = x - y + IMAGE_SIZE;
      const on = (t + phase) % period < period / 2;
      const noise = (Math.random() - 0.5) * 60;
      out[offset + y * IMAGE_SIZE + x] = Math.min(255, Math.max(0, (on ? 200 : 40) + noise));
    }
  }
}

// Generates the images class by class: labels come out sorted (0,0,...,1,1,...).
function makeDataset(n) {
  const pixels = new Float32Array(n * IMAGE_SIZE * IMAGE_SIZE);
  const labels = new Int32Array(n);
  const perClass = n / CLASSES.length;
  for (let i = 0; i < n; i++) {
    labels[i] = Math.floor(i / perClass);
    drawStripes(labels[i], pixels, i * IMAGE_SIZE * IMAGE_SIZE);
  }
  const xs = tf.tensor4d(pixels, [n, IMAGE_SIZE, IMAGE_SIZE, 1]);
  const ys = tf.tidy(() => tf.oneHot(tf.tensor1d(labels, 'int32'), CLASSES.length).toFloat());
  return { xs, ys, labels };
}

// Standardize with the training-set statistics.
function normalize(x, mean, std) {
  return x.sub(mean).div(std);
}

function buildModel() {
  const model = tf.sequential();
  model.add(tf.layers.conv2d({
    inputShape: [IMAGE_SIZE, IMAGE_SIZE, 1],
    filters: 8,
    kernelSize: 3,
    activation: 'relu',
  }));
  model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  model.add(tf.layers.conv2d({ filters: 16, kernelSize: 3, activation: 'relu' }));
  model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  model.add(tf.layers.flatten());
  model.add(tf.layers.dense({ units: 32, activation: 'relu' }));
  model.add(tf.layers.dense({ units: CLASSES.length, activation: 'softmax' }));

  model.compile({
    optimizer: tf.train.sgd(0.05),
    loss: 'categoricalCrossentropy',
    metrics: ['accuracy'],
  });
  return model;
}

// tfjs has no file:// handler without tfjs-node, so write the artifacts ourselves
// in the same layout tf.loadLayersModel expects.
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

async function main() {
  const train = makeDataset(NUM_TRAIN);
  const test = makeDataset(NUM_TEST);

  const trainImages = augmentBatch(train.xs);
  const trainLabels = repeatLabels(train.ys);
  console.log('train images:', await describeBatch(trainImages));

  const [mean, std] = tf.tidy(() => {
    const m = tf.moments(trainImages);
    return [m.mean, m.variance.sqrt().add(1e-6)];
  });
  const trainXs = normalize(trainImages, mean, std);
  const testXs = normalize(test.xs, mean, std);
  tf.dispose([train.xs, train.ys, trainImages, test.xs]);

  const model = buildModel();
  model.summary();

  await model.fit(trainXs, trainLabels, {
    epochs: EPOCHS,
    batchSize: BATCH_SIZE,
    validationData: [testXs, test.ys],
    shuffle: false, // keep the batches identical between runs while debugging
    callbacks: {
      onEpochEnd: (epoch, logs) => {
        console.log(
          `epoch ${epoch + 1}/${EPOCHS}  loss=${logs.loss.toFixed(4)}  acc=${logs.acc.toFixed(3)}` +
            `  val_loss=${logs.val_loss.toFixed(4)}  val_acc=${logs.val_acc.toFixed(3)}`,
        );
      },
    },
  });

  // Confusion matrix on the test set, one image at a time.
  const confusion = CLASSES.map(() => new Array(CLASSES.length).fill(0));
  for (let i = 0; i < NUM_TEST; i++) {
    const x = testXs.slice([i, 0, 0, 0], [1, IMAGE_SIZE, IMAGE_SIZE, 1]);
    const probs = model.predict(x).dataSync();
    x.dispose();
    let best = 0;
    for (let k = 1; k < probs.length; k++) {
      if (probs[k] > probs[best]) best = k;
    }
    confusion[test.labels[i]][best]++;
  }
  console.log('rows = true class, columns = predicted');
  CLASSES.forEach((name, k) => console.log(name.padStart(14), confusion[k].join('\t')));

  await model.save(fileSaveHandler(OUT_DIR));
  console.log(`saved to ${OUT_DIR}/ (${tf.memory().numTensors} tensors still allocated)`);

  tf.dispose([trainXs, trainLabels, testXs, test.ys, mean, std]);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
