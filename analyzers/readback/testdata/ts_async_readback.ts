// Async training helpers in TypeScript that read losses synchronously.
import * as tf from '@tensorflow/tfjs';

export async function train(model: tf.LayersModel, xs: tf.Tensor, ys: tf.Tensor, steps: number): Promise<number[]> {
  const optimizer = tf.train.adam(0.01);
  const losses: number[] = [];
  for (let step = 0; step < steps; step++) {
    const cost = optimizer.minimize(() => tf.losses.softmaxCrossEntropy(ys, model.predict(xs) as tf.Tensor), true)!;
    losses.push(cost.dataSync()[0]); // want "dataSync\\(\\) blocks the UI thread until the GPU finishes, once per training step; .* use \\(await cost\\.data\\(\\)\\)"
    cost.dispose();
    await tf.nextFrame();
  }
  return losses;
}
