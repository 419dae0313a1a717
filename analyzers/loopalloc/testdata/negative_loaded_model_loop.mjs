// Fine-tunes each saved checkpoint in turn: every iteration loads its own
// model, which needs its own optimizer (sharing one would mix slot variables).
import * as tf from '@tensorflow/tfjs';

export async function fineTuneAll(urls, xs, ys) {
  const scores = [];
  for (const url of urls) {
    const model = await tf.loadLayersModel(url);
    model.compile({ optimizer: tf.train.adam(1e-4), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
    const history = await model.fit(xs, ys, { epochs: 3, validationSplit: 0.2 });
    scores.push(history.history.val_acc.at(-1));
    model.dispose();
  }
  return scores;
}
