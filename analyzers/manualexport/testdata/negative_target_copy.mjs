// DQN target sync: weights copied between models, and shown on the page.
import * as tf from '@tensorflow/tfjs';

export function syncTarget(online, target) {
  target.setWeights(online.getWeights());
}

export function showFirstKernel(online, el) {
  const values = online.getWeights()[0].dataSync();
  el.textContent = Array.from(values.slice(0, 8)).map(v => v.toFixed(3)).join(' ');
  console.log(JSON.stringify(Array.from(values.slice(0, 4))));
  return tf.memory().numTensors;
}
