import * as tf from '@tensorflow/tfjs';

// Two heads, each a sigmoid output; the trunk is relu.
const input = tf.input({ shape: [12] });
const trunk = tf.layers.dense({ units: 32, activation: 'relu' }).apply(input);
const present = tf.layers.dense({ units: 1, activation: 'sigmoid' }).apply(trunk);
const box = tf.layers.dense({ units: 4, activation: 'sigmoid' }).apply(trunk);
export const detector = tf.model({ inputs: input, outputs: [present, box] });
