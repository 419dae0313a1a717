import * as tf from '@tensorflow/tfjs';
import {loadData} from './load_data.mjs';

const model = tf.sequential({layers: [tf.layers.dense({inputShape: [3], units: 1})]});
model.compile({optimizer: 'adam', loss: 'meanSquaredError'});
const data = await loadData();
await model.fit(tf.tensor2d(data.x), tf.tensor2d(data.y), {epochs: 3}); // want "the dry run stopped early \\(at load_data.mjs:3\\): fetch\\(https://example.com/houses.json\\): network access is not simulated; it ran 0 optimizer steps"
