// TypeScript compiled with Adam and RMSProp: nothing to report.
import * as tf from '@tensorflow/tfjs';

export function build(inputShape: number[], units: number, lr = 0.001): tf.LayersModel {
  const input = tf.input({ shape: inputShape });
  const hidden = tf.layers.dense({ units, activation: 'relu' }).apply(input) as tf.SymbolicTensor;
  const output = tf.layers.dense({ units: 1 }).apply(hidden) as tf.SymbolicTensor;
  const model = tf.model({ inputs: input, outputs: output });
  const optimizer: tf.Optimizer = units > 32 ? tf.train.adam(lr) : tf.train.rmsprop(lr);
  model.compile({ optimizer, loss: 'meanSquaredError' });
  return model;
}
