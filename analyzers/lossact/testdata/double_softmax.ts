// TypeScript: tf.losses.softmaxCrossEntropy takes logits; a softmax output is squashed twice (trains, badly: info).
import * as tf from '@tensorflow/tfjs';

export class Policy {
  model: tf.Sequential;
  constructor(actions: number) {
    this.model = tf.sequential();
    this.model.add(tf.layers.dense({ inputShape: [9], units: 24, activation: 'relu' }));
    this.model.add(tf.layers.dense({ units: actions, activation: 'softmax' }));
    this.model.compile({ optimizer: tf.train.adam(1e-3), loss: tf.losses.softmaxCrossEntropy }); // want "^loss tf\\.losses\\.softmaxCrossEntropy applies its own softmax to logits, but the model's output is a softmax \\(dense layer on line 9\\)"
  }
}
