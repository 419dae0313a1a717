// A custom training loop with minimize, and a top-level module loop over fit.
import { variable, scalar, randomNormal, train, losses, tidy, sequential, layers } from '@tensorflow/tfjs';

const w = variable(randomNormal([3, 1]));
const optimizer = train.adam(0.01);
const PAUSE = 1000;

export async function fitLinear(xs, ys, steps) {
  for (let i = 0; i < steps; i++) {
    optimizer.minimize(() => tidy(() => losses.meanSquaredError(ys, xs.matMul(w))));
    await new Promise((r) => setTimeout(r, PAUSE)); // want "setTimeout waits a fixed 1000 ms between training steps: optimizer\\.minimize\\(…\\) is synchronous"
  }
  return scalar(0);
}

const model = sequential({ layers: [layers.dense({ units: 1, inputShape: [3] })] });
model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
const xs = randomNormal([64, 3]);
const ys = randomNormal([64, 1]);

for (let round = 0; round < 3; round++) {
  await model.fit(xs, ys, { epochs: 5 });
  await new Promise((r) => setTimeout(r, 2000)); // want "setTimeout waits a fixed 2000 ms next to training that is already awaited: model\\.fit\\(…\\) has finished when its promise resolves"
}
