// Saliency maps with tf.grad: the gradient tensor belongs to the caller.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({
  layers: [
    tf.layers.dense({ units: 32, activation: 'relu', inputShape: [10] }),
    tf.layers.dense({ units: 3, activation: 'softmax' }),
  ],
});

// |d score / d input| for each feature of one example.
export async function saliency(example, classIndex) {
  const input = tf.tensor2d([example]);
  const gradient = tf.grad((x) => model.apply(x).gather([classIndex], 1).sum())(input); // want "`gradient` from tf\\.grad is never disposed"
  const magnitude = gradient.abs(); // want "`magnitude` from gradient\\.abs is never disposed"
  input.dispose();
  return Array.from(await magnitude.data());
}

// Saliency for every class in turn, one gradient per class: three
// iterations, so the leak grows with the calls, not the loop.
export async function saliencyAllClasses(example) {
  const input = tf.tensor2d([example]);
  const maps = [];
  for (let k = 0; k < 3; k++) {
    const [g] = tf.grads((x) => model.apply(x).gather([k], 1).sum())([input]); // want "`g` from tf\\.grads is never disposed.*leaks one tensor each time this function runs"
    maps.push(Array.from(await g.data()));
  }
  input.dispose();
  return maps;
}
