import * as tf from '@tensorflow/tfjs';

const res = await fetch('https://example.com/data.json'); // want "the dry run stopped early: fetch\\(https://example.com/data.json\\): network access is not simulated"
const model = tf.sequential();
model.add(tf.layers.dense({ inputShape: [3], units: 2 }));
model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
await model.fit(tf.zeros([4, 3]), tf.zeros([4, 2]));
