// Fit y = a x^3 + b x^2 + c x + d to noisy samples with tf.variable and optimizer.minimize.
//
//   node polynomial_minimize.cjs
//
// Also usable as a module: require('./polynomial_minimize.cjs').fitCubic(xs, ys).

const tf = require('@tensorflow/tfjs');

const TRUE_COEFFS = [0.8, -0.5, -1.2, 0.3];

function makeData(n) {
  const xs = [];
  const ys = [];
  for (let i = 0; i < n; i++) {
    const x = Math.random() * 2 - 1;
    const [a, b, c, d] = TRUE_COEFFS;
    xs.push(x);
    ys.push(a * x ** 3 + b * x ** 2 + c * x + d + (Math.random() - 0.5) * 0.1);
  }
  return { xs, ys };
}

// Trainable coefficients, created once; seeds are freed by tf.tidy.
function makeCoefficients() {
  return tf.tidy(() => ({
    a: tf.variable(tf.randomNormal([], 0, 0.1), true, 'a'),
    b: tf.variable(tf.randomNormal([], 0, 0.1), true, 'b'),
    c: tf.variable(tf.randomNormal([], 0, 0.1), true, 'c'),
    d: tf.variable(tf.randomNormal([], 0, 0.1), true, 'd'),
  }));
}

function predict(coeffs, x) {
  // a x^3 + b x^2 + c x + d, in Horner form
  return x.mul(coeffs.a).add(coeffs.b).mul(x).add(coeffs.c).mul(x).add(coeffs.d);
}

async function fitCubic(xValues, yValues, { steps = 400, learningRate = 0.01, log = console.log } = {}) {
  const coeffs = makeCoefficients();
  const optimizer = tf.train.adam(learningRate);
  const xs = tf.tensor1d(xValues);
  const ys = tf.tensor1d(yValues);
  try {
    for (let step = 0; step < steps; step++) {
      const cost = optimizer.minimize(() => tf.losses.meanSquaredError(ys, predict(coeffs, xs)), true);
      if (step % 100 === 0) {
        log(`step ${step}: mse ${(await cost.data())[0].toFixed(5)}`);
      }
      cost.dispose();
    }
    const values = {};
    for (const [name, v] of Object.entries(coeffs)) {
      values[name] = (await v.data())[0];
    }
    return values;
  } finally {
    tf.dispose([xs, ys]);
    tf.dispose(coeffs);
    optimizer.dispose();
  }
}

async function main() {
  const { xs, ys } = makeData(256);
  const before = tf.memory().numTensors;
  const coeffs = await fitCubic(xs, ys);
  const fmt = (v) => v.toFixed(3);
  console.log(`fitted: ${fmt(coeffs.a)} x^3 + ${fmt(coeffs.b)} x^2 + ${fmt(coeffs.c)} x + ${fmt(coeffs.d)}`);
  console.log(`true:   ${TRUE_COEFFS.join(', ')}`);
  console.log(`tensors leaked by fitCubic: ${tf.memory().numTensors - before}`);
}

module.exports = { fitCubic, makeData };

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
