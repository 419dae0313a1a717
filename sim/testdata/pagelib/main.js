import * as vis from './vis.js'; // eslint-disable-line no-unused-vars
import './vis.js';

const model = tf.sequential();
model.add(tf.layers.dense({ units: 1, inputShape: [2] }));
model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
const xs = tf.ones([4, 2]);
await model.fit(xs, tf.zeros([4, 1]), { epochs: 2, batchSize: 4 });
