// TypeScript: a trainer class whose fit options come from a field initialised once.
import * as tf from '@tensorflow/tfjs';

export class Trainer {
  constructor(private model: tf.LayersModel) {}

  async train(xs: tf.Tensor, ys: tf.Tensor): Promise<tf.History> {
    return this.model.fit(xs, ys, {
      epochs: 10,
      batchSize: 1, // want "one sample per optimizer step"
      validationSplit: 0.2,
    });
  }
}
