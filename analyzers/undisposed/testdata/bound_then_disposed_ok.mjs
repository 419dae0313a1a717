// Every intermediate bound to a name and released explicitly.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({
  layers: [
    tf.layers.dense({ units: 32, activation: 'relu', inputShape: [10] }),
    tf.layers.dense({ units: 4, activation: 'softmax' }),
  ],
});
model.compile({ optimizer: tf.train.adam(0.001), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });

export async function predictClass(features) {
  const input = tf.tensor2d([features]);
  const probs = model.predict(input);
  const best = probs.argMax(-1);
  const [index] = await best.data();
  tf.dispose([input, probs, best]);
  return index;
}

export async function confidenceHistogram(xs) {
  const probs = model.predict(xs);
  const top = probs.max(-1);
  const scaled = top.mul(10);
  const bucketed = scaled.floor();
  const buckets = await bucketed.array();
  probs.dispose();
  top.dispose();
  scaled.dispose();
  bucketed.dispose();
  const histogram = new Array(11).fill(0);
  for (const b of buckets) histogram[b]++;
  return histogram;
}

export async function trainAndReport(xs, ys) {
  await model.fit(xs, ys, { epochs: 10, batchSize: 32, validationSplit: 0.1 });
  const [loss, accuracy] = model.evaluate(xs, ys);
  console.log(`loss ${(await loss.data())[0].toFixed(3)}, accuracy ${(await accuracy.data())[0].toFixed(3)}`);
  tf.dispose([loss, accuracy]);
}
