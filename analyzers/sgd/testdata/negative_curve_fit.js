// Curve fitting by hand: a few scalar coefficients and optimizer.minimize. Plain SGD is what the tutorials use
// and it converges; nothing here is reported.
/* global tf */

const a = tf.variable(tf.scalar(Math.random()));
const b = tf.variable(tf.scalar(Math.random()));
const c = tf.variable(tf.scalar(Math.random()));
const d = tf.scalar(Math.random()).variable();

const learningRate = 0.5;
const optimizer = tf.train.sgd(learningRate);

function predict(x) {
  // y = a * x^3 + b * x^2 + c * x + d
  return tf.tidy(() => a.mul(x.pow(tf.scalar(3, 'int32'))).add(b.mul(x.square())).add(c.mul(x)).add(d));
}

function loss(predictions, labels) {
  return predictions.sub(labels).square().mean();
}

async function train(xs, ys, iterations) {
  for (let i = 0; i < iterations; i++) {
    optimizer.minimize(() => loss(predict(xs), ys));
    await tf.nextFrame();
  }
}

// Slope and intercept, with an explicit variable list.
function fitLine(xs, ys) {
  const m = tf.variable(tf.scalar(0));
  const k = tf.variable(tf.scalar(0));
  const sgd = tf.train.sgd(0.01);
  for (let i = 0; i < 500; i++) {
    sgd.minimize(() => xs.mul(m).add(k).sub(ys).square().mean(), false, [m, k]);
  }
  return [m, k];
}

// Softmax regression by hand: one weight matrix, the softmax is the output.
const weights = tf.variable(tf.randomNormal([784, 10], 0, 0.01));
const bias = tf.variable(tf.zeros([10]));
const softmaxOptimizer = tf.train.sgd(0.1);

function trainStep(batch) {
  return softmaxOptimizer.minimize(() => {
    const logits = batch.xs.matMul(weights).add(bias);
    return tf.losses.softmaxCrossEntropy(batch.labels, logits).mean();
  }, true);
}

window.fitCurve = { train, fitLine, trainStep };
