// An ES module whose model builder lost a closing parenthesis.
import * as tf from '@tensorflow/tfjs';

export function buildModel(inputShape) {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape, units: 32, activation: 'relu' }); // want "^Unexpected token ;$"
  model.add(tf.layers.dense({ units: 1 }));
  return model;
}
