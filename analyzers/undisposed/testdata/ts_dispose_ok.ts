// TypeScript that frees everything: tidy, explicit dispose, try/finally.
import * as tf from '@tensorflow/tfjs';

export async function accuracy(model: tf.LayersModel, xs: tf.Tensor, labels: tf.Tensor1D): Promise<number> {
  const correct = tf.tidy((): tf.Scalar => {
    const preds = (model.predict(xs) as tf.Tensor).argMax(-1);
    return preds.equal(labels).mean();
  });
  try {
    return (await correct.data())[0];
  } finally {
    correct.dispose();
  }
}

export function normalize(pixels: ImageData): tf.Tensor3D {
  return tf.tidy(() => tf.browser.fromPixels(pixels).toFloat().div(255) as tf.Tensor3D);
}

export async function embed(model: tf.GraphModel, ids: number[]): Promise<number[]> {
  const input = tf.tensor2d([ids], [1, ids.length], 'int32');
  const out = model.predict(input) as tf.Tensor;
  const values = Array.from(await out.data());
  tf.dispose([input, out]);
  return values;
}
