import * as tf from '@tensorflow/tfjs';
import { forward } from './net.js';

// The forward pass lives in another file; a rounded label is fine.
export function train(optimizer, xs, ys) {
  optimizer.minimize(() => {
    const logits = forward(xs);
    const labels = ys.round();
    return tf.losses.sigmoidCrossEntropy(labels, logits);
  });
}

// Huber-style clipping with differentiable ops.
export const smoothL1 = (yTrue, yPred) => {
  const d = yPred.sub(yTrue).abs();
  return tf.minimum(d, 1).square().mul(0.5).add(tf.relu(d.sub(1))).mean();
};

// The forward pass is a method; the argMax label beside it is not the only path.
export class Trainer {
  step(optimizer, xs) {
    optimizer.minimize(() => {
      const teacher = this.teacher.predict(xs);
      const labels = tf.oneHot(teacher.argMax(-1), 10);
      return tf.losses.softmaxCrossEntropy(labels, this.student(xs));
    });
  }
}
