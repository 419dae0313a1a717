import * as tf from '@tensorflow/tfjs';

// Linear regression: one weighted layer, convex, zeros are fine.
export const model = tf.sequential();
model.add(tf.layers.dense({ inputShape: [1], units: 1, kernelInitializer: 'zeros', biasInitializer: 'zeros' }));
model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
