import * as tf from '@tensorflow/tfjs';

const features = ['rooms', 'area'];

function housing(url) {
  return tf.data.csv(url, {
    columnConfigs: {price: {isLabel: true}},
  });
}

export async function trainOnShuffledRows(model) {
  // Rows in no particular price order (looked up from the site root).
  const ds = tf.data
    .csv('/data/houses.csv', {columnConfigs: {price: {isLabel: true}}})
    .map(({xs, ys}) => ({xs: features.map((f) => xs[f]), ys: [ys.price]}))
    .batch(8);
  await model.fitDataset(ds, {epochs: 10}); // want "the rows of houses\\.csv are not ordered by its label column 'price'"
}

export async function trainOnSortedRows(model) {
  // Sorted by the target: each batch covers a narrow price band.
  const ds = tf.data
    .csv('data/houses_by_price.csv', {columnConfigs: {price: {isLabel: true}}})
    .map(({xs, ys}) => ({xs: features.map((f) => xs[f]), ys: [ys.price]}))
    .batch(8);
  await model.fitDataset(ds, {epochs: 10}); // want "fitDataset on a pipeline that never shuffles \\(built at line 22\\): add"
}

export async function trainRemote(model) {
  // A remote file cannot be read: the finding stays a warning.
  const ds = tf.data
    .csv('https://example.com/houses.csv', {columnConfigs: {price: {isLabel: true}}})
    .batch(8);
  await model.fitDataset(ds, {epochs: 10}); // want "fitDataset on a pipeline that never shuffles \\(built at line 31\\): add"
}

export async function trainMissingFile(model) {
  const ds = housing('data/missing.csv').batch(8);
  await model.fitDataset(ds, {epochs: 10}); // want "fitDataset on a pipeline that never shuffles \\(built at line 6\\): add"
}
