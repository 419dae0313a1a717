// Predict on a model whose training the file does not show, and data
// scaled by a helper from another module.
import * as tf from '@tensorflow/tfjs';
import {preprocess} from './preprocess';

const model = tf.sequential({
  layers: [tf.layers.flatten({inputShape: [28, 28, 1]}), tf.layers.dense({units: 10, activation: 'softmax'})],
});

export async function restore(): Promise<void> {
  await model.loadWeights?.('indexeddb://digits');
}

export function classify(canvas: HTMLCanvasElement): tf.Tensor {
  return model.predict(tf.browser.fromPixels(canvas, 1).expandDims(0)) as tf.Tensor;
}

export async function train(canvas: HTMLCanvasElement, ys: tf.Tensor): Promise<void> {
  await model.fit(preprocess(tf.browser.fromPixels(canvas, 1)), ys);
}
