// The string 'sgd' shows up in settings, logs and UI code, never in a compile config.
import * as tf from '@tensorflow/tfjs';

export const OPTIMIZER_NAMES = ['sgd', 'momentum', 'adam'];

export function saveSettings(settings) {
  localStorage.setItem('trainer-settings', JSON.stringify(settings));
}

export function onOptimizerChange(select, state) {
  console.log('sgd');
  console.log(`optimizer changed to ${select.value}`);
  if (select.value === 'sgd') {
    // Our "SGD" option really runs momentum with a small step.
    state.optimizer = tf.train.momentum(0.01, 0.9);
  } else {
    state.optimizer = tf.train.adam(0.001);
  }
  saveSettings({ optimizer: 'sgd', learningRate: 0.01 });
  state.runLabel = { optimizer: 'sgd', epochs: 20 };
}

export async function train(model, xs, ys, state) {
  model.compile({ optimizer: state.optimizer, loss: 'meanSquaredError' });
  const history = await model.fit(xs, ys, { epochs: 20 });
  reportRun({ optimizer: 'sgd', loss: history.history.loss });
}

function reportRun(summary) {
  fetch('/runs', { method: 'POST', body: JSON.stringify(summary) });
}
