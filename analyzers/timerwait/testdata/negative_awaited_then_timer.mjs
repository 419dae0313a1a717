// Timers after training has been awaited, and timers inside fit callbacks.
import * as tf from '@tensorflow/tfjs';
import { drawLossChart, flash } from './ui.js';

export async function trainThenShow(model, xs, ys) {
  const history = await model.fit(xs, ys, {
    epochs: 30,
    callbacks: {
      onEpochEnd: (epoch, logs) => {
        setTimeout(() => flash(`epoch ${epoch}: ${logs.loss.toFixed(3)}`), 0);
      },
    },
  });
  setTimeout(() => drawLossChart(history.history.loss), 0);
  setTimeout(() => model.save('indexeddb://after-training'), 100);
  return history;
}

export function trainThen(model, xs, ys) {
  return model.fit(xs, ys, { epochs: 5 }).then((h) => {
    setTimeout(() => drawLossChart(h.history.loss), 500);
    return h;
  });
}

export async function evaluateLater(model, xs, ys) {
  const training = model.fit(xs, ys, { epochs: 5 });
  const h = await training;
  setTimeout(() => console.log('val', h.history.val_loss, model.evaluate(xs, ys)), 1000);
  return tf.memory().numTensors;
}
