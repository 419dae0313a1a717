// A class whose model field is built with tf.sequential, serialized with
// its weight variables.
import * as tf from '@tensorflow/tfjs';

export class Scorer {
  private model: tf.Sequential;

  constructor() {
    this.model = tf.sequential({layers: [tf.layers.dense({inputShape: [6], units: 1, activation: 'sigmoid'})]});
  }

  snapshot(): string {
    return JSON.stringify({version: 2, weights: this.model.weights}); // want "JSON\\.stringify of this\\.model\\.weights writes each weight tensor's bookkeeping"
  }
}
