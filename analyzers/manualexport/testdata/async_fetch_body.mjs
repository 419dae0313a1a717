// Weights read asynchronously and posted to a server, then pulled back.
import * as tf from '@tensorflow/tfjs';

export async function upload(model) {
  const payload = [];
  for (const w of model.getWeights()) {
    payload.push({shape: w.shape, values: Array.from(await w.data())});
  }
  await fetch('/weights', {method: 'POST', body: JSON.stringify(payload)}); // want "fetch writes out weight values read by hand \\(line 7\\)"
}

export async function download(model) {
  const payload = await (await fetch('/weights')).json();
  model.setWeights(payload.map(p => tf.tensor(p.values, p.shape)));
}
