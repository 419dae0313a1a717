// A trainer that decays the learning rate between epochs; rates come from fields and parameters.
import * as tf from '@tensorflow/tfjs';

export class DecayingTrainer {
  constructor(model, { initialRate = 0.001, decay = 0.95 } = {}) {
    this.model = model;
    this.initialRate = initialRate;
    this.decay = decay;
    this.optimizer = tf.train.adam(this.initialRate);
    this.model.compile({ optimizer: this.optimizer, loss: 'categoricalCrossentropy' });
  }

  rateForEpoch(epoch) {
    return this.initialRate * this.decay ** epoch;
  }

  async train(xs, ys, epochs) {
    return this.model.fit(xs, ys, {
      epochs,
      batchSize: 32,
      callbacks: {
        onEpochBegin: async (epoch) => {
          this.optimizer.learningRate = this.rateForEpoch(epoch);
        },
      },
    });
  }

  // Switches optimizer for the last few epochs; the rate is carried over.
  switchToMomentum(epoch) {
    this.optimizer = tf.train.momentum(this.rateForEpoch(epoch), 0.9);
    this.model.compile({ optimizer: this.optimizer, loss: 'categoricalCrossentropy' });
  }
}
