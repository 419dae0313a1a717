import * as tf from '@tensorflow/tfjs';

// Callers and source are both out of sight (a worker's ImageData, an
// uploaded photo): reported as info.
export async function classify(model: tf.LayersModel, input: ImageData): Promise<Float32Array> {
  const batch = tf.tidy(() => tf.browser.fromPixels(input).resizeBilinear([224, 224]).expandDims(0)); // want "\\.resizeBilinear\\(\\) resizes the full-size input from tf\\.browser\\.fromPixels"
  const out = model.predict(batch) as tf.Tensor;
  const data = (await out.data()) as Float32Array;
  tf.dispose([batch, out]);
  return data;
}
