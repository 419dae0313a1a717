// The namespace under another name, and named imports: messages use the canonical tf.* names.
import * as tfjs from '@tensorflow/tfjs';
import { oneHot, tensor1d, tensor2d, tidy } from '@tensorflow/tfjs';

const NUM_CLASSES = 3;

const model = tfjs.sequential({
  layers: [
    tfjs.layers.dense({ units: 24, activation: 'relu', inputShape: [4] }),
    tfjs.layers.dense({ units: NUM_CLASSES, activation: 'softmax' }),
  ],
});
model.compile({ optimizer: tfjs.train.adam(0.003), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });

export async function trainIris(rows) {
  const features = tensor2d(rows.map((r) => r.slice(0, 4)), [rows.length, 4]); // want "`features` from tf\\.tensor2d is never disposed"
  const labels = tidy(() => oneHot(tensor1d(rows.map((r) => r[4]), 'int32'), NUM_CLASSES)); // want "`labels` from tf\\.(tidy|oneHot) is never disposed"
  await model.fit(features, labels, { epochs: 40, batchSize: 16, validationSplit: 0.1 });
}

export async function classify(measurements) {
  const input = tfjs.tensor2d([measurements]); // want "`input` from tf\\.tensor2d is never disposed"
  const probs = model.predict(input);
  const scores = await probs.data();
  probs.dispose();
  return scores.indexOf(Math.max(...scores));
}

export async function featureRanges(rows) {
  const t = tfjs.tensor2d(rows.map((r) => r.slice(0, 4)));
  const max = tfjs.max(t, 0); // want "`max` from tf\\.max is never disposed"
  const min = tfjs.min(t, 0);
  const [hi, lo] = await Promise.all([max.array(), min.array()]);
  tfjs.dispose([t, min]);
  return hi.map((h, i) => [lo[i], h]);
}
