// Node: gradient descent by hand, replacing the weight tensor every step.
const tf = require('@tensorflow/tfjs');

function makeData(n) {
  return tf.tidy(() => {
    const xs = tf.randomNormal([n, 3]);
    const ys = xs.matMul(tf.tensor2d([[1.5], [-2], [0.7]])).add(0.3);
    return { xs, ys };
  });
}

function trainLinear(xs, ys, steps, learningRate) {
  const lossOf = (w) => tf.losses.meanSquaredError(ys, xs.matMul(w));
  const gradient = tf.grad(lossOf);
  let w = tf.zeros([3, 1]);
  for (let step = 0; step < steps; step++) {
    const g = gradient(w);
    const update = g.mul(learningRate);
    w = w.sub(update); // want "`w` is reassigned to a new tensor"
    tf.dispose([g, update]);
  }
  return w;
}

// The same mistake with a while loop and a tidy on the right-hand side.
function trainUntilConverged(xs, ys, learningRate) {
  const gradient = tf.grad((w) => tf.losses.meanSquaredError(ys, xs.matMul(w)));
  let w = tf.zeros([3, 1]);
  let step = 0;
  while (step < 1000) {
    const g = gradient(w);
    const size = g.norm();
    const done = size.arraySync() < 1e-4;
    w = tf.tidy(() => w.sub(g.mul(learningRate))); // want "`w` is reassigned to a new tensor"
    tf.dispose([g, size]);
    if (done) break;
    step++;
  }
  return w;
}

const { xs, ys } = makeData(512);
const w1 = trainLinear(xs, ys, 200, 0.1);
const w2 = trainUntilConverged(xs, ys, 0.1);
console.log(w1.arraySync(), w2.arraySync(), 'tensors in memory:', tf.memory().numTensors);
tf.dispose([xs, ys, w1, w2]);
