// A small TypeScript training module: every finding below is checked
// against the text its range covers in this file.
import * as tf from '@tensorflow/tfjs';

export interface Batch { xs: tf.Tensor2D; ys: tf.Tensor2D }

export function buildModel(inputs: number, classes: number): tf.Sequential {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [inputs], units: 32, activation: 'relu' }));
  model.add(tf.layers.dense({ units: classes, activation: 'softmax' }));
  model.compile({ optimizer: tf.train.sgd(0.1), loss: 'categoricalCrossentropy' });
  return model;
}

export async function fit(model: tf.Sequential, { xs, ys }: Batch): Promise<number> {
  const h = await model.fit(xs, ys, { epochs: 20, shuffle: false });
  const last = tf.tensor1d(h.history.loss as number[]).max();
  return last.dataSync()[0];
}

export async function predict(model: tf.LayersModel, pixels: ImageData): Promise<number> {
  const input = tf.browser.fromPixels(pixels).toFloat().div(255).expandDims(0);
  const out = model.predict(input) as tf.Tensor;
  input.dispose();
  return (await out.argMax(-1).data())[0];
}
