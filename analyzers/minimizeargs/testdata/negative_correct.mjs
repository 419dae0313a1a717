// Correct calls: returnCost first, then the variable list; or no list at all.
import * as tf from '@tensorflow/tfjs';

const w = tf.variable(tf.randomNormal([4, 1]));
const b = tf.variable(tf.zeros([1]));
const vars = [w, b];
const optimizer = tf.train.adam(0.01);
const RETURN_COST = true;

export function step(xs, ys) {
  const loss = () => tf.losses.meanSquaredError(ys, xs.matMul(w).add(b));
  optimizer.minimize(loss);
  optimizer.minimize(loss, false, vars);
  optimizer.minimize(loss, false, [w, b]);
  const cost = optimizer.minimize(loss, true);
  cost.dispose();
  const again = optimizer.minimize(loss, RETURN_COST, vars);
  tf.dispose(again);
  optimizer.minimize(loss, []);
}
