import * as tf from '@tensorflow/tfjs';

// A functional model with a zero-initialized hidden layer.
const ZERO = 'zeros';
const input = tf.input({ shape: [6] });
const hidden = tf.layers.dense({ units: 12, activation: 'relu', kernelInitializer: ZERO }).apply(input); // want "kernelInitializer zeros on a hidden dense layer"
const output = tf.layers.dense({ units: 1 }).apply(hidden);
export const model = tf.model({ inputs: input, outputs: output });
