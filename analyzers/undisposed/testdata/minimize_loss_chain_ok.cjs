// Node: chained loss expressions inside minimize, variableGrads and grad callbacks are tidied by tfjs.
const tf = require('@tensorflow/tfjs');

const weights = tf.variable(tf.randomNormal([4, 1], 0, 0.1), true, 'weights');
const bias = tf.variable(tf.zeros([1]), true, 'bias');
const optimizer = tf.train.adam(0.01);

const xs = tf.randomNormal([256, 4]);
const trueW = tf.tensor2d([[2], [-1], [0.5], [3]]);
const ys = xs.matMul(trueW).add(1);

async function fitWithMinimize(steps) {
  for (let step = 0; step < steps; step++) {
    optimizer.minimize(() => xs.matMul(weights).add(bias).sub(ys).square().mean());
  }
}

async function fitWithVariableGrads(steps) {
  for (let step = 0; step < steps; step++) {
    const { value, grads } = tf.variableGrads(() =>
      xs.matMul(weights).add(bias).sub(ys).abs().mean().add(weights.square().sum().mul(1e-4)));
    optimizer.applyGradients(grads);
    tf.dispose([value, grads]);
  }
}

async function inputSensitivity() {
  const first = xs.slice([0, 0], [1, 4]);
  const sensitivity = tf.grad((x) => x.matMul(weights).add(bias).sum())(first);
  console.log('d out / d x =', await sensitivity.array());
  tf.dispose([first, sensitivity]);
}

async function main() {
  await fitWithMinimize(300);
  await fitWithVariableGrads(100);
  await inputSensitivity();
  console.log('w =', await weights.array(), 'b =', await bias.array());
}

main();
