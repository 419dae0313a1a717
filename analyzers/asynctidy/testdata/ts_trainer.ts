// TypeScript: tidy around async work; the model is a parameter only its annotation types.
import * as tf from '@tensorflow/tfjs';

export function scores(model: tf.LayersModel, xs: tf.Tensor4D): tf.Tensor {
  return tf.tidy(() => model.predict(xs) as tf.Tensor);
}

export function readScores(model: tf.LayersModel, xs: tf.Tensor4D): Promise<number[]> {
  return tf.tidy(async () => { // want "async"
    const p = model.predict(xs) as tf.Tensor;
    return Array.from(await p.data());
  });
}
