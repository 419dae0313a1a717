// Each epoch downloads the same JSON again before fitting on it.
import * as tf from '@tensorflow/tfjs';

const DATA_URL = 'https://example.com/datasets/houses.json';

export async function train(model, epochs) {
  for (let epoch = 0; epoch < epochs; epoch++) {
    const res = await fetch(DATA_URL); // want "fetch\\(DATA_URL\\) downloads the same URL on every pass of the training loop on line 7"
    const rows = await res.json();
    const xs = tf.tensor2d(rows.map(r => r.features));
    const ys = tf.tensor2d(rows.map(r => [r.price]));
    await model.fit(xs, ys, {epochs: 1, shuffle: true});
    tf.dispose([xs, ys]);
  }
}
