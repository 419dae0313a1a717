// A trainer class that restarts its optimizer every epoch.
import * as tf from '@tensorflow/tfjs';

export class Trainer {
  constructor(model, lr) {
    this.model = model;
    this.lr = lr;
  }

  async train(xs, ys, epochs) {
    for (let epoch = 0; epoch < epochs; epoch++) {
      this.optimizer = tf.train.rmsprop(this.lr / (1 + epoch)); // want "tf\\.train\\.rmsprop is created every iteration of this loop"
      this.model.compile({ optimizer: this.optimizer, loss: 'categoricalCrossentropy' });
      await this.model.fit(xs, ys, { epochs: 1, batchSize: 64 });
    }
  }

  async trainLazy(xs, ys, epochs) {
    for (let epoch = 0; epoch < epochs; epoch++) {
      if (!this.optimizer) {
        this.optimizer = tf.train.rmsprop(this.lr);
        this.model.compile({ optimizer: this.optimizer, loss: 'categoricalCrossentropy' });
      }
      await this.model.fit(xs, ys, { epochs: 1, batchSize: 64 });
    }
  }

  step(xs, ys) {
    if (this.w == null || this.w.isDisposed) {
      this.w = tf.variable(tf.zeros([xs.shape[1], ys.shape[1]]));
    }
    return this.w;
  }
}
