// TypeScript: training started without awaiting it; the model is typed only by its annotation.
import * as tf from '@tensorflow/tfjs';

export function trainBad(model: tf.Sequential, xs: tf.Tensor2D, ys: tf.Tensor2D): void {
  model.fit(xs, ys, { epochs: 10 }); // want "fit"
  model.save('localstorage://m');
}

export async function trainGood(model: tf.Sequential, xs: tf.Tensor2D, ys: tf.Tensor2D): Promise<void> {
  await model.fit(xs, ys, { epochs: 10 });
  await model.save('localstorage://m');
}
