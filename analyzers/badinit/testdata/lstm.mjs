import * as tf from '@tensorflow/tfjs';

// A recurrent layer whose kernel starts at zero.
export const model = tf.sequential({
  layers: [
    tf.layers.lstm({ inputShape: [20, 3], units: 32, kernelInitializer: 'zeros' }), // want "kernelInitializer zeros on a hidden lstm layer"
    tf.layers.dense({ units: 1 }),
  ],
});
