import * as tf from '@tensorflow/tfjs';

export class Forecaster {
  constructor() {
    this.model = tf.sequential();
    this.model.add(tf.layers.lstm({ units: 16, inputShape: [10, 1] }));
    this.model.add(tf.layers.dense({ units: 1 }));
    this.model.compile({ optimizer: tf.train.rmsprop(0.001), loss: 'meanSquaredError' });
  }

  async train(xs, ys, onProgress) {
    return this.model.fit(xs, ys, {
      batchSize: 64,
      epochs: 150, // want "fit runs 150 epochs"
      shuffle: true,
      validationSplit: 0.15,
      callbacks: {
        onEpochEnd: (epoch, logs) => onProgress((epoch + 1) / 150, logs.loss),
      },
    });
  }
}
