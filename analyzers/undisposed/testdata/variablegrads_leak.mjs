// Fitting a quadratic with tf.variableGrads and applyGradients.
import * as tf from '@tensorflow/tfjs';

const a = tf.variable(tf.scalar(Math.random()));
const b = tf.variable(tf.scalar(Math.random()));
const c = tf.variable(tf.scalar(Math.random()));
const optimizer = tf.train.adam(0.01);

// y = a x^2 + b x + c
function predict(x) {
  return a.mul(x.square()).add(b.mul(x)).add(c);
}

function meanSquaredError(pred, labels) {
  return pred.sub(labels).square().mean();
}

// applyGradients does not take ownership of the gradient map: it leaks every step.
export async function train(xs, ys, steps = 200) {
  for (let step = 0; step < steps; step++) {
    const { value, grads } = tf.variableGrads(() => meanSquaredError(predict(xs), ys)); // want "`grads` from tf\\.variableGrads is never disposed"
    optimizer.applyGradients(grads);
    if (step % 20 === 0) {
      console.log(`step ${step}: loss ${(await value.data())[0].toFixed(5)}`);
    }
    value.dispose();
  }
}

// One extra step on new data: the gradients are released, the loss scalar is not.
export function refine(xs, ys) {
  const { value, grads } = tf.variableGrads(() => meanSquaredError(predict(xs), ys)); // want "`value` from tf\\.variableGrads is never disposed"
  optimizer.applyGradients(grads);
  tf.dispose(grads);
  console.log('refined, loss was', value.toString());
}

// Neither half of the result is released.
export function probeGradients(xs, ys) {
  const { value, grads } = tf.variableGrads(() => meanSquaredError(predict(xs), ys)); // want "`value` and `grads` from tf\\.variableGrads are never disposed"
  console.log(`loss ${value.toString()}`);
  console.log(grads);
}
