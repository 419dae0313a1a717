// A small convnet trained with fit and a validation split (plain SGD).
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.conv2d({ inputShape: [16, 16, 1], filters: 8, kernelSize: 3, activation: 'relu' }));
model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
model.add(tf.layers.conv2d({ filters: 16, kernelSize: 3, strides: 1, padding: 'same', activation: 'relu' }));
model.add(tf.layers.maxPooling2d({ poolSize: [2, 2], strides: 2 }));
model.add(tf.layers.flatten());
model.add(tf.layers.dense({ units: 32, activation: 'relu' }));
model.add(tf.layers.dense({ units: 4, activation: 'softmax' }));
model.compile({ optimizer: tf.train.sgd(0.05), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });

const xs = tf.randomUniform([60, 16, 16, 1]);
const ys = tf.tidy(() => tf.oneHot(tf.randomUniform([60], 0, 4, 'int32'), 4).toFloat());

await model.fit(xs, ys, { epochs: 2, batchSize: 16, validationSplit: 0.2 });
tf.dispose([xs, ys]);
