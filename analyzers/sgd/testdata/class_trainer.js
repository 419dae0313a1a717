// A small trainer class wrapping model creation, compilation and fitting.
import * as tf from '@tensorflow/tfjs';

export class Trainer {
  constructor({ inputShape, numClasses, learningRate = 0.01, epochs = 20 }) {
    this.inputShape = inputShape;
    this.numClasses = numClasses;
    this.learningRate = learningRate;
    this.epochs = epochs;
    this.model = null;
  }

  build() {
    this.model = tf.sequential({
      layers: [
        tf.layers.flatten({ inputShape: this.inputShape }),
        tf.layers.dense({ units: 64, activation: 'relu' }),
        tf.layers.dense({ units: this.numClasses, activation: 'softmax' }),
      ],
    });
    this.optimizer = tf.train.sgd(this.learningRate); // want "tf\\.train\\.sgd is plain SGD"
    this.model.compile({ optimizer: this.optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
    return this;
  }

  async train(xs, ys, onProgress = () => {}) {
    if (!this.model) this.build();
    return this.model.fit(xs, ys, {
      epochs: this.epochs,
      batchSize: 32,
      validationSplit: 0.15,
      callbacks: { onEpochEnd: (epoch, logs) => onProgress(epoch, logs) },
    });
  }

  static defaultOptimizer() {
    // Handed to callers outside this file: what it trains is unknown here, so it is not reported.
    return new tf.SGDOptimizer(0.01);
  }
}
