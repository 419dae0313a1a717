// Binary classifier for the sonar dataset. The namespace is called `tfjs` here.
import * as tfjs from '@tensorflow/tfjs';

const NUM_FEATURES = 60;

function createModel() {
  return tfjs.sequential({
    layers: [
      tfjs.layers.dense({ inputShape: [NUM_FEATURES], units: 24, activation: 'relu' }),
      tfjs.layers.dropout({ rate: 0.2 }),
      tfjs.layers.dense({ units: 1, activation: 'sigmoid' }),
    ],
  });
}

export async function trainSonar(rows, labels) {
  const xs = tfjs.tensor2d(rows, [rows.length, NUM_FEATURES]);
  const ys = tfjs.tensor2d(labels, [labels.length, 1]);
  const model = createModel();
  const optimizer = tfjs.train.sgd(0.05); // want "tf\\.train\\.sgd is plain SGD"
  model.compile({ optimizer, loss: 'binaryCrossentropy', metrics: ['accuracy'] });
  await model.fit(xs, ys, { epochs: 40, batchSize: 16, shuffle: true });
  tfjs.dispose([xs, ys]);
  return model;
}
