// Concatenating a 2-D and a 3-D tensor in a functional model.
import * as tf from '@tensorflow/tfjs';
const a = tf.input({shape: [3]});
const b = tf.input({shape: [4, 2]});
const merged = tf.layers.concatenate().apply([a, b]);
const model = tf.model({inputs: [a, b], outputs: merged});
model.summary();
