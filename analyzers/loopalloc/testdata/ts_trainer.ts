// TypeScript: an optimizer made every epoch, and one made once.
import * as tf from '@tensorflow/tfjs';

export async function trainDecay(model: tf.LayersModel, xs: tf.Tensor2D, ys: tf.Tensor2D, epochs: number): Promise<void> {
  for (let epoch = 0; epoch < epochs; epoch++) {
    const optimizer: tf.Optimizer = tf.train.adam(0.01 / (1 + epoch)); // want "tf\\.train\\.adam is created every iteration of this loop"
    model.compile({ optimizer, loss: 'meanSquaredError' });
    await model.fit(xs, ys, { epochs: 1 });
  }
}

export async function trainOnce(model: tf.LayersModel, xs: tf.Tensor2D, ys: tf.Tensor2D, epochs: number): Promise<void> {
  const optimizer: tf.Optimizer = tf.train.adam(0.01);
  model.compile({ optimizer, loss: 'meanSquaredError' });
  for (let epoch = 0; epoch < epochs; epoch++) {
    await model.fit(xs, ys, { epochs: 1 });
  }
}
