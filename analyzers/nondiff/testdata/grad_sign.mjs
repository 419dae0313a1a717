import * as tf from '@tensorflow/tfjs';

// tf.grad of a function that only counts signs.
const f = (x) => tf.sign(x).sum(); // want "every path from the weights to the value function given to tf.grad returns goes through sign"
export const df = tf.grad(f);

// A closure over variables, floored before the loss.
const a = tf.variable(tf.scalar(1.3));
const optimizer = tf.train.sgd(0.1);
export function step(xs, ys) {
  optimizer.minimize(() => xs.mul(a).floor().sub(ys).square().mean()); // want "goes through floor"
}
