// Pipelines whose source this file cannot see, or that sample at random.
import * as tf from '@tensorflow/tfjs';
import { loadDataset } from './data.js';

function* randomSamples(n) {
  for (let i = 0; i < n; i++) {
    const x = Math.random();
    yield { xs: [x], ys: [3 * x + 1] };
  }
}

export async function fromGenerator(model) {
  const ds = tf.data.generator(() => randomSamples(1000)).batch(32);
  await model.fitDataset(ds, { epochs: 5 });
}

export async function fromModule(model) {
  const ds = (await loadDataset()).batch(32);
  await model.fitDataset(ds, { epochs: 5 });
}

export async function fromCaller(model, ds) {
  await model.fitDataset(ds.batch(32), { epochs: 5 });
}

export async function fromFunc(model, iterator) {
  const ds = tf.data.func(() => iterator.next()).batch(16);
  await model.fitDataset(ds, { epochs: 5 });
}

export async function conditional(model, samples, opts) {
  let ds = tf.data.array(samples);
  if (opts.shuffle) ds = ds.shuffle(opts.buffer);
  ds = ds.batch(opts.batchSize);
  await model.fitDataset(ds, { epochs: opts.epochs, shuffle: opts.shuffle });
}
