// Look-alikes: a debug print, values read first, shapes only, a replacer,
// and another library's network whose getWeights returns plain arrays.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({layers: [tf.layers.dense({inputShape: [2], units: 1})]});

export function inspect() {
  console.log(JSON.stringify(model.getWeights()));
  const values = JSON.stringify(model.getWeights().map(w => w.arraySync()));
  const shapes = JSON.stringify(model.getWeights().map(w => w.shape));
  const first = JSON.stringify(model.getWeights()[0].shape);
  const replaced = JSON.stringify(model.getWeights(), (k, v) => (v instanceof tf.Tensor ? v.arraySync() : v));
  return [values, shapes, first, replaced];
}

export function keepOther(mlp) {
  localStorage.setItem('mlp', JSON.stringify(mlp.getWeights()));
}
