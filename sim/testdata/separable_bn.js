// Mobile-style block: depthwise and separable convolutions with batch
// normalization and global average pooling.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.conv2d({ inputShape: [24, 24, 3], filters: 16, kernelSize: 3, strides: 2, padding: 'same' }));
model.add(tf.layers.batchNormalization());
model.add(tf.layers.reLU());
model.add(tf.layers.depthwiseConv2d({ kernelSize: 3, padding: 'same', depthMultiplier: 2 }));
model.add(tf.layers.batchNormalization());
model.add(tf.layers.separableConv2d({ filters: 24, kernelSize: 3, activation: 'relu' }));
model.add(tf.layers.globalAveragePooling2d({}));
model.add(tf.layers.dropout({ rate: 0.25 }));
model.add(tf.layers.dense({ units: 5, activation: 'softmax' }));
model.compile({ optimizer: tf.train.adam(0.001), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });

const xs = tf.randomUniform([20, 24, 24, 3]);
const ys = tf.tidy(() => tf.oneHot(tf.tensor1d([0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3, 4], 'int32'), 5).toFloat());
await model.fit(xs, ys, { epochs: 2, batchSize: 5 });
