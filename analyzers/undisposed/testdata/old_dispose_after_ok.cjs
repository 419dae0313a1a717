// Node: manual gradient descent that keeps a handle on the old weights and frees them.
const tf = require('@tensorflow/tfjs');

function fitLogistic(xs, ys, steps, learningRate) {
  const gradient = tf.grad((w) => tf.losses.sigmoidCrossEntropy(ys, xs.matMul(w)));
  let w = tf.zeros([xs.shape[1], 1]);
  for (let step = 0; step < steps; step++) {
    const g = gradient(w);
    const old = w;
    w = tf.tidy(() => old.sub(g.mul(learningRate)));
    old.dispose();
    g.dispose();
  }
  return w;
}

async function main() {
  const { xs, ys } = tf.tidy(() => {
    const points = tf.randomNormal([400, 2]);
    const labels = points.sum(1, true).greater(0).toFloat();
    return { xs: tf.concat([points, tf.ones([400, 1])], 1), ys: labels };
  });
  const before = tf.memory().numTensors;
  const w = fitLogistic(xs, ys, 300, 0.5);
  console.log('weights', await w.array(), 'tensor delta', tf.memory().numTensors - before);
  tf.dispose([xs, ys, w]);
}

main();
