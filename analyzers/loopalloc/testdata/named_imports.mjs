// Online learning with named imports and a while loop.
import { variable, train, randomNormal, tidy, losses, sequential, layers as L } from '@tensorflow/tfjs';

export async function online(stream, model) {
  while (!stream.done) {
    const { xs, ys } = await stream.next();
    const bias = variable(randomNormal([1])); // want "tf\\.variable is created every iteration of this loop"
    await model.trainOnBatch(xs, ys.add(bias));
    tidy(() => losses.meanSquaredError(ys, model.predict(xs)).print());
  }
}

export function architecture(sizes) {
  const model = sequential();
  for (const units of sizes) {
    model.add(L.dense({ units, activation: 'relu' })); // building layers from a config: fine
  }
  model.add(L.dense({ units: 1 }));
  model.compile({ optimizer: train.adam(), loss: 'meanSquaredError' });
  return model;
}
