// The file saves with model.save: a hand-made copy is for something else.
import * as tf from '@tensorflow/tfjs';

export async function exportAll(model) {
  const values = model.getWeights().map(w => Array.from(w.dataSync()));
  localStorage.setItem('raw', JSON.stringify(values));
  await model.save('indexeddb://my-model');
  model.setWeights(model.getWeights());
}
