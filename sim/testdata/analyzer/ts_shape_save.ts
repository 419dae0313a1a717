// TypeScript: a typed training script with a shape error, and a model saved to localStorage.
import * as tf from '@tensorflow/tfjs';

const model: tf.Sequential = tf.sequential();
model.add(tf.layers.dense({ inputShape: [3], units: 2 }));
model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
const xs: tf.Tensor2D = tf.zeros([10, 4]);
const ys: tf.Tensor2D = tf.zeros([10, 2]);
await model.fit(xs, ys); // want "the dry run stops here with a shape error: input expected a batch of elements where each example has shape \\[3\\]"
