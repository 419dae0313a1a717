// Sequence regression with a bidirectional GRU over a SimpleRNN
// (Adadelta).
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.simpleRNN({ inputShape: [10, 4], units: 8, returnSequences: true }));
model.add(tf.layers.bidirectional({ layer: tf.layers.gru({ units: 6 }) }));
model.add(tf.layers.dense({ units: 1 }));
model.compile({ optimizer: tf.train.adadelta(1.0), loss: 'meanSquaredError' });

const xs = tf.randomNormal([24, 10, 4]);
const ys = tf.randomNormal([24, 1]);
await model.fit(xs, ys, { epochs: 2, batchSize: 8 });
