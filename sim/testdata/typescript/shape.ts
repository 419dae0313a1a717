// A TypeScript script whose data does not match its model: 4 features
// against an input shape of 3. The dry run stops at the fit call.
import * as tf from '@tensorflow/tfjs';

interface Dataset { features: tf.Tensor2D; targets: tf.Tensor2D }

const model: tf.Sequential = tf.sequential();
model.add(tf.layers.dense({ inputShape: [3], units: 8, activation: 'relu' }));
model.add(tf.layers.dense({ units: 1 }));
model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });

const data: Dataset = { features: tf.randomNormal([64, 4]) as tf.Tensor2D, targets: tf.randomNormal([64, 1]) as tf.Tensor2D };
const history: tf.History = await model.fit(data.features as tf.Tensor, data.targets as tf.Tensor, { epochs: 2 });
console.log(history.history.loss);
