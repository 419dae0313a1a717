// Every promise here is waited for, one way or another.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [3] })] });
model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });

export async function trainAwaited(xs, ys) {
  const history = await model.fit(xs, ys, { epochs: 50, validationSplit: 0.2 });
  console.log('final loss', history.history.loss.at(-1));
  await model.save('indexeddb://regression');
}

export function trainReturned(xs, ys) {
  return model.fit(xs, ys, { epochs: 50 });
}

export const trainArrow = async (xs, ys) => model.fit(xs, ys, { epochs: 10 });

export async function trainLater(xs, ys) {
  const pending = model.fit(xs, ys, { epochs: 10 });
  document.querySelector('#status').textContent = 'training…';
  const h = await pending;
  return h.history.loss;
}

export async function trainEnsemble(models, xs, ys) {
  const histories = await Promise.all([model.fit(xs, ys, { epochs: 5 }), ...models.map((m) => m.fit(xs, ys, { epochs: 5 }))]);
  return histories.length;
}

export async function trainQueued(xs, ys) {
  const jobs = [];
  jobs.push(model.fit(xs, ys, { epochs: 5 }));
  const all = [model.save('indexeddb://before'), model.save('downloads://before')];
  await Promise.all(all);
  return Promise.all(jobs);
}

export function fireAndForget(xs, ys) {
  // Background fine-tuning: progress is reported by the callbacks, the result is not needed here.
  void model.fit(xs, ys, {
    epochs: 100,
    callbacks: { onEpochEnd: (epoch, logs) => postMessage({ epoch, loss: logs.loss }) },
  });
}

export async function readBack(x) {
  const values = await x.data();
  const nested = await model.predict(x).array();
  const [a, b] = await Promise.all([x.data(), x.square().data()]);
  return { values, nested, a, b };
}

export async function maybeSave(shouldSave) {
  if (shouldSave) {
    await (shouldSave === 'download' ? model.save('downloads://m') : model.save('indexeddb://m'));
  }
}
