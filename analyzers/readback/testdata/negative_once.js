// Synchronous readbacks that run once, and async code that already awaits.
import * as tf from '@tensorflow/tfjs';

const weights = tf.tensor2d([[0.2, 0.8], [0.6, 0.4]]);
// Module top level, once.
console.log('initial weights', weights.arraySync());

export function describe(t) {
  return { shape: t.shape, values: Array.from(t.dataSync()) };
}

export async function predict(model, x) {
  const y = model.predict(x);
  const values = await y.data();
  y.dispose();
  return values;
}

export async function makeReader() {
  await tf.ready();
  // A synchronous helper created here runs later, outside this async function.
  const read = (t) => t.dataSync()[0];
  return read;
}

export function trainThenRead(w, xs, ys, steps) {
  const optimizer = tf.train.adam(0.1);
  let cost;
  for (let i = 0; i < steps; i++) {
    if (cost) cost.dispose();
    cost = optimizer.minimize(() => xs.matMul(w).sub(ys).square().mean(), true);
  }
  // Read back once, after the loop.
  const final = cost.dataSync()[0];
  cost.dispose();
  return final;
}

// Other libraries: similar names, not the tfjs readbacks.
const store = { dataSyncEnabled: true, readSync: () => [] };
for (const key of ['a', 'b']) {
  store.readSync(key);
  console.log(store.dataSyncEnabled);
}

const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 1 })] });
export function weightsOf() {
  return model.getWeights().map((w) => w.shape);
}
