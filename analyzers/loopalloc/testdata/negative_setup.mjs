// Set-up code that builds state once, and loops that reuse it.
import * as tf from '@tensorflow/tfjs';

function createModel(inputDim) {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [inputDim], units: 32, activation: 'relu' }));
  for (const units of [64, 32]) {
    model.add(tf.layers.dense({ units, activation: 'relu' }));
  }
  model.add(tf.layers.dense({ units: 1 }));
  model.compile({ optimizer: tf.train.adam(0.001), loss: 'meanSquaredError' });
  return model;
}

// Called once, outside any loop.
const model = createModel(8);

export async function train(batches) {
  for (const { xs, ys } of batches) {
    await model.trainOnBatch(xs, ys);
  }
}

export function ensemble(configs) {
  // Building several models at set-up, kept in an array.
  const members = [];
  for (const cfg of configs) {
    members.push(tf.sequential({ layers: [tf.layers.dense({ inputShape: [cfg.in], units: cfg.out })] }));
  }
  return members;
}

export async function crossValidate(folds) {
  const losses = [];
  for (const { train: [xs, ys], test: [tx, ty] } of folds) {
    const fresh = tf.sequential({ layers: [tf.layers.dense({ inputShape: [8], units: 1 })] });
    fresh.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
    await fresh.fit(xs, ys, { epochs: 5 });
    losses.push(fresh.evaluate(tx, ty).dataSync()[0]);
    fresh.dispose(); // one model per fold, released each time
  }
  return losses;
}

export function embeddings(vocab, dims) {
  const table = {};
  vocab.forEach((word, i) => {
    table[word] = tf.variable(tf.randomUniform([dims], -0.05, 0.05), true, `emb_${i}`);
  });
  return table;
}

export function variablesOnce(steps, xs, ys) {
  let w;
  const opt = tf.train.sgd(0.1);
  for (let step = 0; step < steps; step++) {
    if (step === 0) {
      w = tf.variable(tf.zeros([xs.shape[1], 1]));
    }
    opt.minimize(() => xs.matMul(w).sub(ys).square().mean());
  }
  return w;
}

const cache = new Map();
export function weightsFor(key, shape) {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (!cache.has(key)) {
      cache.set(key, tf.variable(tf.zeros(shape)));
    }
    model.predict(cache.get(key).expandDims(0)).dispose();
  }
  return cache.get(key);
}
