// Not tfjs optimizers: a bundler's minimize and a numeric solver's minimize with an initial guess.
const tf = require('@tensorflow/tfjs');
const terser = require('terser');
const numeric = require('numeric');

function build(code, options) {
  return terser.minimize(code, [options]);
}

function fit(points) {
  const cost = (p) => points.reduce((s, q) => s + (q.y - p[0] * q.x - p[1]) ** 2, 0);
  return numeric.minimize(cost, [0, 0]);
}

function step(model, xs, ys) {
  return model.optimizer.minimize(() => model.loss(xs, ys), shouldReport());
}

function shouldReport() {
  return tf.getBackend() === 'webgl';
}

module.exports = { build, fit, step };
