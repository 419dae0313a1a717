import * as tf from '@tensorflow/tfjs';

// A functional regressor: the hidden chain is applied layer by layer.
const input = tf.input({ shape: [10] });
const h1 = tf.layers.dense({ units: 32, activation: 'sigmoid' }).apply(input); // want "a sigmoid on a hidden dense layer of a model with 4 weighted layers"
const h2 = tf.layers.dense({ units: 32, activation: 'sigmoid' }).apply(h1); // want "a sigmoid on a hidden dense layer"

const h3 = tf.layers.dense({ units: 16, activation: 'relu' }).apply(h2);
const output = tf.layers.dense({ units: 1 }).apply(h3);
export const model = tf.model({ inputs: input, outputs: output });
model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
