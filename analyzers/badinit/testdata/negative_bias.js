import * as tf from '@tensorflow/tfjs';

// Constant biases and recurrent initializers are fine; only kernels count.
const input = tf.input({ shape: [10, 4] });
const seq = tf.layers.gru({ units: 8, recurrentInitializer: 'zeros', biasInitializer: 'ones' }).apply(input);
const out = tf.layers.dense({ units: 2, activation: 'softmax', biasInitializer: tf.initializers.constant({ value: 0.5 }) }).apply(seq);
export const model = tf.model({ inputs: input, outputs: out });
