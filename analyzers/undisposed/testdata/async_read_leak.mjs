// Predictions read with await …data(): a tidy cannot hold the Promise, so
// the fix binds the tensor, awaits the read, then disposes it.
import * as tf from '@tensorflow/tfjs';

const model = await tf.loadLayersModel('indexeddb://classifier');

export async function classifyAll(images) {
  const labels = [];
  for (const image of images) {
    const probs = await model.predict(image).data(); // want "the tensor from model\\.predict is read with data\\(\\) and never disposed: it leaks one tensor per iteration, each time this function runs; bind it to a variable, await the read, then dispose it"
    labels.push(probs.indexOf(Math.max(...probs)));
  }
  return labels;
}

export async function topClass(images) {
  const best = [];
  for (const image of images) {
    best.push((await model.predict(image).argMax(-1).data())[0]); // want "2 intermediate tensors \\(predict, argMax\\)"
  }
  return best;
}
