// TypeScript: a fixed wait for training started on a model only its annotation types.
import * as tf from '@tensorflow/tfjs';

export function trainAndReport(model: tf.LayersModel, xs: tf.Tensor2D, ys: tf.Tensor2D, report: () => void): void {
  model.fit(xs, ys, { epochs: 20 });
  setTimeout(() => model.save('localstorage://model').then(report), 5000); // want "setTimeout waits a fixed 5000 ms for training to finish"
}

export async function trainThenReport(model: tf.LayersModel, xs: tf.Tensor2D, ys: tf.Tensor2D, report: () => void): Promise<void> {
  await model.fit(xs, ys, { epochs: 20 });
  setTimeout(() => model.save('localstorage://model').then(report), 500); // training is over: a UI delay
}
