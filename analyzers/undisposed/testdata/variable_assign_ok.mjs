// Weights held in tf.variable and updated in place with assign().
import * as tf from '@tensorflow/tfjs';

const w = tf.variable(tf.zeros([2, 1]), true, 'w');
const b = tf.variable(tf.zeros([1]), true, 'b');
const velocityW = tf.variable(tf.zeros([2, 1]), false, 'vw');
const velocityB = tf.variable(tf.zeros([1]), false, 'vb');

const train = tf.tidy(() => {
  const xs = tf.randomUniform([200, 2], -1, 1);
  return { xs, ys: xs.matMul(tf.tensor2d([[3], [-2]])).add(0.5) };
});
const lossFn = () => tf.losses.meanSquaredError(train.ys, train.xs.matMul(w).add(b));

// Heavy-ball momentum written by hand; the variables keep their identity.
export async function fit(steps = 200, learningRate = 0.05, momentum = 0.9) {
  for (let step = 0; step < steps; step++) {
    const { value, grads } = tf.variableGrads(lossFn, [w, b]);
    tf.tidy(() => {
      velocityW.assign(velocityW.mul(momentum).sub(grads.w.mul(learningRate)));
      velocityB.assign(velocityB.mul(momentum).sub(grads.b.mul(learningRate)));
      w.assign(w.add(velocityW));
      b.assign(b.add(velocityB));
    });
    if (step % 50 === 0) console.log(`step ${step}: ${(await value.data())[0].toFixed(5)}`);
    tf.dispose([value, grads]);
  }
  return { w: await w.array(), b: await b.array() };
}
