import * as tf from '@tensorflow/tfjs';

// Recurrent layers keep their sigmoid gates and tanh cells.
export function forecaster(steps: number): tf.Sequential {
  const model = tf.sequential();
  model.add(tf.layers.lstm({ inputShape: [steps, 1], units: 32, recurrentActivation: 'sigmoid', returnSequences: true }));
  model.add(tf.layers.gru({ units: 16, activation: 'tanh', recurrentActivation: 'hardSigmoid' }));
  model.add(tf.layers.dense({ units: 1 }));
  return model;
}
