// TypeScript: learning rates passed to typed optimizers.
import * as tf from '@tensorflow/tfjs';

const rate: number = 0.5;

export function compile(model: tf.LayersModel): void {
  const optimizer: tf.Optimizer = tf.train.adam(rate); // want "learning rate 0\\.5 \\(rate\\) for tf\\.train\\.adam is above"
  model.compile({ optimizer, loss: 'categoricalCrossentropy' });
}

export function compileSane(model: tf.LayersModel): void {
  model.compile({ optimizer: tf.train.adam(0.001), loss: 'categoricalCrossentropy' });
}
