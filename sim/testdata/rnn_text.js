// Text classifier: embedding, conv1d, max pooling, LSTM (Adamax by name).
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.embedding({ inputDim: 100, outputDim: 16, inputLength: 20 }));
model.add(tf.layers.conv1d({ filters: 8, kernelSize: 3, activation: 'relu' }));
model.add(tf.layers.maxPooling1d({ poolSize: 2 }));
model.add(tf.layers.lstm({ units: 12 }));
model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
model.compile({ optimizer: 'adamax', loss: 'binaryCrossentropy', metrics: ['accuracy'] });

const xs = tf.randomUniform([40, 20], 0, 100, 'int32');
const ys = tf.randomUniform([40, 1]);
await model.fit(xs, ys, { epochs: 2, batchSize: 10 });
