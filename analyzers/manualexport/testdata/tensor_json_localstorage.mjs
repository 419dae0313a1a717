// The tensors themselves go into JSON.stringify: no values are stored.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({
  layers: [tf.layers.dense({inputShape: [3], units: 8, activation: 'relu'}), tf.layers.dense({units: 1})],
});
model.compile({optimizer: 'adam', loss: 'meanSquaredError'});

export async function trainAndKeep(xs, ys) {
  await model.fit(xs, ys, {epochs: 20});
  localStorage.setItem('weights', JSON.stringify(model.getWeights())); // want "JSON\\.stringify of model\\.getWeights\\(\\) writes each weight tensor's bookkeeping"
}
