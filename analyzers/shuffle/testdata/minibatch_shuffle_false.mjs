// shuffle: false where the data does not fit one batch: every epoch replays the same batches in the same order.
import * as tf from '@tensorflow/tfjs';

export async function sixSamplesInPairs(model) {
  const xs = tf.tensor2d([[0], [1], [2], [3], [4], [5]]);
  const ys = tf.tensor2d([[0], [2], [4], [6], [8], [10]]);
  await model.fit(xs, ys, { epochs: 50, batchSize: 2, shuffle: false }); // want "shuffle: false"
}

export async function randomData(model) {
  const xs = tf.randomNormal([1000, 10]);
  const ys = xs.sum(1, true);
  await model.fit(xs, ys, { epochs: 5, shuffle: false }); // want "shuffle: false"
}

// Images decoded from a fetched file: how many is not known here, nor is the batch size the user picks.
export async function images(model, url, batchInput) {
  const bytes = new Float32Array(await (await fetch(url)).arrayBuffer());
  const xs = tf.tensor4d(bytes, [bytes.length / 3072, 32, 32, 3]).div(255);
  const labels = await (await fetch(url + '.labels')).json();
  const ys = tf.oneHot(tf.tensor1d(labels, 'int32'), 10);
  await model.fit(xs, ys, { // the finding is on the property below
    batchSize: Number.parseInt(batchInput.value),
    epochs: 10,
    shuffle: false, // want "shuffle: false"
  });
}

// Forty known samples and a constant batch of 8: five batches, replayed in the same order every epoch.
export async function fortyInBatchesOfEight(model) {
  const xs = tf.tensor2d(Array.from({ length: 40 }, (_, i) => [i / 40]), [40, 1]);
  await model.fit(xs, xs.square(), { epochs: 20, batchSize: 8, shuffle: false }); // want "shuffle: false"
}
