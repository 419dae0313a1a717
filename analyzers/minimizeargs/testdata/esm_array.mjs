// ES module: a hand-written model whose variables are listed in an array literal.
import * as tf from '@tensorflow/tfjs';

const w = tf.variable(tf.randomNormal([4, 1]));
const b = tf.variable(tf.zeros([1]));
const optimizer = tf.train.adam(0.01);

export async function train(xs, ys, epochs) {
  for (let i = 0; i < epochs; i++) {
    const cost = optimizer.minimize(() => tf.losses.meanSquaredError(ys, xs.matMul(w).add(b)), [w, b]); // want "the variable list is ignored .* pass minimize\\(f, true, \\[w, b\\]\\)"
    console.log(i, (await cost.data())[0]);
    cost.dispose();
    await tf.nextFrame();
  }
}
