import * as tf from '@tensorflow/tfjs';

// Two sigmoid hidden layers, as in the Boston housing comparison: on tfjs
// 4.22 this depth trains nearly as well as relu, so it is not reported.
export function multiLayerPerceptron(features) {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [features], units: 50, activation: 'sigmoid', kernelInitializer: 'leCunNormal' }));
  model.add(tf.layers.dense({ units: 50, activation: 'sigmoid', kernelInitializer: 'leCunNormal' }));
  model.add(tf.layers.dense({ units: 1 }));
  return model;
}
