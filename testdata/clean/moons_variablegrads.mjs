// A two-layer network written with raw variables, trained on "two moons" with
// tf.variableGrads + optimizer.applyGradients and gradient-norm clipping.
//
//   node moons_variablegrads.mjs
//
// Exports the trained parameters and a predict function.

import * as tf from '@tensorflow/tfjs';

const HIDDEN = 16;
const EPOCHS = 40;
const BATCH_SIZE = 32;
const MAX_GRAD_NORM = 5;

function twoMoons(n, noise = 0.15) {
  const points = [];
  const labels = [];
  for (let i = 0; i < n; i++) {
    const upper = i % 2 === 0;
    const t = Math.random() * Math.PI;
    const x = upper ? Math.cos(t) : 1 - Math.cos(t);
    const y = upper ? Math.sin(t) : 0.5 - Math.sin(t);
    points.push([x + (Math.random() - 0.5) * noise * 2, y + (Math.random() - 0.5) * noise * 2]);
    labels.push(upper ? 0 : 1);
  }
  return { points, labels };
}

// Glorot-style initialization; the seed tensors die with the tidy, the variables stay.
export const params = tf.tidy(() => ({
  w1: tf.variable(tf.randomNormal([2, HIDDEN], 0, Math.sqrt(2 / (2 + HIDDEN))), true, 'w1'),
  b1: tf.variable(tf.zeros([HIDDEN]), true, 'b1'),
  w2: tf.variable(tf.randomNormal([HIDDEN, 1], 0, Math.sqrt(2 / (HIDDEN + 1))), true, 'w2'),
  b2: tf.variable(tf.zeros([1]), true, 'b2'),
}));

const optimizer = tf.train.adam(0.01);

function logits(xs) {
  return xs.matMul(params.w1).add(params.b1).relu().matMul(params.w2).add(params.b2);
}

// Probability of class 1 for each row of xs.
export function predict(xs) {
  return tf.tidy(() => logits(xs).sigmoid());
}

async function trainEpoch(xs, ys) {
  const n = xs.shape[0];
  const order = tf.util.createShuffledIndices(n);
  let epochLoss = 0;
  for (let start = 0; start < n; start += BATCH_SIZE) {
    const idx = tf.tensor1d(Array.from(order.slice(start, start + BATCH_SIZE)), 'int32');
    const xb = xs.gather(idx);
    const yb = ys.gather(idx);
    const { value, grads } = tf.variableGrads(() => tf.losses.sigmoidCrossEntropy(yb, logits(xb)));
    const clipped = tf.tidy(() => {
      const norm = tf.sqrt(tf.addN(Object.values(grads).map((g) => g.square().sum())));
      const scale = tf.minimum(1, tf.div(MAX_GRAD_NORM, norm.add(1e-6)));
      const out = {};
      for (const [name, g] of Object.entries(grads)) out[name] = g.mul(scale);
      return out;
    });
    optimizer.applyGradients(clipped);
    epochLoss += (await value.data())[0] * idx.shape[0];
    tf.dispose([idx, xb, yb, value, grads, clipped]);
  }
  return epochLoss / n;
}

export async function accuracy(xs, labels) {
  const predicted = tf.tidy(() => predict(xs).greater(0.5).squeeze([1]));
  const guesses = await predicted.data();
  predicted.dispose();
  let hits = 0;
  labels.forEach((label, i) => {
    if (guesses[i] === label) hits++;
  });
  return hits / labels.length;
}

export async function train() {
  const trainSet = twoMoons(600);
  const testSet = twoMoons(200);
  const xs = tf.tensor2d(trainSet.points);
  const ys = tf.tensor2d(trainSet.labels, [trainSet.labels.length, 1]);
  const testXs = tf.tensor2d(testSet.points);
  try {
    for (let epoch = 0; epoch < EPOCHS; epoch++) {
      const loss = await trainEpoch(xs, ys);
      if (epoch % 10 === 9) console.log(`epoch ${epoch + 1}: loss ${loss.toFixed(4)}`);
    }
    return await accuracy(testXs, testSet.labels);
  } finally {
    tf.dispose([xs, ys, testXs]);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const before = tf.memory().numTensors;
  const acc = await train();
  console.log(`test accuracy ${acc.toFixed(3)}; tensors still allocated: ${tf.memory().numTensors - before} (optimizer state)`);
}
