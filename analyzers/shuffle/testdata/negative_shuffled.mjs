// Pipelines that shuffle before batching, and fits that keep tfjs's default.
import * as tf from '@tensorflow/tfjs';

export async function train(model, samples, xs, ys) {
  const ds = tf.data.array(samples).shuffle(samples.length).batch(32);
  await model.fitDataset(ds, { epochs: 5 });

  let steps = tf.data.array(samples);
  steps = steps.shuffle(1000, 'seed');
  steps = steps.map((s) => ({ xs: s.x, ys: s.y }));
  steps = steps.batch(16).prefetch(1);
  await model.fitDataset(steps, { epochs: 5 });

  // Shuffle, batch, then also shuffle the order of the batches: fine.
  const twice = tf.data.array(samples).shuffle(500).batch(8).shuffle(10);
  await model.fitDataset(twice, { epochs: 1 });

  await model.fit(xs, ys, { epochs: 10, shuffle: true });
  await model.fit(xs, ys, { epochs: 10, batchSize: 32 });
  const cfg = { epochs: 3, shuffle: true };
  await model.fit(xs, ys, cfg);
}

function pipeline(samples) {
  return tf.data.zip({ xs: tf.data.array(samples.map((s) => s.x)), ys: tf.data.array(samples.map((s) => s.y)) })
    .shuffle(samples.length)
    .batch(32);
}

export async function trainZip(model, samples) {
  await model.fitDataset(pipeline(samples), { epochs: 10 });
  // Evaluation order does not matter.
  const test = tf.data.array(samples).batch(64);
  return model.evaluateDataset(test);
}
