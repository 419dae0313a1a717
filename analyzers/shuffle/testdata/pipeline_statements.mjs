// tf.data pipelines built across several statements, zips and helpers.
import * as tf from '@tensorflow/tfjs';

function toExample({ features, label }) {
  return { xs: tf.tensor1d(features), ys: tf.oneHot(label, 3) };
}

export async function trainSteps(model, samples) {
  let ds = tf.data.array(samples);
  ds = ds.map(toExample);
  ds = ds.batch(32);
  await model.fitDataset(ds, { epochs: 5 }); // want "fitDataset on a pipeline that never shuffles \\(built at line 9\\)"
}

export async function trainZip(model) {
  const xs = tf.data.array([[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2]]);
  const ys = tf.data.array([[0], [1], [0], [1], [0], [1]]);
  const ds = tf.data.zip({ xs, ys }).batch(2);
  await model.fitDataset(ds, { epochs: 200 }); // want "built at line 18"
}

function makeDataset(url) {
  const csv = tf.data.csv(url, { columnConfigs: { label: { isLabel: true } } });
  return csv.map(({ xs, ys }) => ({ xs: Object.values(xs), ys: Object.values(ys) })).batch(64);
}

export async function trainCsv(model) {
  const train = makeDataset('data/train.csv');
  return model.fitDataset(train, { epochs: 10 }); // want "built at line 23"
}

// No batch at all: the samples are whole batches already.
export async function trainBatches(model, batches) {
  return model.fitDataset(tf.data.array(batches), { epochs: 3 }); // want "fitDataset on a pipeline that never shuffles \\(built at line 34\\): add \\.shuffle\\(…\\) to it \\(tip 8\\)"
}

// Components batched before the zip: no suggestion (shuffling them apart
// would pair the wrong xs and ys).
export async function trainZipBatched(model, images, labels) {
  const ds = tf.data.zip({ xs: tf.data.array(images).batch(32), ys: tf.data.array(labels).batch(32) });
  await model.fitDataset(ds, { epochs: 2 }); // want "never shuffles \\(built at line 40\\): zip the unbatched datasets, then add \\.shuffle\\(…\\) before \\.batch\\(…\\)"
}

const XOR = [
  { xs: [0, 0], ys: [0] },
  { xs: [0, 1], ys: [1] },
  { xs: [1, 0], ys: [1] },
  { xs: [1, 1], ys: [0] },
];

export async function trainXor(model) {
  const ds = tf.data.array(XOR).batch(2);
  await model.fitDataset(ds, { epochs: 100 }); // want "never shuffles \\(built at line 52\\)"
}

// XOR: four samples in one batch of four. Every epoch is the same single batch, so there is nothing to shuffle.
export async function trainXor(model) {
  const xs = tf.data.array([[0, 0], [0, 1], [1, 0], [1, 1]]);
  const ys = tf.data.array([[0], [1], [1], [0]]);
  const ds = tf.data.zip({ xs, ys }).batch(4);
  await model.fitDataset(ds, { epochs: 200 });
}
