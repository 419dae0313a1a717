// Training dashboard: charts the loss curve once training "should" be done.
import * as tf from '@tensorflow/tfjs';
import { renderChart } from './chart.js';

const TRAINING_TIME_MS = 3000;

function makeModel() {
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 16, inputShape: [4], activation: 'relu' }));
  model.add(tf.layers.dense({ units: 3, activation: 'softmax' }));
  model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return model;
}

export function trainWithChart(xs, ys, chartEl) {
  const model = makeModel();
  let history;
  model.fit(xs, ys, { epochs: 40 }).then((h) => {
    history = h;
  });
  setTimeout(() => renderChart(chartEl, history.history.loss), TRAINING_TIME_MS); // want "setTimeout waits a fixed 3000 ms for training to finish: await model\\.fit\\(…\\)"
  return model;
}

export async function trainAndAutosave(xs, ys) {
  const model = makeModel();
  // Save whatever we have after ten seconds, in case training hangs.
  setTimeout(() => model.save('downloads://iris-model'), 10 * 1000); // want "setTimeout waits a fixed 10000 ms for training to finish"
  await model.fit(xs, ys, { epochs: 200 });
  return model;
}

export function trainAndLogAccuracy(xs, ys) {
  const model = makeModel();
  const pending = model.fit(xs, ys, { epochs: 40 });
  window.setTimeout(function () { // want "setTimeout waits a fixed 4000 ms for training to finish: await model\\.fit"
    console.log('accuracy', pending.history?.accuracy);
  }, 4000);
}
