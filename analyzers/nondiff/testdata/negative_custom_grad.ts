import * as tf from '@tensorflow/tfjs';

// A straight-through estimator: tf.customGrad gives the rounding a
// gradient, and the loss reaches the weights through a function call.
const roundSTE = tf.customGrad((x: tf.Tensor, save: tf.GradSaveFunc) => {
  save([x]);
  return { value: tf.round(x), gradFunc: (dy: tf.Tensor) => dy };
});

export function step(model: tf.LayersModel, optimizer: tf.Optimizer, xs: tf.Tensor, ys: tf.Tensor): void {
  optimizer.minimize(() => {
    const binary = roundSTE(model.predict(xs) as tf.Tensor) as tf.Tensor;
    return tf.losses.meanSquaredError(ys, binary) as tf.Scalar;
  });
}
