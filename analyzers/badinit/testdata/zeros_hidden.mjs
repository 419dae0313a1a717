import * as tf from '@tensorflow/tfjs';

// Hidden layers started at zero "to be deterministic".
export function createModel() {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [4], units: 16, activation: 'relu', kernelInitializer: 'zeros' })); // want "^kernelInitializer zeros on a hidden dense layer: every unit starts with the same weights, gets the same gradient and stays a copy of the others \\(with zeros and relu none trains at all\\); use the default glorotUniform, or heNormal before relu \\(tip 7\\)$"
  model.add(tf.layers.dense({ units: 3, activation: 'softmax', kernelInitializer: 'zeros' }));
  model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy' });
  return model;
}
