// Training on tensors made in the call: the fix cannot wrap the call in
// tf.tidy, which throws when its function returns a promise (fit's).
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [9] })] });
model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });

export async function train(history, result) {
  const targets = Array(history.length).fill(result);
  await model.fit(tf.tensor2d(history, [history.length, 9]), tf.tensor2d(targets, [history.length, 1])); // want "2 intermediate tensors \\(tensor2d, tensor2d\\) are never disposed: .*; bind them to variables and dispose them once the call has resolved"
}
