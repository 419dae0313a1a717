// ES module: a dataset loaded at run time, trained one sample per step.
import * as tf from '@tensorflow/tfjs';

export async function train(model, samples) {
  const xs = tf.tensor2d(samples.map((s) => s.features));
  const ys = tf.tensor2d(samples.map((s) => s.label));
  await model.fit(xs, ys, { epochs: 20, batchSize: 1, shuffle: true }); // want "^batchSize: 1 trains one sample per optimizer step \\(one step per sample\\): every step pays the backend's full per-step overhead for one row and the gradient is as noisy as it gets; use a batch of 16–64 \\(tip 15\\)$"
  tf.dispose([xs, ys]);
}
