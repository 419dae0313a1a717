// Custom training loops that release what variableGrads and minimize(f, true) return.
import * as tf from '@tensorflow/tfjs';

const w = tf.variable(tf.randomNormal([3, 1], 0, 0.1), true, 'w');
const b = tf.variable(tf.zeros([1]), true, 'b');
const optimizer = tf.train.adam(0.01);

function model(xs) {
  return xs.matMul(w).add(b);
}

export async function trainWithVariableGrads(xs, ys, steps = 100) {
  for (let step = 0; step < steps; step++) {
    const { value, grads } = tf.variableGrads(() => tf.losses.meanSquaredError(ys, model(xs)));
    optimizer.applyGradients(grads);
    tf.dispose(grads);
    if (step % 25 === 0) console.log(`step ${step}: ${(await value.data())[0].toFixed(4)}`);
    value.dispose();
  }
}

export async function trainWithMinimize(xs, ys, steps = 100) {
  const costs = [];
  for (let step = 0; step < steps; step++) {
    const cost = optimizer.minimize(() => tf.losses.meanSquaredError(ys, model(xs)), true);
    costs.push((await cost.data())[0]);
    cost.dispose();
  }
  return costs;
}

// minimize(f) without returnCost returns null: nothing is allocated for the caller.
export function trainQuietly(xs, ys, steps = 100) {
  for (let step = 0; step < steps; step++) {
    optimizer.minimize(() => tf.losses.meanSquaredError(ys, model(xs)));
  }
}

// Gradients of the weights only, cleaned up with a single tf.dispose({...}).
export async function gradientNorms(xs, ys) {
  const { value, grads } = tf.variableGrads(() => tf.losses.meanSquaredError(ys, model(xs)), [w]);
  const norm = tf.tidy(() => grads.w.norm());
  const result = { loss: (await value.data())[0], norm: (await norm.data())[0] };
  tf.dispose({ value, grads, norm });
  return result;
}
