import * as tf from '@tensorflow/tfjs';

// A 2-8-1 net (33 weights, 132 bytes) fits localStorage many times over.
const model = tf.sequential();
model.add(tf.layers.dense({ inputShape: [2], units: 8, activation: 'relu' }));
model.add(tf.layers.dense({ units: 1 }));
model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
await model.fit(tf.zeros([4, 2]), tf.zeros([4, 1]), { epochs: 1 });
await model.save('localstorage://xor');
