// A tf.data pipeline built over several statements; the per-element work happens in map().
import * as tf from '@tensorflow/tfjs';

const WINDOW = 24;

function* windows(series) {
  for (let i = 0; i + WINDOW < series.length; i++) {
    yield { window: series.slice(i, i + WINDOW), next: series[i + WINDOW] };
  }
}

const model = tf.sequential({
  layers: [
    tf.layers.lstm({ units: 16, inputShape: [WINDOW, 1] }),
    tf.layers.dense({ units: 1 }),
  ],
});
model.compile({ optimizer: tf.train.adam(0.003), loss: 'meanSquaredError' });

export async function train(series) {
  const scale = Math.max(...series.map(Math.abs)) || 1;
  let ds = tf.data.generator(() => windows(series));
  ds = ds.map(({ window, next }) => ({
    xs: tf.tensor1d(window).div(scale).reshape([WINDOW, 1]),
    ys: tf.tensor1d([next]).div(scale),
  }));
  ds = ds.shuffle(500);
  ds = ds.batch(32).prefetch(2);
  const history = await model.fitDataset(ds, { epochs: 15 });
  return history.history.loss;
}

export async function forecast(series, steps) {
  const scale = Math.max(...series.map(Math.abs)) || 1;
  const values = series.slice(-WINDOW);
  for (let s = 0; s < steps; s++) {
    const next = tf.tidy(() => model.predict(tf.tensor3d(values.slice(-WINDOW), [1, WINDOW, 1]).div(scale)).mul(scale));
    values.push((await next.data())[0]);
    next.dispose();
  }
  return values.slice(WINDOW);
}
