// A model function used by the training loop (inside minimize's tidy) and
// once more after training: its intermediates leak only from that one
// call, once. Not reported by default.
import * as tf from '@tensorflow/tfjs';

const m = tf.variable(tf.scalar(Math.random()));
const b = tf.variable(tf.scalar(Math.random()));
const optimizer = tf.train.adam(0.1);

function predictLine(x) {
  return x.mul(m).add(b);
}

function loss(pred, labels) {
  return pred.sub(labels).square().mean();
}

export async function train(xs, ys) {
  for (let i = 0; i < 200; i++) {
    optimizer.minimize(() => loss(predictLine(xs), ys));
    await tf.nextFrame();
  }
}

const xs = tf.tensor1d([1, 2, 3, 4]);
const ys = tf.tensor1d([3, 5, 7, 9]);
await train(xs, ys);
const fitted = predictLine(xs);
console.log(await fitted.data());
