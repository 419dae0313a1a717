// A hand-rolled training loop over mini-batches with named imports.
import { sequential, layers, tensor2d, tidy, dispose } from '@tensorflow/tfjs';

const model = sequential({
  layers: [
    layers.dense({ units: 32, activation: 'relu', inputShape: [10] }),
    layers.dense({ units: 1 }),
  ],
});
model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });

function batchAt(rows, i, size) {
  const slice = rows.slice(i, i + size);
  return {
    xs: tensor2d(slice.map((r) => r.features)),
    ys: tensor2d(slice.map((r) => [r.target])),
  };
}

export async function trainEpoch(rows, batchSize = 32) {
  for (let i = 0; i < rows.length; i += batchSize) {
    const { xs, ys } = batchAt(rows, i, batchSize);
    model.trainOnBatch(xs, ys); // want "model\\.trainOnBatch\\(…\\) returns a Promise that is never awaited"
    dispose([xs, ys]);
  }
}

export async function evaluate(rows) {
  const xs = tensor2d(rows.map((r) => r.features));
  const preds = tidy(() => model.predict(xs).squeeze());
  const values = preds.array(); // want "preds\\.array\\(\\) returns a Promise that is never awaited; its values are lost"
  dispose([xs, preds]);
  return values.length;
}

export function fitAll(xs, ys) {
  const { history } = model.fit(xs, ys, { epochs: 3 }); // want "model\\.fit\\(…\\) returns a Promise that is never awaited"
  return history;
}
