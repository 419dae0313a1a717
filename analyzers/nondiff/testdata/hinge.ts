import * as tf from '@tensorflow/tfjs';

// A loss declared as a function, counting margin violations.
function marginErrors(yTrue: tf.Tensor, yPred: tf.Tensor): tf.Scalar {
  return tf.mean(tf.less(yTrue.mul(yPred), 1).toFloat()) as tf.Scalar; // want "differentiates through less"
}

export function setup(model: tf.LayersModel): void {
  model.compile({ optimizer: 'adam', loss: marginErrors });
}
