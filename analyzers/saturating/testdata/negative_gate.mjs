import * as tf from '@tensorflow/tfjs';

// A squeeze-and-excitation block: the sigmoid is a gate multiplied into the
// features, by design.
const input = tf.input({ shape: [32, 32, 16] });
const features = tf.layers.conv2d({ filters: 16, kernelSize: 3, padding: 'same', activation: 'relu' }).apply(input);
const squeezed = tf.layers.globalAveragePooling2d({}).apply(features);
const reduced = tf.layers.dense({ units: 4, activation: 'relu' }).apply(squeezed);
const weights = tf.layers.dense({ units: 16, activation: 'sigmoid' }).apply(reduced);
const scaled = tf.layers.multiply().apply([features, tf.layers.reshape({ targetShape: [1, 1, 16] }).apply(weights)]);
const pooled = tf.layers.flatten().apply(scaled);
const out = tf.layers.dense({ units: 10, activation: 'softmax' }).apply(pooled);
export const model = tf.model({ inputs: input, outputs: out });
