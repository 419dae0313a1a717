// Embedding, flatten, dense with sparse categorical cross-entropy and
// an RMSProp (momentum) optimizer.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.embedding({ inputDim: 50, outputDim: 8, inputLength: 6 }));
model.add(tf.layers.flatten());
model.add(tf.layers.dense({ units: 5, activation: 'softmax' }));
model.compile({ optimizer: tf.train.rmsprop(0.01, 0.9, 0.5), loss: 'sparseCategoricalCrossentropy', metrics: ['accuracy'] });

const xs = tf.randomUniform([32, 6], 0, 50, 'int32');
const ys = tf.randomUniform([32, 1], 0, 5, 'int32').toFloat();
await model.fit(xs, ys, { epochs: 2, batchSize: 8 });
