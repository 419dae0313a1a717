// Node: a synchronous training loop that prints the loss. In Node a readback
// blocks no UI thread (tfjs-node's data() reads synchronously anyway): silent.
const tf = require('@tensorflow/tfjs-node');

const xs = tf.randomNormal([200, 2]);
const ys = xs.sum(1, true).greater(0).toFloat();
const w = tf.variable(tf.zeros([2, 1]));
const b = tf.variable(tf.zeros([1]));
const optimizer = tf.train.sgd(0.5);

function logit(x) {
  return x.matMul(w).add(b);
}

function trainSync(epochs) {
  const history = [];
  for (let epoch = 0; epoch < epochs; epoch++) {
    const cost = optimizer.minimize(() => tf.losses.sigmoidCrossEntropy(ys, logit(xs)), true);
    history.push(cost.dataSync()[0]);
    cost.dispose();
  }
  return history;
}

function report() {
  // Once, after training: fine.
  const acc = tf.tidy(() => logit(xs).greater(0).toFloat().equal(ys).mean());
  console.log('accuracy', acc.dataSync()[0]);
  acc.dispose();
}

trainSync(100);
report();
