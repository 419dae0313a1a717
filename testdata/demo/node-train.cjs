'use strict';
// Fit y = a*x^3 + b*x^2 + c*x + d to noisy samples, two ways:
//   1. by hand: four scalar variables and optimizer.minimize() in a loop,
//   2. with a tiny dense network trained by model.fitDataset().
//
//   node node-train.cjs [iterations]

const tf = require('@tensorflow/tfjs');

const NUM_POINTS = 512;
const TRUE_COEFFS = { a: -0.8, b: -0.2, c: 0.9, d: 0.5 };

function gaussian() {
  // Box-Muller; good enough for test data.
  const u = 1 - Math.random();
  const v = Math.random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

// Points are sorted by x so the results can be plotted as a line.
function generateData(numPoints, { a, b, c, d }, sigma = 0.04) {
  const xs = Array.from({ length: numPoints }, () => Math.random() * 2 - 1).sort((p, q) => p - q);
  const ys = xs.map((x) => a * x ** 3 + b * x ** 2 + c * x + d + sigma * gaussian());
  return { xs, ys };
}

// tf.variable() takes its own reference to the data, so the seed tensor can go right away.
function scalarVariable(value, name) {
  const seed = tf.scalar(value);
  const v = tf.variable(seed, true, name);
  seed.dispose();
  return v;
}

async function fitCubic(data, iterations) {
  const a = scalarVariable(Math.random(), 'a');
  const b = scalarVariable(Math.random(), 'b');
  const c = scalarVariable(Math.random(), 'c');
  const d = scalarVariable(Math.random(), 'd');
  const xs = tf.tensor1d(data.xs);
  const ys = tf.tensor1d(data.ys);

  const predict = (x) => tf.tidy(() => a.mul(x.pow(3)).add(b.mul(x.square())).add(c.mul(x)).add(d));

  // 0.05 took forever to get anywhere, so the step size went up.
  const optimizer = tf.train.momentum(1.5, 0.9);

  let best = { cost: Infinity, iteration: -1, coeffs: [] };
  for (let i = 0; i < iterations; i++) {
    const cost = optimizer.minimize(() => tf.losses.meanSquaredError(ys, predict(xs)), true);
    const value = (await cost.data())[0];
    cost.dispose();
    if (value < best.cost) {
      tf.dispose(best.coeffs);
      // Snapshot the coefficients so we can roll back if the loss blows up later on.
      best = { cost: value, iteration: i, coeffs: [a, b, c, d].map((v) => tf.variable(v, false)) };
    }
    if (i % 50 === 0) console.log(`iteration ${i}: mse=${value.toFixed(5)}`);
  }

  const values = await Promise.all(best.coeffs.map((v) => v.data()));
  const [fa, fb, fc, fd] = values.map((arr) => arr[0]);
  tf.dispose([a, b, c, d, xs, ys, ...best.coeffs]);
  optimizer.dispose();
  return { a: fa, b: fb, c: fc, d: fd, mse: best.cost, iteration: best.iteration };
}

async function fitNetwork(data, epochs) {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [1], units: 16, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 16, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 1 }));
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });

  const samples = data.xs.map((x, i) => ({ xs: [x], ys: [data.ys[i]] }));
  const dataset = tf.data.array(samples).batch(32);

  await model.fitDataset(dataset, {
    epochs,
    callbacks: {
      onEpochEnd: (epoch, logs) => {
        if (epoch % 10 === 9) console.log(`epoch ${epoch + 1}: loss=${logs.loss.toFixed(5)}`);
      },
    },
  });
  return model;
}

async function main() {
  const iterations = Number(process.argv[2] || 200);
  const data = generateData(NUM_POINTS, TRUE_COEFFS);

  const cubic = await fitCubic(data, iterations);
  console.log('true coefficients:  ', TRUE_COEFFS);
  console.log(`fitted (iteration ${cubic.iteration}, mse ${cubic.mse.toFixed(5)}):`, {
    a: +cubic.a.toFixed(3),
    b: +cubic.b.toFixed(3),
    c: +cubic.c.toFixed(3),
    d: +cubic.d.toFixed(3),
  });

  const model = await fitNetwork(data, 40);
  const probe = tf.tensor2d([[-0.5], [0], [0.5]]);
  const pred = model.predict(probe);
  console.log('network at x = -0.5, 0, 0.5:', (await pred.array()).map((row) => row[0].toFixed(3)));
  tf.dispose([probe, pred]);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}

module.exports = { generateData, fitCubic, fitNetwork };
