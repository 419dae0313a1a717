// Trainer class whose methods receive tensors from the caller.
import * as tf from '@tensorflow/tfjs';

export class Trainer {
  constructor(model) {
    this.model = model;
  }

  async fitBatch(xs, ys) {
    const h = await this.model.trainOnBatch(xs, ys);
    xs.dispose();
    ys.dispose();
    // Parameters: the resolver does not type them, but sum() is a Tensor method.
    const seen = xs.sum(); // want "`xs` is used after xs\\.dispose\\(\\) on line 11: .* xs\\.sum\\(\\) throws"
    return { loss: h, seen };
  }

  normalize(batch) {
    const { mean, variance } = tf.moments(batch, 0);
    tf.dispose({ mean, variance });
    return batch.sub(mean); // want "`mean` is used after tf\\.dispose\\(\\{ mean, variance \\}\\) on line 20: .* batch\\.sub\\(…\\) reads its data"
  }

  release(xs) {
    xs.dispose();
    // Reading metadata after dispose is fine.
    return { shape: xs.shape, dtype: xs.dtype, gone: xs.isDisposed };
  }
}
