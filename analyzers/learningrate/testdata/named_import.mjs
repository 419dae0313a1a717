// Named imports and aliases of the tfjs namespace.
import * as tf from '@tensorflow/tfjs';
import { train, sequential, layers } from '@tensorflow/tfjs';
import { train as optimizers } from '@tensorflow/tfjs';

const t = tf;
const { adagrad } = tf.train;

export function build(inputDim) {
  const model = sequential({ layers: [layers.dense({ inputShape: [inputDim], units: 1 })] });
  model.compile({ optimizer: train.adagrad(0.5), loss: 'meanSquaredError' }); // want "learning rate 0\\.5 for tf\\.train\\.adagrad is above"
  return model;
}

export function alternatives() {
  return [
    optimizers.adam(0.15), // want "learning rate 0\\.15 for tf\\.train\\.adam is above"
    t.train.rmsprop(0.9), // want "learning rate 0\\.9 for tf\\.train\\.rmsprop is above"
    adagrad(5e-7), // want "learning rate 5e-07 for tf\\.train\\.adagrad is below"
    optimizers.adam(0.001),
    adagrad(0.01),
    adagrad(0.1), // the top of the adaptive optimizers' range, inclusive
  ];
}

export async function fit(model, xs, ys) {
  await model.fit(xs, ys, { epochs: 20, batchSize: 32 });
  return model;
}
