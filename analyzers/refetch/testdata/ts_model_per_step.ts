// A training loop reloads a pretrained base model on every step.
import * as tf from '@tensorflow/tfjs';

const BASE = 'https://storage.example.com/mobilenet/model.json';

export async function fineTune(batches: Array<{xs: tf.Tensor; ys: tf.Tensor}>, head: tf.LayersModel): Promise<void> {
  for (const batch of batches) {
    const base = await tf.loadLayersModel(BASE); // want "tf\\.loadLayersModel\\(BASE\\) loads the model from the same URL on every pass of the training loop"
    const features = base.predict(batch.xs) as tf.Tensor;
    await head.trainOnBatch(features, batch.ys);
    features.dispose();
  }
}
