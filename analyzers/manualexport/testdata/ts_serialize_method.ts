// A policy class that turns its network into a string and back.
import * as tf from '@tensorflow/tfjs';

export class Policy {
  private model: tf.LayersModel;

  constructor(serialized?: string) {
    this.model = tf.sequential({
      layers: [tf.layers.dense({inputShape: [8], units: 32, activation: 'relu'}), tf.layers.dense({units: 4})],
    });
    if (serialized) {
      const parsed = JSON.parse(serialized) as {values: number[]; shape: number[]}[];
      this.model.setWeights(parsed.map(w => tf.tensor(w.values, w.shape)));
    }
  }

  serialize(): string {
    const weights = this.model.getWeights().map(w => ({values: Array.from(w.dataSync()), shape: w.shape}));
    return JSON.stringify(weights); // want "returning JSON\\.stringify writes out weight values read by hand \\(line 18\\)"
  }
}
