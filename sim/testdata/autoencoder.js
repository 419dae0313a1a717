// Convolutional autoencoder: pooling down, conv2dTranspose and upsampling
// back up, with zero padding and cropping.
import * as tf from '@tensorflow/tfjs';

const input = tf.input({ shape: [28, 28, 1] });
let x = tf.layers.conv2d({ filters: 8, kernelSize: 3, padding: 'same', activation: 'relu' }).apply(input);
x = tf.layers.maxPooling2d({ poolSize: 2 }).apply(x);
x = tf.layers.zeroPadding2d({ padding: 1 }).apply(x);
x = tf.layers.conv2d({ filters: 4, kernelSize: 3, activation: 'relu' }).apply(x);
x = tf.layers.conv2dTranspose({ filters: 8, kernelSize: 3, strides: 2, padding: 'same', activation: 'relu' }).apply(x);
x = tf.layers.upSampling2d({ size: [2, 2] }).apply(x);
x = tf.layers.cropping2D({ cropping: [[14, 14], [14, 14]] }).apply(x);
const out = tf.layers.conv2d({ filters: 1, kernelSize: 3, padding: 'same', activation: 'sigmoid' }).apply(x);
const model = tf.model({ inputs: input, outputs: out, name: 'autoencoder' });
model.compile({ optimizer: 'rmsprop', loss: 'meanSquaredError' });

const images = tf.randomUniform([12, 28, 28, 1]);
await model.fit(images, images, { epochs: 2, batchSize: 6, shuffle: false });
