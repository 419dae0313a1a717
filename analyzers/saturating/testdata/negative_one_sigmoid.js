import * as tf from '@tensorflow/tfjs';

// A critic whose last hidden layer is the only sigmoid: the layers before
// it lose one factor of 1/4 at most.
const state = tf.input({ shape: [6] });
const action = tf.input({ shape: [2] });
const h1 = tf.layers.dense({ units: 8, activation: 'relu' }).apply(state);
const joined = tf.layers.concatenate().apply([h1, action]);
const h2 = tf.layers.dense({ units: 15, activation: 'relu' }).apply(joined);
const h3 = tf.layers.dense({ units: 12, activation: 'relu' }).apply(h2);
const h4 = tf.layers.dense({ units: 10, activation: 'sigmoid' }).apply(h3);
const value = tf.layers.dense({ units: 1 }).apply(h4);
export const critic = tf.model({ inputs: [state, action], outputs: value });
