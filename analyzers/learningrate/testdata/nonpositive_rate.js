// Zero and negative learning rates: an error, not a warning.
import * as tf from '@tensorflow/tfjs';

export function gradientAscent() {
  // "Negative lr to maximize the objective" - tfjs does not support this, negate the loss instead.
  return tf.train.adam(-0.01); // want "^learning rate -0\\.01 for tf\\.train\\.adam must be positive \\(tip 6\\)$"
}

export function disabledOptimizer() {
  return tf.train.rmsprop(0); // want "learning rate 0 for tf\\.train\\.rmsprop must be positive"
}

export async function trainReversed(model, xs, ys) {
  const lr = -1;
  model.compile({ optimizer: tf.train.sgd(lr), loss: 'meanSquaredError' }); // want "learning rate -1 \\(lr\\) for tf\\.train\\.sgd must be positive"
  await model.fit(xs, ys, { epochs: 3 });
}

export function momentumNegative() {
  return tf.train.momentum(-0.05, 0.9); // want "learning rate -0\\.05 for tf\\.train\\.momentum must be positive"
}
