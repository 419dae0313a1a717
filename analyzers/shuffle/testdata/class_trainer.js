// A trainer class: the model and the dataset live on `this`.
import * as tf from '@tensorflow/tfjs';

export class Trainer {
  constructor(samples) {
    this.model = tf.sequential({
      layers: [tf.layers.dense({ inputShape: [2], units: 16, activation: 'relu' }), tf.layers.dense({ units: 1 })],
    });
    this.model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
    this.dataset = null;
    this.samples = samples;
  }

  build() {
    this.dataset = tf.data.array(this.samples).map(({ x, y }) => ({ xs: x, ys: y })).batch(8);
  }

  async trainArrays(xs, ys) {
    return this.model.fit(xs, ys, {
      epochs: 20,
      // deterministic order for the unit test
      shuffle: false, // want "shuffle: false"
      callbacks: { onEpochEnd: (epoch, logs) => console.log(epoch, logs.loss) },
    });
  }

  async trainDataset() {
    if (!this.dataset) this.build();
    return this.model.fitDataset(this.dataset, { epochs: 20 }); // want "fitDataset on a pipeline that never shuffles \\(built at line 15\\): add \\.shuffle\\(…\\) before \\.batch\\(…\\) \\(tip 8\\)"
  }
}
