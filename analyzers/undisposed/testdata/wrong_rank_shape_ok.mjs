// tf.tensor3d with a four-number shape throws before it allocates: the
// call cannot leak (its real bug is the shape, which tfjs reports).
import * as tf from '@tensorflow/tfjs';

const model = await tf.loadLayersModel('model/model.json');

export async function classify(pixels) {
  const scores = await model.predict(tf.tensor3d(pixels, [1, 480, 640, 3])).data();
  return scores.indexOf(Math.max(...scores));
}

export async function classifyBatch(pixels) {
  const scores = await model.predict(tf.tensor4d(pixels, [1, 480, 640, 3])).data(); // want "2 intermediate tensors \\(tensor4d, predict\\)"
  return scores.indexOf(Math.max(...scores));
}
