// Weights read back and stored by hand, then restored with setWeights.
import * as tf from '@tensorflow/tfjs';

export function store(model) {
  const weights = model.getWeights().map(w => ({shape: w.shape, values: Array.from(w.dataSync())}));
  localStorage.setItem('weights', JSON.stringify(weights)); // want "localStorage\\.setItem writes out weight values read by hand \\(line 5\\)"
}

export function restore(model) {
  const saved = JSON.parse(localStorage.getItem('weights'));
  model.setWeights(saved.map(w => tf.tensor(w.values, w.shape)));
}
