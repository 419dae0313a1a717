// Node regression trainer with a manual loop (CommonJS).
const tf = require('@tensorflow/tfjs-node');

const w = tf.variable(tf.randomNormal([3, 1]));
const b = tf.variable(tf.scalar(0));
const optimizer = tf.train.adam(0.01);

function predict(xs) {
  return tf.tidy(() => xs.matMul(w).add(b));
}

function train(xs, ys, epochs) {
  for (let epoch = 0; epoch < epochs; epoch++) {
    const loss = optimizer.minimize(() => tf.losses.meanSquaredError(ys, predict(xs)), true);
    loss.dispose();
    console.log(`epoch ${epoch}: loss ${loss}`); // want "`loss` is used after loss\\.dispose\\(\\) on line 15: .* turning it into a string throws"
  }
}

function evaluate(xs, ys) {
  const err = tf.losses.absoluteDifference(ys, predict(xs));
  err.dispose();
  return 'mae=' + err; // want "`err` is used after err\\.dispose\\(\\) on line 22: .* turning it into a string"
}

const xs = tf.randomUniform([100, 3]);
const ys = xs.sum(1, true).mul(2);
train(xs, ys, 20);
console.log(evaluate(xs, ys));
xs.dispose();
ys.dispose();
